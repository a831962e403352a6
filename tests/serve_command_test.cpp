// End-to-end tests of `cdpsite serve`: the real binary, a real HTTP server on a free
// loopback port, real edits to real files. The server, its handlers and the watcher
// are tested on their own in server_test, handlers_test and watcher_test.
#include <regex>
#include <thread>

#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

class ServeCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    write_preview_site(dir_);
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

TEST_F(ServeCommand, EditShowsAfterTheUpdateEvent) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nEdited text.\n");
  EXPECT_EQ(events.next_event(), "update");
  EXPECT_NE(request(port_, "/news/first/").body.find("Edited text."), std::string::npos);
  EXPECT_NE(request(port_, "/search-index.js").body.find("Edited text."), std::string::npos) << "search finds it";
}

TEST_F(ServeCommand, TitleChangeAlsoUpdatesTheListsThatShowIt) {
  EventListener events(port_);
  dir_.write("content/news/first.md", "+++\ntitle = \"Renamed\"\n+++\nOriginal text.\n");
  EXPECT_EQ(events.next_event(), "reload");
  EXPECT_NE(request(port_, "/news/").body.find("Renamed"), std::string::npos);
}

TEST_F(ServeCommand, NewFigureInTomlUpdatesThePagesThatQuoteIt) {
  EventListener events(port_);
  dir_.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
  dir_.write("content/ws/metrics.toml", "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2022/23\", value = 1750 } ]\n");
  dir_.write("content/ws/now.md", "+++\ntitle = \"Now\"\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n");
  for (int i = 0; i < 5 && request(port_, "/ws/now/").status != 200; ++i) events.next_event();
  ASSERT_NE(request(port_, "/ws/now/").body.find("1,750 in 2022/23"), std::string::npos);
  dir_.write("content/ws/metrics.toml", "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2023/24\", value = 1814 } ]\n");
  EXPECT_EQ(events.next_event(), "update");
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
  EXPECT_EQ(events.next_event(), "update");
  EXPECT_NE(request(port_, "/news/first/").body.find("Footer two"), std::string::npos);
  EXPECT_NE(request(port_, "/").body.find("Footer two"), std::string::npos);
  dir_.write("content/templates/partials/footer.mustache", "<footer>{{#unclosed}}</footer>");
  EXPECT_EQ(events.next_event(), "update");
  EXPECT_NE(request(port_, "/").body.find("footer.mustache:1:9: error: the section {{#unclosed}} is never closed"),
            std::string::npos);
}

TEST_F(ServeCommand, CtrlCStopsCleanly) { EXPECT_EQ(server_->stop(), 0); }

}  // namespace
}  // namespace cdp::testing
