#include "pipeline/site_build.h"

#include <gtest/gtest.h>

#include <set>

#include "core/terminal.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;

// A site with a section, pages, a partnership with a figure, and a static file.
void write_site(const testing::TempDir& dir) {
  dir.write("content/site.toml", "title = \"Testshire\"\n");
  dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
  dir.write("content/news/_index.md", "+++\ntitle = \"News\"\n+++\nWhat is new.\n");
  dir.write("content/news/first.md", "+++\ntitle = \"First\"\ndate = 2024-01-05\n+++\nSee [the plan](../ws/plan.md).\n");
  dir.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
  dir.write("content/ws/metrics.toml",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2022/23\", value = 1750 } ]\n");
  dir.write("content/ws/plan.md", "+++\ntitle = \"Plan\"\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n");
  dir.write("content/static/logo.svg", "<svg/>");
}

BuildOptions options_for(const testing::TempDir& dir, const std::string& output) {
  BuildOptions options;
  options.source = dir.path() / "content";
  options.output = dir.path() / output;
  return options;
}

// Prepares and writes a SiteBuild (as serve does), failing the test on problems.
std::unique_ptr<SiteBuild> prepared_and_written(const BuildOptions& options) {
  auto build = std::make_unique<SiteBuild>(options);
  Diagnostics diagnostics;
  BuildStats stats;
  EXPECT_TRUE(build->prepare(diagnostics) && build->write(options.output, diagnostics, stats))
      << format_diagnostics(diagnostics, false);
  return build;
}

TEST(SiteBuild, WritesEveryPageAndFileAndCountsThem) {
  testing::TempDir dir;
  write_site(dir);
  Diagnostics diagnostics;
  BuildStats stats;
  ASSERT_TRUE(build_site(options_for(dir, "site"), diagnostics, stats)) << format_diagnostics(diagnostics, false);
  std::map<std::string, std::string> files = testing::snapshot(dir.path() / "site");
  for (const char* path : {"index.html", "news/index.html", "news/first/index.html", "ws/plan/index.html",
                           "ws/metrics/numbers-in-treatment/index.html", "404.html", "logo.svg",
                           "ws/open-data/metrics.csv", "search-index.js"}) {
    EXPECT_TRUE(files.contains(path)) << path;
  }
  EXPECT_NE(files.at("ws/plan/index.html").find("In treatment: 1,750 in 2022/23."), std::string::npos);
  EXPECT_NE(files.at("news/first/index.html").find("href=\"../../ws/plan/index.html\""), std::string::npos);
  EXPECT_EQ(stats.files, files.size());
  std::size_t pages = 0;
  for (const auto& [path, content] : files) pages += path.ends_with(".html");
  EXPECT_EQ(stats.pages, pages);
}

// The one-shot build (bodies rendered as their pages are written, then let go) is only
// a way to save memory: its output is the same bytes as a build that keeps everything.
TEST(SiteBuild, AOneShotBuildWritesTheSameBytesAsAKeptBuild) {
  testing::TempDir dir;
  write_site(dir);
  prepared_and_written(options_for(dir, "kept"));
  BuildOptions one_shot = options_for(dir, "one-shot");
  one_shot.one_shot = true;
  prepared_and_written(one_shot);
  EXPECT_EQ(testing::snapshot(dir.path() / "one-shot"), testing::snapshot(dir.path() / "kept"));
}

// A build with errors writes nothing: the output is exactly as it was.
TEST(SiteBuild, ABuildWithErrorsLeavesTheOutputAsItWas) {
  testing::TempDir dir;
  write_site(dir);
  Diagnostics diagnostics;
  BuildStats stats;
  ASSERT_TRUE(build_site(options_for(dir, "site"), diagnostics, stats));
  std::map<std::string, std::string> before = testing::snapshot(dir.path() / "site");
  dir.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nSee [nothing](no-such-page.md).\n");
  EXPECT_FALSE(build_site(options_for(dir, "site"), diagnostics, stats));
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(testing::snapshot(dir.path() / "site"), before);
}

// Every HTML file once: each page, each section's list, each generated page, the 404.
TEST(SiteBuild, PageJobsAreEveryHtmlFileOnce) {
  testing::TempDir dir;
  write_site(dir);
  BuildOptions options = options_for(dir, "site");
  options.write = false;
  SiteBuild build(options);
  Diagnostics diagnostics;
  ASSERT_TRUE(build.prepare(diagnostics)) << format_diagnostics(diagnostics, false);
  const LoadedSite& loaded = build.loaded();
  std::vector<PageJob> jobs = page_jobs(loaded);
  std::set<std::string> outputs;
  for (const PageJob& job : jobs) EXPECT_TRUE(outputs.insert(job.output).second) << job.output << " twice";
  EXPECT_EQ(jobs.size(), loaded.site->sections.size() + loaded.generated_pages.size() + 2 + 1)
      << "sections, generated pages, first.md and plan.md, the 404";
  EXPECT_TRUE(outputs.contains("news/first/index.html"));
  EXPECT_TRUE(outputs.contains("404.html"));
  EXPECT_FALSE(fs::exists(dir.path() / "site")) << "prepare writes nothing";
}

// An edited _index.md re-renders its section's list page; another page, its own.
TEST(SiteBuild, JobsForPagesAreTheirSectionListOrTheirOwnPage) {
  testing::TempDir dir;
  write_site(dir);
  BuildOptions options = options_for(dir, "site");
  options.write = false;
  SiteBuild build(options);
  Diagnostics diagnostics;
  ASSERT_TRUE(build.prepare(diagnostics));
  std::vector<const Page*> pages;
  for (const std::unique_ptr<Page>& page : build.loaded().site->pages) {
    if (page->rel_path == "news/_index.md" || page->rel_path == "news/first.md") pages.push_back(page.get());
  }
  ASSERT_EQ(pages.size(), 2u);
  std::vector<PageJob> jobs = jobs_for_pages(build.loaded(), pages);
  ASSERT_EQ(jobs.size(), 2u);
  std::set<std::string> templates;
  for (const PageJob& job : jobs) templates.insert(template_for(job) + " " + job.output);
  EXPECT_EQ(templates, (std::set<std::string>{"section news/index.html", "page news/first/index.html"}));
}

TEST(SiteBuild, TheFoldersWatchedAreTheSiteAndItsTheme) {
  testing::TempDir dir;
  write_site(dir);
  SiteBuild build(options_for(dir, "site"));
  EXPECT_EQ(build.source_folders(), std::vector<fs::path>{dir.path() / "content"}) << "before loading: the site";
  Diagnostics diagnostics;
  ASSERT_TRUE(build.prepare(diagnostics));
  std::vector<fs::path> folders = build.source_folders();
  ASSERT_EQ(folders.size(), 2u);
  EXPECT_EQ(folders[1].filename(), "default") << folders[1];
}

}  // namespace
}  // namespace cdp
