// PreviewServer in this process, on a free loopback port, with its own watcher: the
// first build, a failed rebuild that keeps the last good site under the overlay until
// fixed, stylesheet swaps, and refusing a port that is taken. only_stylesheets_changed.
#include "serve/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

class Server : public ::testing::Test {
 protected:
  void SetUp() override {
    write_preview_site(dir_);
    ServeOptions options;
    options.source = dir_.path() / "content";
    options.port = 0;
    options.quiet = true;
    server_ = std::make_unique<PreviewServer>(options);
    std::string error;
    ASSERT_TRUE(server_->start(error)) << error;
    port_ = server_->port();
  }
  void TearDown() override { server_->stop(); }

  TempDir dir_;
  std::unique_ptr<PreviewServer> server_;
  int port_ = 0;
};

TEST_F(Server, StartBuildsAndServesOnAFreePortWithoutWritingSite) {
  EXPECT_GT(port_, 0);
  EXPECT_EQ(server_->url(), "http://127.0.0.1:" + std::to_string(port_) + "/");
  EXPECT_NE(request(port_, "/news/first/").body.find("Original text."), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_.path() / "site"));
  EXPECT_FALSE(fs::exists(dir_.path() / "content/site"));
}

TEST_F(Server, FailedRebuildKeepsTheOldPageAndShowsTheOverlayUntilFixed) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"First\nbroken\n+++\nNew.\n");
  EXPECT_EQ(events.next_event(), "update");
  Reply broken = request(port_, "/news/first/");
  EXPECT_NE(broken.body.find("Original text."), std::string::npos);
  EXPECT_NE(broken.body.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(broken.body.find("content/news/first.md:2:"), std::string::npos) << broken.body;
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nFixed text.\n");
  EXPECT_EQ(events.next_event(), "reload");
  Reply fixed = request(port_, "/news/first/");
  EXPECT_NE(fixed.body.find("Fixed text."), std::string::npos);
  EXPECT_EQ(fixed.body.find("cdpsite-error-overlay"), std::string::npos);
}

TEST_F(Server, AnotherPageEditDoesNotHideAnEarlierError) {
  dir_.write("content/news/second.md", "+++\ntitle = \"Second\"\n+++\nSecond text.\n");
  EventListener events(port_);
  EXPECT_EQ(events.next_event(), "reload");
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\n[broken](missing.md)\n");
  EXPECT_EQ(events.next_event(), "update");
  dir_.write("content/news/second.md", "+++\ntitle = \"Second\"\n+++\nSecond text, edited.\n");
  EXPECT_EQ(events.next_event(), "reload");
  Reply page = request(port_, "/news/second/");
  EXPECT_NE(page.body.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(page.body.find("content/news/first.md:4:1: error: broken link"), std::string::npos) << page.body;
}

TEST_F(Server, AWarningAloneShowsTheNewPageWithoutTheOverlay) {
  EventListener events(port_);
  std::string site_toml = slurp(dir_.path() / "content/site.toml");
  dir_.write("content/site.toml", site_toml + "\n[checks]\nvague-link-text = \"warning\"\n");
  EXPECT_EQ(events.next_event(), "reload");
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nWarned text, [here](../_index.md).\n");
  EXPECT_EQ(events.next_event(), "update");
  Reply page = request(port_, "/news/first/");
  EXPECT_NE(page.body.find("Warned text"), std::string::npos) << page.body;
  EXPECT_EQ(page.body.find("cdpsite-error-overlay"), std::string::npos) << page.body;
}

TEST_F(Server, StylesheetChangeIsSwappedWithoutReload) {
  EventListener events(port_);
  dir_.write("content/static/extra.css", "body { color: black }");
  EXPECT_EQ(events.next_event(), "css");
  EXPECT_EQ(request(port_, "/extra.css").body, "body { color: black }");
}

TEST_F(Server, StopRemovesThePrivateBuildFolder) {
  server_->stop();
  EXPECT_FALSE(fs::exists(fs::temp_directory_path() / ("cdpsite-serve-" + std::to_string(getpid()))));
}

TEST(PreviewServer, PortInUseIsRefusedWithTheAddress) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  // A plain socket, as another program would hold the port (Poco's own sockets share a
  // port with SO_REUSEPORT).
  int taken = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(taken, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(taken, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(listen(taken, 1), 0);
  socklen_t length = sizeof address;
  ASSERT_EQ(getsockname(taken, reinterpret_cast<sockaddr*>(&address), &length), 0);
  ServeOptions options;
  options.source = dir.path() / "content";
  options.port = ntohs(address.sin_port);
  options.quiet = true;
  PreviewServer server(options);
  std::string error;
  EXPECT_FALSE(server.start(error));
  std::string expected = "cannot listen on 127.0.0.1:" + std::to_string(options.port) + ": ";
  EXPECT_TRUE(error.starts_with(expected)) << error;
  close(taken);
}

TEST(PreviewServer, Ipv6AddressIsBracketedInTheUrl) {
  ServeOptions options;
  options.bind = "::1";
  options.port = 1313;
  EXPECT_EQ(PreviewServer(options).url(), "http://[::1]:0/") << "the port is known once listening";
}

TEST(OnlyStylesheetsChanged, TrueOnlyWhenEveryChangeIsCss) {
  EXPECT_TRUE(only_stylesheets_changed({"/site/static/css/site.css"}));
  EXPECT_TRUE(only_stylesheets_changed({"/a.css", "/b/c.css"}));
  EXPECT_FALSE(only_stylesheets_changed({"/a.css", "/about.md"}));
  EXPECT_FALSE(only_stylesheets_changed({"/site/static/js/search.js"}));
  EXPECT_FALSE(only_stylesheets_changed({}));
}

TEST(ReloadEvent, UpdateForPagesReRenderedReloadForAWholeBuildCssForStylesheets) {
  EXPECT_EQ(reload_event({"/site/news.md"}, true, true), "update");
  EXPECT_EQ(reload_event({"/site/news.md"}, false, true), "update") << "the overlay is swapped in";
  EXPECT_EQ(reload_event({"/site/news.md"}, true, false), "reload");
  EXPECT_EQ(reload_event({"/site/news.md"}, false, false), "reload");
  EXPECT_EQ(reload_event({"/site/static/css/site.css"}, true, false), "css");
  EXPECT_EQ(reload_event({"/site/static/css/site.css"}, false, false), "reload");
}

}  // namespace
}  // namespace cdp::testing
