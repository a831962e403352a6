// End-to-end tests of `cdpsite serve`: the real binary, a real HTTP server on a free
// loopback port, real edits to real files.
#include <regex>
#include <thread>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

struct Reply {
  int status = 0;              // HTTP status
  std::string body;            // response body
  std::string etag;            // ETag header
  std::string location;        // Location header
  std::string content_type;    // Content-Type header
};

Reply request(int port, const std::string& path, const std::string& method = "GET",
              const std::string& if_none_match = "") {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  Poco::Net::HTTPRequest http(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!if_none_match.empty()) http.set("If-None-Match", if_none_match);
  session.sendRequest(http);
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  Reply reply;
  reply.status = response.getStatus();
  reply.etag = response.get("ETag", "");
  reply.location = response.get("Location", "");
  reply.content_type = response.getContentType();
  if (method != "HEAD") reply.body.assign(std::istreambuf_iterator<char>(in), {});
  return reply;
}

// Listens on the live reload stream and reports the first event within a time limit.
class EventListener {
 public:
  explicit EventListener(int port) : session_("127.0.0.1", static_cast<Poco::UInt16>(port)) {
    session_.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest http("GET", "/__cdpsite/events", Poco::Net::HTTPMessage::HTTP_1_1);
    session_.sendRequest(http);
    stream_ = &session_.receiveResponse(response_);
  }
  // The name of the next event ("reload", "css"), or "" after the time limit.
  std::string next_event() {
    std::string line;
    while (std::getline(*stream_, line)) {
      if (line.starts_with("event: ")) return line.substr(7);
    }
    return "";
  }

 private:
  Poco::Net::HTTPClientSession session_;
  Poco::Net::HTTPResponse response_;
  std::istream* stream_ = nullptr;
};

class ServeCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("content/site.toml", "title = \"Preview test\"\n");
    dir_.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
    dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nOriginal text.\n");
    dir_.write("content/static/extra.css", "body { color: navy }");
    server_ = std::make_unique<RunningCdpsite>(
        std::vector<std::string>{"serve", "--source", "content", "--port", "0"}, dir_.path());
    std::string line = server_->wait_for_line("Serving", 30000);
    std::smatch match;
    ASSERT_TRUE(std::regex_search(line, match, std::regex(":([0-9]+)/"))) << "no address in: " << line;
    port_ = std::stoi(match[1]);
  }
  TempDir dir_;
  std::unique_ptr<RunningCdpsite> server_;
  int port_ = 0;
};

TEST_F(ServeCommand, ServesPagesWithTheReloadScriptButNeverWritesSite) {
  Reply page = request(port_, "/news/first/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Original text."), std::string::npos);
  EXPECT_NE(page.body.find("/__cdpsite/events"), std::string::npos);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_FALSE(fs::exists(dir_.path() / "site"));
}

TEST_F(ServeCommand, EditShowsAfterTheReloadEvent) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nEdited text.\n");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/news/first/").body.find("Edited text."), std::string::npos);
  EXPECT_NE(request(port_, "/search-index.js").body.find("Edited text."), std::string::npos) << "search finds it";
}

TEST_F(ServeCommand, SaveByTempFileAndRenameIsOneChange) {
  EventListener events(port_);
  dir_.write("content/news/.first.md.swp", "swap file noise");
  fs::path temporary = dir_.write("content/news/.first.md.tmp-1234", "+++\ntitle = \"First\"\n+++\nRenamed in.\n");
  fs::rename(temporary, dir_.path() / "content/news/first.md");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/news/first/").body.find("Renamed in."), std::string::npos);
}

TEST_F(ServeCommand, FailedRebuildKeepsTheOldPageAndShowsTheOverlayUntilFixed) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"First\nbroken\n+++\nNew.\n");
  EXPECT_EQ(events.next_event(), "reload");
  Reply broken = request(port_, "/news/first/");
  EXPECT_NE(broken.body.find("Original text."), std::string::npos);
  EXPECT_NE(broken.body.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(broken.body.find("content/news/first.md:2:"), std::string::npos);
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nFixed text.\n");
  EXPECT_EQ(events.next_event(), "reload");
  Reply fixed = request(port_, "/news/first/");
  EXPECT_NE(fixed.body.find("Fixed text."), std::string::npos);
  EXPECT_EQ(fixed.body.find("cdpsite-error-overlay"), std::string::npos);
}

TEST_F(ServeCommand, TitleChangeAlsoUpdatesTheListsThatShowIt) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"Renamed\"\n+++\nOriginal text.\n");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/news/").body.find("Renamed"), std::string::npos);
}

