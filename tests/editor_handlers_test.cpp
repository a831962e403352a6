// The editor against the real preview server, by raw HTTP requests: the editor page and
// the "Edit this page" link; rendering a draft; saving (line ends and byte-order mark
// kept, a change on disk meanwhile refused with both versions); uploads beside the page;
// and every refusal: another site's form post, a forged or missing Origin, no secret, a
// foreign Host (DNS rebinding), a path out of the site, a link followed out, an oversized
// body. Editing off when the preview listens beyond loopback.
#include "serve/editor_handlers.h"

#include <regex>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <gtest/gtest.h>

#include "serve/edited_text.h"
#include "support/http_client.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

struct Call {
  std::string method = "POST";
  std::string path;
  std::string body;
  std::map<std::string, std::string> headers;
  std::string host;  // the Host header; the server's own when empty
  std::streamsize length = -1;  // the Content-Length said; the body's when -1
};

Reply send_call(int port, const Call& call) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  Poco::Net::HTTPRequest http(call.method, call.path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!call.host.empty()) http.setHost(call.host);
  for (const auto& [name, value] : call.headers) http.set(name, value);
  if (call.method == "POST") {
    http.setContentLength(call.length >= 0 ? call.length : static_cast<std::streamsize>(call.body.size()));
  }
  session.sendRequest(http) << call.body;
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  Reply reply;
  reply.status = response.getStatus();
  reply.content_type = response.getContentType();
  reply.body.assign(std::istreambuf_iterator<char>(in), {});
  return reply;
}

class Editor : public ::testing::Test {
 protected:
  void SetUp() override {
    write_preview_site(dir_);
    dir_.write("outside/first.md", "+++\ntitle = \"Private\"\n+++\nOutside the site.\n");
    start("127.0.0.1");
  }
  void TearDown() override { server_->stop(); }

  void start(const std::string& bind) {
    if (server_) server_->stop();
    ServeOptions options;
    options.source = dir_.path() / "content";
    options.bind = bind;
    options.port = 0;
    options.quiet = true;
    server_ = std::make_unique<PreviewServer>(options);
    std::string error;
    ASSERT_TRUE(server_->start(error)) << error;
    port_ = server_->port();
    secret_.clear();
    Reply editor = request(port_, "/_cdpsite/edit/news/first.md");
    std::smatch found;
    if (std::regex_search(editor.body, found, std::regex("name=\"cdpsite-secret\" content=\"([0-9a-f]+)\""))) {
      secret_ = found[1];
    }
  }
  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // A request as the editor page makes it.
  Call from_editor(const std::string& path, std::string body = "") const {
    return {"POST", path, std::move(body), {{"Origin", origin()}, {"X-Cdpsite-Secret", secret_}}, ""};
  }
  Reply save(const std::string& text, const std::string& base) {
    Call call = from_editor("/_cdpsite/save?path=news/first.md", text);
    call.headers["X-Cdpsite-Base"] = base;
    return send_call(port_, call);
  }
  std::string page() const { return slurp(dir_.path() / "content/news/first.md"); }

  TempDir dir_;
  std::unique_ptr<PreviewServer> server_;
  int port_ = 0;
  std::string secret_;
};

