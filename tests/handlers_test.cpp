// The preview's HTTP handlers behind a real Poco HTTPServer on a free loopback port,
// serving a temporary folder: files with their types, the live reload script and the
// error overlay in HTML, caching, redirects, 404 and 405, refused paths, and the event
// stream.
#include "serve/handlers.h"

#include <atomic>
#include <thread>

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>

#include "core/html.h"
#include "support/http_client.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

class Handlers : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("site/index.html", "<html><body><h1>Home</h1></body></html>");
    dir_.write("site/news/first/index.html", "<html><body>Original text.</body></html>");
    dir_.write("site/404.html", "<html><body>Page not found</body></html>");
    dir_.write("site/css/site.css", "body { color: navy }");
    state_->root = dir_.path() / "site";
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    port_ = socket.address().port();
    server_ = std::make_unique<Poco::Net::HTTPServer>(make_handler_factory(state_), socket,
                                                      new Poco::Net::HTTPServerParams);
    server_->start();
  }
  void TearDown() override {
    state_->reload.shut_down();
    server_->stopAll(true);
  }
  void set_errors(const std::string& errors) {
    std::lock_guard lock(state_->mutex);
    state_->errors = errors;
    ++state_->error_generation;
  }

  TempDir dir_;
  std::shared_ptr<ServeState> state_ = std::make_shared<ServeState>();
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  int port_ = 0;
};

