// Whole-build guarantees: two builds of the same sources are byte-identical, a build
// killed midway leaves site/ exactly as the previous build left it, and text from
// content and data is inert wherever it lands.
#include <signal.h>

#include <chrono>
#include <thread>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

TEST(Reliability, TwoBuildsOfTheExampleAreByteIdentical) {
  TempDir dir;
  std::string source = CDPSITE_TEST_DATA "/../content";
  ASSERT_EQ(run_cdpsite({"build", "-q", "-s", source, "-o", "one"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_cdpsite({"build", "-q", "-s", source, "-o", "two"}, dir.path()).exit_code, 0);
  auto one = snapshot(dir.path() / "one");
  EXPECT_GT(one.size(), 10u);
  EXPECT_EQ(one, snapshot(dir.path() / "two"));
}

void write_many_pages(const TempDir& dir, int count, const std::string& text) {
  dir.write("content/site.toml", "title = \"Big\"\n");
  std::string body;
  for (int line = 0; line < 60; ++line) body += "A paragraph of text about treatment and recovery, " + text + ".\n\n";
  for (int i = 0; i < count; ++i) {
    dir.write("content/s" + std::to_string(i % 10) + "/p" + std::to_string(i) + ".md",
              "+++\ntitle = \"Page " + std::to_string(i) + "\"\n+++\n" + body);
  }
}

bool staging_exists(const fs::path& dir) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with(".site.building-")) return true;
  }
  return false;
}

TEST(Reliability, BuildKilledMidwayLeavesThePreviousSite) {
  TempDir dir;
  write_many_pages(dir, 4000, "first version");
  ASSERT_EQ(run_cdpsite({"build", "-q", "-s", "content", "-o", "site"}, dir.path()).exit_code, 0);
  auto before = snapshot(dir.path() / "site");
  write_many_pages(dir, 4000, "second version");
  RunningCdpsite build({"build", "-q", "-s", "content", "-o", "site"}, dir.path());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!staging_exists(dir.path()) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // let it write some files
  EXPECT_EQ(build.kill_with(SIGKILL), 128 + SIGKILL) << "the build finished before it could be killed";
  EXPECT_EQ(snapshot(dir.path() / "site"), before);
  // The next build finishes the job and clears what the killed one left aside.
  ASSERT_EQ(run_cdpsite({"build", "-q", "-s", "content", "-o", "site"}, dir.path()).exit_code, 0);
  EXPECT_NE(slurp(dir.path() / "site/s1/p1/index.html").find("second version"), std::string::npos);
  EXPECT_FALSE(staging_exists(dir.path()));
}

// Hostile text in every place a comms officer or data lead can type it.
TEST(Reliability, HostileTextIsInertEverywhere) {
  TempDir dir;
  const std::string evil = "<script>alert(1)</script>\\\" onmouseover=\\\"alert(2)";
  dir.write("content/site.toml", "title = \"" + evil + "\"\ndescription = \"" + evil +
                                     "\"\nbase_url = \"https://x.gov.uk/\"\n");
  dir.write("content/ws/partnership.toml",
            "name = \"" + evil + "\"\n[[member]]\norganisation = \"" + evil + "\"\nsector = \"" + evil + "\"\n");
  dir.write("content/ws/priorities.toml", "[[priority]]\nnumber = 1\ntitle = \"" + evil +
                                              "\"\n[[priority.action]]\ntitle = \"[x](https://example.org/?q=<b>) " + evil +
                                              "\"\nowner = \"" + evil + "\"\nstatus = \"on track\"\n");
  dir.write("content/ws/metrics.toml", "[[metric]]\nid = \"kits\"\nname = \"" + evil +
                                           "\"\nunit = \"count\"\nbetter = \"higher\"\nsource = \"=HYPERLINK(\\\"http://x\\\")\"\n"
                                           "values = [ { period = \"2023\", value = 1, note = \"@SUM(A1) " + evil + "\" } ]\n");
  dir.write("content/ws/report.md", "+++\ntitle = \"" + evil + "\"\nsummary = \"" + evil +
                                        "\"\nkind = \"news\"\ndate = 2024-01-01\nauthors = [\"" + evil +
                                        "\"]\nseries = \"" + evil + "\"\n+++\n## " + "<script>x</script>\n\n[a script address](https://example.org/?q=\\\"onclick=alert(4))\n\n"
                                        "{{< metric-card \"kits\" >}}\n\n{{< members >}}\n\n{{< actions priority=\"1\" >}}\n");
  RunResult result = run_cdpsite({"build", "-s", "content", "-o", "site"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  int pages = 0;
  for (const auto& [path, html] : snapshot(dir.path() / "site")) {
    if (!path.ends_with(".html")) continue;
    ++pages;
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << path;
    EXPECT_EQ(html.find("<script>x"), std::string::npos) << path;
    EXPECT_EQ(html.find("\" onmouseover"), std::string::npos) << path;
    for (const std::string& url : attribute_values(html, "href")) {
      EXPECT_FALSE(url.starts_with("javascript:")) << path << ": " << url;
    }
  }
  EXPECT_GE(pages, 4);
  std::string csv = slurp(dir.path() / "site/ws/open-data/metrics.csv");
  EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos) << csv;
  EXPECT_NE(csv.find("'@SUM(A1)"), std::string::npos) << csv;
  EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
  EXPECT_EQ(csv.find(",@SUM"), std::string::npos);
  // The feed and the sitemap parse as XML, with the hostile text as text.
  for (const char* xml : {"site/feed.xml", "site/sitemap.xml"}) {
    Poco::XML::DOMParser parser;
    EXPECT_NO_THROW(Poco::AutoPtr<Poco::XML::Document>(parser.parseString(slurp(dir.path() / xml)))) << xml;
  }
  EXPECT_NE(slurp(dir.path() / "site/feed.xml").find("&lt;script&gt;alert(1)"), std::string::npos);
  // The search index is a script: nothing in it may open or close a tag.
  std::string index = slurp(dir.path() / "site/search-index.js");
  EXPECT_NE(index.find("\\u003cscript\\u003ealert(1)"), std::string::npos) << index;
  EXPECT_EQ(index.find('<'), std::string::npos) << index;
  std::string json = slurp(dir.path() / "site/ws/open-data/metrics.json");
  EXPECT_NE(json.find("\\\"alert(2)"), std::string::npos) << json;  // quotes stay escaped in JSON strings
}

}  // namespace
}  // namespace cdp::testing
