// `cdpsite new`: what it makes is refused by `check` until its placeholders are
// replaced, then passes and builds at once; the preview opens it on its first run; it
// never overwrites a file.
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

#include "pipeline/site_build.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// Writes the writer's own words in place of each placeholder `new` wrote in the site
// folder `site`; returns how many it replaced.
int replace_placeholders(const fs::path& site) {
  static const std::regex placeholder(R"(Replace this with [^"]*|Write (the|an) [^.\n]* here[^\n]*)");
  int replaced = 0;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(site)) {
    if (!entry.is_regular_file() || entry.path().filename() == "site.toml") continue;
    std::string text = slurp(entry.path());
    replaced += static_cast<int>(std::distance(std::sregex_iterator(text.begin(), text.end(), placeholder), std::sregex_iterator()));
    std::ofstream(entry.path(), std::ios::binary) << std::regex_replace(text, placeholder, "Our own words.");
  }
  return replaced;
}

// The placeholders `new` wrote stop `check` (one error each), and the preview's build
// takes them as warnings.
void expect_placeholders_refused(const fs::path& dir, int placeholders) {
  RunResult check = run_cdpsite({"check"}, dir);
  EXPECT_EQ(check.exit_code, 1) << check.err;
  EXPECT_NE(check.err.find(std::to_string(placeholders) + " errors\n"), std::string::npos) << check.err;
  EXPECT_NE(check.err.find("is a placeholder that cdpsite new wrote, and it would be published as it is"),
            std::string::npos) << check.err;
  EXPECT_EQ(run_cdpsite({"build", "-q"}, dir).exit_code, 1);
  Diagnostics diagnostics;
  SiteBuild preview(BuildOptions{.source = dir / "content", .output = dir / "preview", .preview = true});
  EXPECT_TRUE(preview.prepare(diagnostics)) << diagnostics.error_count() << " errors";
  EXPECT_EQ(diagnostics.warning_count(), static_cast<std::size_t>(placeholders));
}

TEST(NewCommand, MakesASitePartnershipAndDocumentsThatBuild) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content", "--title", "Testshire \"CDP\""}, dir.path()).exit_code, 0);
  RunResult partnership = run_cdpsite({"new", "partnership", "North & \"South\" CDP"}, dir.path());
  ASSERT_EQ(partnership.exit_code, 0) << partnership.err;
  for (const char* file : {"_index.md", "partnership.toml", "priorities.toml", "metrics.toml", "funding.toml"}) {
    EXPECT_NE(partnership.out.find(std::string("content/partnerships/north-south-cdp/") + file), std::string::npos)
        << file;
  }
  for (const char* kind : {"strategy", "annual-report", "board-report", "news"}) {
    RunResult document = run_cdpsite({"new", "document", kind, std::string("A ") + kind + " \"quoted\""}, dir.path());
    ASSERT_EQ(document.exit_code, 0) << document.err;
  }
  // The home page's summary and text, the partnership's, and each document's.
  expect_placeholders_refused(dir.path(), 2 + 2 + 4 * 2);
  EXPECT_EQ(replace_placeholders(dir.path() / "content"), 2 + 2 + 4 * 2);
  RunResult check = run_cdpsite({"check"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  RunResult build = run_cdpsite({"build"}, dir.path());
  ASSERT_EQ(build.exit_code, 0) << build.err;
  std::string documents = slurp(dir.path() / "site/partnerships/north-south-cdp/documents/index.html");
  EXPECT_NE(documents.find("Annual reports"), std::string::npos);
  EXPECT_NE(documents.find("A news &quot;quoted&quot;"), std::string::npos);
  EXPECT_NE(slurp(dir.path() / "site/index.html").find("<title>Testshire &quot;CDP&quot;</title>"), std::string::npos);
}

// Without --title the site gets a placeholder that check reports, so that no site is
// published titled with its folder's name ("content").
TEST(NewCommand, ASiteWithoutATitleIsToldToGiveOne) {
  TempDir dir;
  RunResult made = run_cdpsite({"new", "site", "content"}, dir.path());
  ASSERT_EQ(made.exit_code, 0) << made.err;
  RunResult check = run_cdpsite({"check"}, dir.path());
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.err.find("content/site.toml:2:9: error: the site still has the placeholder title \"Replace this "
                           "with the site's title\""),
            std::string::npos)
      << check.err;
  EXPECT_NE(check.err.find("hint: write the partnership's or the site's name there"), std::string::npos) << check.err;
}