TEST_F(Handlers, ServesAFolderIndexWithTheLiveReloadScript) {
  Reply page = request(port_, "/news/first/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("Original text."), std::string::npos);
  EXPECT_NE(page.body.find("/__cdpsite/events"), std::string::npos);
  EXPECT_LT(page.body.find("/__cdpsite/events"), page.body.find("</body>")) << "injected before </body>";
  EXPECT_NE(request(port_, "/").body.find("<h1>Home</h1>"), std::string::npos);
}

TEST_F(Handlers, OtherFilesAreSentAsTheyAreWithTheirType) {
  Reply css = request(port_, "/css/site.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(css.body, "body { color: navy }");
}

TEST_F(Handlers, HtmlShowsTheOverlayWhileTheLastBuildFailed) {
  EXPECT_EQ(request(port_, "/news/first/").body.find("cdpsite-error-overlay"), std::string::npos);
  set_errors("content/news/first.md:2:1: error: <broken>");
  Reply broken = request(port_, "/news/first/");
  EXPECT_NE(broken.body.find("Original text."), std::string::npos) << "the last good page stays";
  EXPECT_NE(broken.body.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(broken.body.find("content/news/first.md:2:1: error: &lt;broken&gt;"), std::string::npos) << broken.body;
  EXPECT_EQ(request(port_, "/css/site.css").body, "body { color: navy }") << "only HTML gets the overlay";
  set_errors("");
  EXPECT_EQ(request(port_, "/news/first/").body.find("cdpsite-error-overlay"), std::string::npos);
}

TEST_F(Handlers, SameEtagGetsNotModifiedUntilTheErrorsChange) {
  Reply page = request(port_, "/news/first/");
  ASSERT_FALSE(page.etag.empty());
  Reply again = request(port_, "/news/first/", "GET", page.etag);
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(again.body, "");
  set_errors("content/a.md:1:1: error: x");
  EXPECT_EQ(request(port_, "/news/first/", "GET", page.etag).status, 200) << "the overlay must reach the browser";
}

// Everything the server sends for `request` until it closes the connection.
std::string raw_exchange(int port, const std::string& request) {
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  socket.sendBytes(request.data(), static_cast<int>(request.size()));
  std::string reply;
  char buffer[4096];
  for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) reply.append(buffer, static_cast<std::size_t>(n));
  return reply;
}

TEST_F(Handlers, ThePageKnowsTheEtagItWasServedWith) {
  // The script compares it with a fresh fetch's, to leave an unchanged page alone.
  Reply page = request(port_, "/news/first/");
  ASSERT_FALSE(page.etag.empty());
  EXPECT_NE(page.body.find("data-version=\"" + escape_html(page.etag) + "\""), std::string::npos) << page.body;
  set_errors("a.md:1:1: error: bad");
  Reply broken = request(port_, "/news/first/");
  EXPECT_NE(broken.etag, page.etag) << "the overlay changes every page";
  EXPECT_NE(broken.body.find("data-version=\"" + escape_html(broken.etag) + "\""), std::string::npos);
}

TEST_F(Handlers, HeadSendsTheHeadersButNoBody) {
  std::string reply = raw_exchange(port_, "HEAD /news/first/ HTTP/1.0\r\n\r\n");
  EXPECT_TRUE(reply.starts_with("HTTP/1.0 200 OK\r\n")) << reply;
  std::size_t body = reply.find("\r\n\r\n");
  ASSERT_NE(body, std::string::npos) << reply;
  EXPECT_EQ(reply.substr(body + 4), "");
  EXPECT_NE(reply.find("Content-Length: "), std::string::npos) << reply;
}

TEST_F(Handlers, FolderWithoutASlashRedirectsKeepingTheQuery) {
  Reply redirect = request(port_, "/news/first");
  EXPECT_EQ(redirect.status, 301);
  EXPECT_EQ(redirect.location, "/news/first/");
  EXPECT_EQ(request(port_, "/news/first?x=1").location, "/news/first/?x=1");
}

TEST_F(Handlers, MissingFileGetsTheSites404Page) {
  Reply missing = request(port_, "/no/such/page/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("Page not found"), std::string::npos);
  fs::remove(dir_.path() / "site/404.html");
  Reply plain = request(port_, "/no/such/page/");
  EXPECT_EQ(plain.status, 404);
  EXPECT_EQ(plain.body, "Not found\n");
}

TEST_F(Handlers, OnlyGetAndHeadAreAllowed) {
  for (const char* method : {"POST", "PUT", "DELETE"}) {
    Reply reply = request(port_, "/news/first/", method);
    EXPECT_EQ(reply.status, 405) << method;
    EXPECT_EQ(reply.allow, "GET, HEAD") << method;
  }
}

TEST_F(Handlers, PathsOutsideTheSiteGetNotFound) {
  // A private file beside the site folder, which no request may reach.
  dir_.write("etc/passwd", "root:x:0:0");
  std::vector<std::string> paths = {"/../etc/passwd", "/../../etc/passwd", "/%2e%2e/etc/passwd", "/..%2fetc/passwd",
                                    "/a/..\\..\\etc/passwd", "/..%5cetc%5cpasswd", "//etc/passwd",
                                    "/news/%2e%2e/%2e%2e/etc/passwd"};
#ifdef _WIN32
  // Windows: the private file by its absolute path, with a drive letter (Wine makes no links).
  std::string absolute = fs::path(dir_.path() / "etc/passwd").generic_string();
  paths.insert(paths.end(), {"/" + absolute, "/" + absolute.substr(0, 2) + "%5c" + absolute.substr(3)});
#else
  // A link out of the site folder.
  fs::create_directory_symlink("/etc", dir_.path() / "site/etc");
  paths.push_back("/etc/passwd");
#endif
  for (const std::string& path : paths) {
    Reply reply = request(port_, path);
    EXPECT_EQ(reply.status, 404) << path;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(Handlers, EventStreamSendsEachBroadcast) {
  EventListener events(port_);
  // The stream notices events from the moment its handler runs: broadcast until seen.
  std::atomic<bool> seen = false;
  std::thread sender([&] {
    for (int i = 0; i < 200 && !seen; ++i) {
      state_->reload.broadcast("css");
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  std::string event = events.next_event();
  seen = true;
  sender.join();
  EXPECT_EQ(event, "css");
}


}  // namespace
}  // namespace cdp::testing