TEST_F(ServeCommand, AnotherPageEditDoesNotHideAnEarlierError) {
  dir_.write("content/news/second.md", "+++\ntitle = \"Second\"\n+++\nSecond text.\n");
  EventListener events(port_);
  EXPECT_EQ(events.next_event(), "reload");
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\n[broken](missing.md)\n");
  EXPECT_EQ(events.next_event(), "reload");
  dir_.write("content/news/second.md", "+++\ntitle = \"Second\"\n+++\nSecond text, edited.\n");
  EXPECT_EQ(events.next_event(), "reload");
  Reply page = request(port_, "/news/second/");
  EXPECT_NE(page.body.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(page.body.find("content/news/first.md:4:1: error: broken link"), std::string::npos) << page.body;
}

TEST_F(ServeCommand, NewFigureInTomlUpdatesThePagesThatQuoteIt) {
  EventListener events(port_);
  dir_.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
  dir_.write("content/ws/metrics.toml", "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2022/23\", value = 1750 } ]\n");
  dir_.write("content/ws/now.md", "+++\ntitle = \"Now\"\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n");
  for (int i = 0; i < 5 && request(port_, "/ws/now/").status != 200; ++i) events.next_event();
  ASSERT_NE(request(port_, "/ws/now/").body.find("1,750 in 2022/23"), std::string::npos);
  dir_.write("content/ws/metrics.toml", "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2023/24\", value = 1814 } ]\n");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/ws/now/").body.find("1,814 in 2023/24"), std::string::npos);
  EXPECT_NE(request(port_, "/ws/").body.find("1,814"), std::string::npos) << "the headline figures";
  EXPECT_NE(request(port_, "/ws/metrics/numbers-in-treatment/").body.find("1,814"), std::string::npos);
}

TEST_F(ServeCommand, TemplateChangeRelaysTheWholeSite) {
  EventListener events(port_);
  dir_.write("content/templates/partials/footer.mustache", "<footer>Footer one</footer>");
  for (int i = 0; i < 5 && request(port_, "/news/first/").body.find("Footer one") == std::string::npos; ++i) {
    events.next_event();
  }
  ASSERT_NE(request(port_, "/news/first/").body.find("Footer one"), std::string::npos);
  dir_.write("content/templates/partials/footer.mustache", "<footer>Footer two</footer>");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/news/first/").body.find("Footer two"), std::string::npos);
  EXPECT_NE(request(port_, "/").body.find("Footer two"), std::string::npos);
  dir_.write("content/templates/partials/footer.mustache", "<footer>{{#unclosed}}</footer>");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/").body.find("footer.mustache:1:9: error: the section {{#unclosed}} is never closed"),
            std::string::npos);
}

TEST_F(ServeCommand, StylesheetChangeIsSwappedWithoutReload) {
  EventListener events(port_);
  dir_.write("content/static/extra.css", "body { color: black }");
  EXPECT_EQ(events.next_event(), "css");
}

TEST_F(ServeCommand, SpeaksHttpProperly) {
  Reply page = request(port_, "/news/first/");
  ASSERT_FALSE(page.etag.empty());
  EXPECT_EQ(request(port_, "/news/first/", "GET", page.etag).status, 304);
  Reply head = request(port_, "/news/first/", "HEAD");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.body, "");
  Reply redirect = request(port_, "/news/first");
  EXPECT_EQ(redirect.status, 301);
  EXPECT_EQ(redirect.location, "/news/first/");
  Reply missing = request(port_, "/no/such/page/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("Page not found"), std::string::npos);
  EXPECT_EQ(request(port_, "/css/site.css").content_type, "text/css; charset=utf-8");
  EXPECT_EQ(request(port_, "/news/first/", "POST").status, 405);
}

TEST_F(ServeCommand, PathTraversalGetsNotFound) {
  fs::create_directory_symlink("/etc", dir_.path() / "content/static/etc");
  EventListener events(port_);
  EXPECT_EQ(events.next_event(), "reload");  // the symlink is a change
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                           "/a/..\\..\\etc/passwd", "//etc/passwd", "/etc/passwd", "/news/%2e%2e/%2e%2e/x"}) {
    Reply reply = request(port_, path);
    EXPECT_EQ(reply.status, 404) << path;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(ServeCommand, CtrlCStopsCleanly) { EXPECT_EQ(server_->stop(), 0); }

}  // namespace
}  // namespace cdp::testing
