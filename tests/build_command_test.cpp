// End-to-end tests of `cdpsite build` and `cdpsite check`: the real binary on real folders.
// The messages for broken sites are checked once, in tests/bad (bad_inputs_test.cpp);
// sites that must build in a particular way are in tests/good (good_sites_test.cpp).
#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

RunResult build(const TempDir& dir, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "--source", "content", "--output", "site"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cdpsite(args, dir.path());
}

std::string page(const TempDir& dir, const std::string& relative) {
  return slurp(dir.path() / "site" / relative);
}

// A plain Hugo-style folder: sections, _index.md, TOML front matter, no CDP data.
void write_hugo_style_site(const TempDir& dir) {
  dir.write("content/site.toml", "title = \"Test partnership\"\n");
  dir.write("content/_index.md", "+++\ntitle = \"Welcome\"\n+++\nHello from the home page.\n");
  dir.write("content/news/_index.md", "+++\ntitle = \"News\"\nsummary = \"What is new\"\n+++\n");
  dir.write("content/news/first.md",
            "+++\ntitle = \"First story\"\ndate = 2024-01-05\nsummary = \"The first\"\n+++\nBody one.\n");
  dir.write("content/news/second.md",
            "+++\ntitle = \"Second story\"\ndate = 2024-03-01\nsummary = \"The second\"\n+++\n"
            "## Part one\n\ntext\n\n## Part two\n\n[first](first.md)\n");
  dir.write("content/about.md", "+++\ntitle = \"About us\"\n+++\nAbout text.\n");
}

TEST(BuildCommand, BuildsAHugoStyleFolderWithPrettyUrls) {
  TempDir dir;
  write_hugo_style_site(dir);
  RunResult result = build(dir);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Built "), std::string::npos);
  for (const char* file : {"index.html", "news/index.html", "news/first/index.html",
                           "news/second/index.html", "about/index.html", "404.html", "css/site.css"}) {
    EXPECT_TRUE(fs::exists(dir.path() / "site" / file)) << file;
  }
  EXPECT_NE(text_of(element_html(page(dir, "news/first/index.html"), "h1")).find("First story"), std::string::npos);
}

TEST(BuildCommand, SectionListsItsPagesNewestFirstWithRelativeLinks) {
  TempDir dir;
  write_hugo_style_site(dir);
  ASSERT_EQ(build(dir).exit_code, 0);
  std::string list = element_html(page(dir, "news/index.html"), "main");
  std::size_t second = list.find("Second story"), first = list.find("First story");
  ASSERT_NE(second, std::string::npos);
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(second, first);
  std::vector<std::string> links = attribute_values(list, "href");
  EXPECT_NE(std::find(links.begin(), links.end(), "first/index.html"), links.end());
}

TEST(BuildCommand, RewritesMarkdownLinksToTheTargetPage) {
  TempDir dir;
  write_hugo_style_site(dir);
  ASSERT_EQ(build(dir).exit_code, 0);
  std::vector<std::string> links = attribute_values(element_html(page(dir, "news/second/index.html"), "main"), "href");
  EXPECT_NE(std::find(links.begin(), links.end(), "../first/index.html"), links.end());
}

TEST(BuildCommand, EveryInternalLinkIsRelative) {
  TempDir dir;
  write_hugo_style_site(dir);
  ASSERT_EQ(build(dir).exit_code, 0);
  for (const auto& [path, html] : snapshot(dir.path() / "site")) {
    if (!path.ends_with(".html") || path == "404.html") continue;
    for (const std::string& url : attribute_values(html, "href")) {
      EXPECT_FALSE(url.starts_with("/")) << path << " links to " << url;
    }
  }
}

TEST(BuildCommand, SlugReplacesTheFileNameInTheUrl) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/reports/annual.md", "+++\ntitle = \"Annual\"\nslug = \"annual-report-2024\"\n+++\n");
  ASSERT_EQ(build(dir).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir.path() / "site/reports/annual-report-2024/index.html"));
}

TEST(BuildCommand, RawHtmlIsEscapedUnlessTheSiteAllowsIt) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/x.md", "+++\ntitle = \"X\"\n+++\n<script>alert(1)</script>\n\nA <b>bold</b> word.\n");
  ASSERT_EQ(build(dir).exit_code, 0);
  std::string main = element_html(page(dir, "x/index.html"), "main");
  EXPECT_EQ(main.find("<script>"), std::string::npos) << main;
  EXPECT_NE(main.find("&lt;script&gt;"), std::string::npos) << main;
  dir.write("content/site.toml", "title = \"T\"\n[markdown]\nraw_html = true\n");
  ASSERT_EQ(build(dir).exit_code, 0);
  EXPECT_NE(element_html(page(dir, "x/index.html"), "main").find("<b>bold</b>"), std::string::npos);
}

TEST(BuildCommand, HtmlInFrontMatterIsEscaped) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T <i>\"\n");
  dir.write("content/x.md", "+++\ntitle = \"<script>alert(1)</script>\"\nsummary = \"\\\" onload=\\\"x\"\n+++\n");
  ASSERT_EQ(build(dir).exit_code, 0);
  std::string html = page(dir, "x/index.html");
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_EQ(html.find("\" onload=\"x"), std::string::npos);
}

TEST(BuildCommand, ImagesBesideAPageFollowItToItsPrettyUrl) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/docs/report.md", "+++\ntitle = \"R\"\n+++\n![A chart of deaths](chart.png)\n");
  dir.write("content/docs/chart.png", "not really a png");
  ASSERT_EQ(build(dir).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir.path() / "site/docs/chart.png"));
  std::vector<std::string> sources = attribute_values(page(dir, "docs/report/index.html"), "src");
  EXPECT_NE(std::find(sources.begin(), sources.end(), "../chart.png"), sources.end());
}