TEST_F(Editor, TheEditorPageHoldsTheTextAndTheSecretAndCannotBeFramed) {
  ASSERT_EQ(secret_.size(), 64u);
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
  Poco::Net::HTTPRequest http("GET", "/_cdpsite/edit/news/first.md", Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(http);
  Poco::Net::HTTPResponse response;
  std::string body(std::istreambuf_iterator<char>(session.receiveResponse(response)), {});
  EXPECT_EQ(response.getStatus(), 200);
  EXPECT_EQ(response.get("X-Frame-Options", ""), "DENY");
  EXPECT_NE(body.find("Original text."), std::string::npos);
  EXPECT_NE(body.find("lang=\"en-GB\" spellcheck=\"true\""), std::string::npos);
  EXPECT_NE(body.find("data-hash=\"" + content_hash(page()) + "\""), std::string::npos);
}

TEST_F(Editor, PagesFromMarkdownHaveAnEditLinkAndOthersNone) {
  std::string news = request(port_, "/news/first/").body;
  EXPECT_NE(news.find("<a id=\"cdpsite-edit-link\" href=\"/_cdpsite/edit/news/first.md\""), std::string::npos);
  EXPECT_NE(news.find(">Edit this page</a>"), std::string::npos);
  EXPECT_NE(request(port_, "/").body.find("href=\"/_cdpsite/edit/_index.md\""), std::string::npos);
  EXPECT_EQ(request(port_, "/search/").body.find("cdpsite-edit-link"), std::string::npos);
  // Pages from files that are not the site's are not edited.
  EXPECT_EQ(request(port_, "/_cdpsite/edit/site.toml").status, 404);
  EXPECT_EQ(request(port_, "/_cdpsite/edit/news/missing.md").status, 404);
}

TEST_F(Editor, RenderShowsTheDraftAndItsProblemsWithoutWriting) {
  std::string before = page();
  Reply draft = send_call(port_, from_editor("/_cdpsite/render?path=news/first.md",
                                             "+++\ntitle = \"First\"\n+++\nDraft text.\n\n[broken](missing.md)\n"));
  EXPECT_EQ(draft.status, 200);
  EXPECT_NE(draft.body.find("Draft text."), std::string::npos);
  EXPECT_NE(draft.body.find("<base href=\\\"/news/first/\\\">"), std::string::npos) << draft.body.substr(0, 300);
  EXPECT_NE(draft.body.find("first.md:6:1: error: broken link"), std::string::npos) << draft.body;
  EXPECT_NE(draft.body.find("\"line\":6"), std::string::npos);
  EXPECT_EQ(page(), before);
  // The build was left as it was: the served page is the saved one.
  EXPECT_NE(request(port_, "/news/first/").body.find("Original text."), std::string::npos);
}

TEST_F(Editor, SavingKeepsLineEndsAndByteOrderMarkAndRefusesAChangeMadeMeanwhile) {
  dir_.write("content/news/first.md", "\xEF\xBB\xBF+++\r\ntitle = \"First\"\r\n+++\r\nOriginal text.\r\n");
  std::string opened = content_hash(page());
  Reply saved = save("+++\ntitle = \"First\"\n+++\nSaved text.\n", opened);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(page(), "\xEF\xBB\xBF+++\r\ntitle = \"First\"\r\n+++\r\nSaved text.\r\n");
  EXPECT_NE(saved.body.find(content_hash(page())), std::string::npos);
  // Saved again from the hash the editor opened with: someone else's save is not lost.
  Reply conflict = save("+++\ntitle = \"First\"\n+++\nAn older draft.\n", opened);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_NE(conflict.body.find("Saved text."), std::string::npos);
  EXPECT_NE(conflict.body.find(content_hash(page())), std::string::npos);
  EXPECT_NE(page().find("Saved text."), std::string::npos);
}

TEST_F(Editor, UploadsAreCopiedBesideThePageWhenTheirBytesAreOfTheirType) {
  const std::string png("\x89PNG\r\n\x1A\n0000", 12);
  Reply picture = send_call(port_, from_editor("/_cdpsite/upload?path=news/first.md&kind=picture&name=Deaths%20Chart.PNG", png));
  ASSERT_EQ(picture.status, 200) << picture.body;
  EXPECT_NE(picture.body.find("\"link\":\"deaths-chart.png\""), std::string::npos);
  EXPECT_EQ(slurp(dir_.path() / "content/news/deaths-chart.png"), png);
  Reply fake = send_call(port_, from_editor("/_cdpsite/upload?path=news/first.md&kind=picture&name=x.png", "<svg/>"));
  EXPECT_EQ(fake.status, 422);
  EXPECT_FALSE(fs::exists(dir_.path() / "content/news/x.png"));
  Reply program = send_call(port_, from_editor("/_cdpsite/upload?path=news/first.md&kind=document&name=run.exe", "MZ"));
  EXPECT_EQ(program.status, 422);
}

TEST_F(Editor, TheLinkPickerListsPagesRelativeToThePage) {
  Reply links = send_call(port_, from_editor("/_cdpsite/links?path=news/first.md"));
  EXPECT_EQ(links.status, 200);
  EXPECT_NE(links.body.find("{\"link\":\"../_index.md\",\"title\":\"Home\"}"), std::string::npos) << links.body;
}

TEST_F(Editor, AnotherSitesFormPostIsRefused) {
  std::string before = page();
  Call form{"POST", "/_cdpsite/save?path=news/first.md", "text=pwned",
            {{"Origin", "https://evil.example"}, {"Content-Type", "application/x-www-form-urlencoded"}}, ""};
  EXPECT_EQ(send_call(port_, form).status, 403);
  EXPECT_EQ(page(), before);
}

TEST_F(Editor, AForgedOrMissingOriginIsRefusedEvenWithTheSecret) {
  std::string before = page();
  Call forged = from_editor("/_cdpsite/save?path=news/first.md", "pwned");
  forged.headers["X-Cdpsite-Base"] = content_hash(before);
  forged.headers["Origin"] = "http://127.0.0.1:1";
  EXPECT_EQ(send_call(port_, forged).status, 403);
  forged.headers.erase("Origin");
  EXPECT_EQ(send_call(port_, forged).status, 403);
  EXPECT_EQ(page(), before);
}

TEST_F(Editor, ARequestWithoutTheSecretIsRefused) {
  std::string before = page();
  Call call = from_editor("/_cdpsite/save?path=news/first.md", "pwned");
  call.headers["X-Cdpsite-Base"] = content_hash(before);
  call.headers.erase("X-Cdpsite-Secret");
  EXPECT_EQ(send_call(port_, call).status, 403);
  call.headers["X-Cdpsite-Secret"] = std::string(64, '0');
  EXPECT_EQ(send_call(port_, call).status, 403);
  Call render = from_editor("/_cdpsite/render?path=news/first.md", "text");
  render.headers.erase("X-Cdpsite-Secret");
  EXPECT_EQ(send_call(port_, render).status, 403);
  EXPECT_EQ(page(), before);
}

TEST_F(Editor, AForeignHostIsRefusedOnEveryRequest) {
  std::string before = page();
  for (const std::string path : {"/", "/news/first/", "/_cdpsite/edit/news/first.md", "/__cdpsite/events"}) {
    Reply reply = send_call(port_, {"GET", path, "", {}, "rebind.evil.example:" + std::to_string(port_)});
    EXPECT_EQ(reply.status, 403) << path;
    EXPECT_EQ(reply.body.find(secret_), std::string::npos);
  }
  Call write = from_editor("/_cdpsite/save?path=news/first.md", "pwned");
  write.host = "rebind.evil.example:" + std::to_string(port_);
  write.headers["Origin"] = "http://" + write.host;
  write.headers["X-Cdpsite-Base"] = content_hash(before);
  EXPECT_EQ(send_call(port_, write).status, 403);
  EXPECT_EQ(page(), before);
  EXPECT_EQ(send_call(port_, {"GET", "/", "", {}, "localhost:" + std::to_string(port_)}).status, 200);
}

TEST_F(Editor, PathsOutOfTheSiteAreRefused) {
  for (const std::string path : {"../outside/first.md", "/etc/passwd", "news/../../outside/first.md", "site.toml"}) {
    Call call = from_editor("/_cdpsite/save?path=" + path, "pwned");
    call.headers["X-Cdpsite-Base"] = content_hash(slurp(dir_.path() / "outside/first.md"));
    EXPECT_EQ(send_call(port_, call).status, 404) << path;
  }
  EXPECT_EQ(slurp(dir_.path() / "outside/first.md"), "+++\ntitle = \"Private\"\n+++\nOutside the site.\n");
  EXPECT_EQ(request(port_, "/_cdpsite/edit/..%2Foutside%2Ffirst.md").status, 404);
}

TEST_F(Editor, ALinkOutOfTheSiteIsNotFollowed) {
#ifdef _WIN32
  GTEST_SKIP() << "Wine makes no links";
#endif
  // The page's folder becomes a link to a folder outside, holding a file of the same name.
  fs::rename(dir_.path() / "content/news", dir_.path() / "news-moved");
  fs::create_directory_symlink(dir_.path() / "outside", dir_.path() / "content/news");
  std::string outside = slurp(dir_.path() / "outside/first.md");
  Reply reply = save("pwned", content_hash(outside));
  EXPECT_EQ(reply.status, 404);
  EXPECT_NE(reply.body.find("outside the site folder through a link"), std::string::npos) << reply.body;
  EXPECT_EQ(slurp(dir_.path() / "outside/first.md"), outside);
}

TEST_F(Editor, AnOversizedBodyIsRefused) {
  // Refused by its length, before it is read.
  std::string before = page();
  Call call = from_editor("/_cdpsite/save?path=news/first.md", "a");
  call.headers["X-Cdpsite-Base"] = content_hash(before);
  call.length = (std::streamsize{4} << 20) + 1;
  EXPECT_EQ(send_call(port_, call).status, 413);
  // The whole body sent with its length: refused the same way.
  call.length = -1;
  call.body = std::string((std::size_t{4} << 20) + 1, 'a');
  try {
    EXPECT_EQ(send_call(port_, call).status, 413);
  } catch (const Poco::Exception&) {
    // The server may close the connection before the whole body is sent: refused too.
  }
  EXPECT_EQ(page(), before);
}

TEST_F(Editor, EditingIsOffBeyondLoopback) {
  start("0.0.0.0");
  EXPECT_TRUE(secret_.empty());
  EXPECT_EQ(request(port_, "/_cdpsite/edit/news/first.md").status, 403);
  EXPECT_EQ(request(port_, "/news/first/").body.find("Edit this page"), std::string::npos);
}

}  // namespace
}  // namespace cdp::testing