// A site for one partnership keeps the partnership's files at its top: its pages are
// the site's own about/, priorities/ and metrics/, and every file made passes check
// once its placeholders are replaced.
TEST(NewCommand, APartnershipAtTheTopOfTheSite) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content", "--title", "Testshire CDP"}, dir.path()).exit_code, 0);
  RunResult top = run_cdpsite({"new", "partnership", "Testshire Combating Drugs Partnership", "--top"}, dir.path());
  ASSERT_EQ(top.exit_code, 0) << top.err;
  for (const char* file : {"partnership.toml", "priorities.toml", "metrics.toml", "funding.toml"}) {
    EXPECT_NE(top.out.find(std::string("Created content/") + file), std::string::npos) << top.out;
  }
  EXPECT_EQ(top.out.find("_index.md"), std::string::npos) << top.out;  // the site's home page is the partnership's
  RunResult document = run_cdpsite({"new", "document", "annual-report", "Annual report 2025"}, dir.path());
  ASSERT_EQ(document.exit_code, 0) << document.err;
  EXPECT_NE(document.out.find("Created content/annual-report-2025.md"), std::string::npos) << document.out;
  expect_placeholders_refused(dir.path(), 2 + 2);
  EXPECT_EQ(replace_placeholders(dir.path() / "content"), 2 + 2);
  RunResult check = run_cdpsite({"check"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "site/about/index.html"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "site/partnerships"));
  RunResult second = run_cdpsite({"new", "partnership", "Another"}, dir.path());
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("this site's partnership is at its top"), std::string::npos) << second.err;
  RunResult again = run_cdpsite({"new", "partnership", "Another", "--top"}, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("the site already has a partnership"), std::string::npos) << again.err;
}

TEST(NewCommand, NeverOverwritesAndExplainsMistakes) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content", "--title", "T"}, dir.path()).exit_code, 0);
  dir.write("content/_index.md", "Mine.\n");
  RunResult again = run_cdpsite({"new", "site", "content"}, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already exists, and cdpsite new never overwrites a file"), std::string::npos) << again.err;
  EXPECT_EQ(slurp(dir.path() / "content/_index.md"), "Mine.\n");
  RunResult kind = run_cdpsite({"new", "document", "minutes", "T"}, dir.path());
  EXPECT_EQ(kind.exit_code, 1);
  EXPECT_NE(kind.err.find("choose one of: strategy, annual-report, board-report, update, news"), std::string::npos) << kind.err;
  EXPECT_EQ(run_cdpsite({"new", "website", "x"}, dir.path()).exit_code, 2);
}

// Run from inside the site folder, `new partnership` would start a second site in
// ./content that never builds: it refuses, and says where to run it.
TEST(NewCommand, APartnershipOrDocumentNeedsAnExistingSite) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "mysite", "--title", "My site"}, dir.path()).exit_code, 0);
  for (std::vector<std::string> args : {std::vector<std::string>{"new", "partnership", "Anytown"},
                                        std::vector<std::string>{"new", "document", "news", "Hello"}}) {
    RunResult made = run_cdpsite(args, dir.path() / "mysite");
    EXPECT_EQ(made.exit_code, 1) << made.out;
    EXPECT_NE(made.err.find("there is no site in content (it has no site.toml)"), std::string::npos) << made.err;
    EXPECT_NE(made.err.find("--source"), std::string::npos) << made.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "mysite/content"));
  RunResult named = run_cdpsite({"new", "partnership", "Anytown", "--source", "mysite"}, dir.path());
  EXPECT_EQ(named.exit_code, 0) << named.err;
  replace_placeholders(dir.path() / "mysite");
  EXPECT_EQ(run_cdpsite({"check", "--source", "mysite"}, dir.path()).exit_code, 0);
}

}  // namespace
}  // namespace cdp::testing