TEST(BuildCommand, SuccessfulBuildLeavesNoStaleFiles) {
  TempDir dir;
  write_hugo_style_site(dir);
  ASSERT_EQ(build(dir).exit_code, 0);
  fs::remove(dir.path() / "content/about.md");
  dir.write("site/left-over.txt", "old");
  ASSERT_EQ(build(dir).exit_code, 0);
  EXPECT_FALSE(fs::exists(dir.path() / "site/about/index.html"));
  EXPECT_FALSE(fs::exists(dir.path() / "site/left-over.txt"));
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".building-"), std::string::npos);
  }
}

TEST(BuildCommand, SiteTemplatesAndStaticFilesOverrideTheTheme) {
  TempDir dir;
  write_hugo_style_site(dir);
  dir.write("content/templates/404.mustache", "<h1>Lost: {{site.title}}</h1>");
  dir.write("content/static/css/site.css", "body { color: black }");
  ASSERT_EQ(build(dir).exit_code, 0);
  EXPECT_NE(page(dir, "404.html").find("<h1>Lost: Test partnership</h1>"), std::string::npos);
  EXPECT_EQ(page(dir, "css/site.css"), "body { color: black }");
}

TEST(BuildCommand, OutputPathThatIsAFileIsAnError) {
  TempDir dir;
  write_hugo_style_site(dir);
  dir.write("site", "a file");
  RunResult result = build(dir);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("the output path is a file, not a folder"), std::string::npos) << result.err;
  EXPECT_EQ(slurp(dir.path() / "site"), "a file");
}

TEST(BuildCommand, CheckValidatesAndWritesNothing) {
  TempDir dir;
  write_hugo_style_site(dir);
  RunResult ok = run_cdpsite({"check", "--source", "content"}, dir.path());
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_FALSE(fs::exists(dir.path() / "site"));
  dir.write("content/about.md", "+++\ntitle = 3\n+++\n");
  EXPECT_EQ(run_cdpsite({"check", "--source", "content"}, dir.path()).exit_code, 1);
}

TEST(BuildCommand, CheckWithOnlyWarningsPassesAndDoesNotSayThereAreNoProblems) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n[checks]\nvague-link-text = \"warning\"\n");
  dir.write("content/a.md", "+++\ntitle = \"A\"\n+++\nSee [here](b.md).\n");
  dir.write("content/b.md", "+++\ntitle = \"B\"\n+++\nB.\n");
  RunResult result = run_cdpsite({"check", "--source", "content"}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("content/a.md:4:5: warning:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("\n1 warning\n"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "No errors found in content (see the warnings above)\n");
}

TEST(BuildCommand, QuietPrintsNothingOnSuccess) {
  TempDir dir;
  write_hugo_style_site(dir);
  RunResult result = build(dir, {"--quiet"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "");
}

}  // namespace
}  // namespace cdp::testing

namespace cdp::testing {
namespace {

// A data lead's routine: one new value in metrics.toml changes every page that quotes
// the latest figure, while a report with an earlier as_of keeps the figure it had.
TEST(BuildCommand, NewValueUpdatesLatestFiguresButNotReportsAsOfEarlier) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
  dir.write("content/ws/metrics.toml",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [\n  { period = \"2022/23\", value = 1750 },\n]\n");
  dir.write("content/ws/now.md", "+++\ntitle = \"Now\"\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n");
  dir.write("content/ws/report.md",
            "+++\ntitle = \"Report\"\nas_of = 2023-06-30\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n\n"
            "{{< chart \"numbers-in-treatment\" >}}\n");
  ASSERT_EQ(run_cdpsite({"build", "-s", "content", "-o", "site"}, dir.path()).exit_code, 0);
  EXPECT_NE(slurp(dir.path() / "site/ws/now/index.html").find("In treatment: 1,750 in 2022/23."), std::string::npos);
  dir.write("content/ws/metrics.toml",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [\n  { period = \"2022/23\", value = 1750 },\n"
            "  { period = \"Q3 2023/24\", value = 1814 },\n]\n");
  ASSERT_EQ(run_cdpsite({"build", "-s", "content", "-o", "site"}, dir.path()).exit_code, 0);
  EXPECT_NE(slurp(dir.path() / "site/ws/now/index.html")
                .find("In treatment: 1,814 in October to December 2023 (Q3 2023/24)."),
            std::string::npos);
  EXPECT_NE(slurp(dir.path() / "site/ws/report/index.html").find("In treatment: 1,750 in 2022/23."), std::string::npos);
  // Everywhere else that shows the latest figure: the overview on the home page (the
  // only partnership), the dashboard, the metric's page, the downloads, the search.
  std::string report = slurp(dir.path() / "site/ws/report/index.html");
  EXPECT_NE(report.find("<svg class=\"chart\""), std::string::npos) << report;
  EXPECT_EQ(report.find("1,814"), std::string::npos) << "the report's chart stops at its as_of date";
  for (const char* path : {"site/index.html", "site/ws/metrics/index.html",
                           "site/ws/metrics/numbers-in-treatment/index.html", "site/search-index.js"}) {
    EXPECT_NE(slurp(dir.path() / path).find("1,814"), std::string::npos) << path;
  }
  EXPECT_NE(slurp(dir.path() / "site/ws/open-data/metrics.csv").find(",1814,"), std::string::npos);
  EXPECT_NE(slurp(dir.path() / "site/open-data/metrics.json").find("\"value\": 1814"), std::string::npos)
      << slurp(dir.path() / "site/open-data/metrics.json");
}

}  // namespace
}  // namespace cdp::testing
