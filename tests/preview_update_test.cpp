// The preview's incremental update, called directly: each kind of edit is told apart
// by its outcome and by exactly which files it rewrote.
#include "pipeline/preview_update.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/terminal.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::slurp;
using testing::TempDir;

const char* kPartnership = R"(name = "Testshire Combating Drugs Partnership"
)";

const char* kMetrics = R"([[metric]]
id = "clients"
name = "People in treatment"
unit = "count"
better = "higher"
outcome = "increase-engagement-in-treatment"
values = [ { period = "2022/23", value = 100 }, { period = "2023/24", value = 120 } ]
)";

const char* kReport = R"(+++
title = "Annual report"
+++
We treated {{< metric "clients" format="value" >}} people.
)";

const char* kNote = R"(+++
title = "A note"
+++
## First heading

Some words.
)";

const char* kStrategy = R"(+++
title = "Our strategy"
kind = "strategy"
period = "2023/24 to 2025/26"
series = "strategy"
+++
What we will do.
)";

// A one-partnership site built for the preview (bodies kept, as serve does).
class PreviewUpdateTest : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path source = dir.path() / "content";
  fs::path output = dir.path() / "out";
  std::unique_ptr<SiteBuild> build;

  void SetUp() override {
    testing::write_site(dir, {});
    dir.write("content/site.toml", "title = \"Testshire\"\n");
    dir.write("content/partnership.toml", kPartnership);
    dir.write("content/metrics.toml", kMetrics);
    dir.write("content/report.md", kReport);
    dir.write("content/note.md", kNote);
    dir.write("content/strategy.md", kStrategy);
    build = std::make_unique<SiteBuild>(BuildOptions{source, output, false, true, false});
    Diagnostics diagnostics;
    BuildStats stats;
    ASSERT_TRUE(build->prepare(diagnostics) && build->write(output, diagnostics, stats))
        << format_diagnostics(diagnostics, false);
  }

  PreviewUpdate edit(const std::string& relative, const std::string& content) {
    dir.write("content/" + relative, content);
    Diagnostics diagnostics;
    PreviewUpdate update = update_preview(*build, {source / relative}, output, diagnostics);
    last_errors = format_diagnostics(diagnostics, false);
    return update;
  }

  std::string last_errors;
};

bool rewrote(const PreviewUpdate& update, const std::string& output) {
  return std::find(update.rewritten.begin(), update.rewritten.end(), output) != update.rewritten.end();
}

TEST_F(PreviewUpdateTest, AnEditedBodyRewritesThatPageAndTheSearchIndexOnly) {
  PreviewUpdate update = edit("note.md", std::string(kNote) + "\nA new sentence.\n");
  EXPECT_EQ(update.outcome, UpdateOutcome::kPagesRerendered);
  EXPECT_EQ(update.rewritten, (std::vector<std::string>{"note/index.html", "search-index.js"}));
  EXPECT_NE(slurp(output / "note/index.html").find("A new sentence."), std::string::npos);
}

// The page's new front matter takes the place of the old: its document details are read
// from the new (under ASan, reading the old ones was a use after free).
TEST_F(PreviewUpdateTest, AnEditedDocumentShowsItsDetailsFromTheNewFrontMatter) {
  PreviewUpdate update = edit("strategy.md", std::string(kStrategy) + "\nA new sentence.\n");
  EXPECT_EQ(update.outcome, UpdateOutcome::kPagesRerendered) << last_errors;
  std::string page = slurp(output / "strategy/index.html");
  EXPECT_NE(page.find("A new sentence."), std::string::npos);
  EXPECT_NE(page.find("2023/24 to 2025/26"), std::string::npos);
}

TEST_F(PreviewUpdateTest, ANewTitleNeedsAFullBuild) {
  std::string retitled = kNote;
  retitled.replace(retitled.find("A note"), 6, "Another note");
  EXPECT_EQ(edit("note.md", retitled).outcome, UpdateOutcome::kNeedsFullBuild);
}

TEST_F(PreviewUpdateTest, ChangedHeadingIdsNeedAFullBuild) {
  std::string renamed = kNote;
  renamed.replace(renamed.find("First heading"), 13, "Second heading");
  EXPECT_EQ(edit("note.md", renamed).outcome, UpdateOutcome::kNeedsFullBuild);
}

TEST_F(PreviewUpdateTest, ChangedDataRewritesDataPagesAndThePagesShowingData) {
  std::string metrics = kMetrics;
  metrics.replace(metrics.find("value = 120"), 11, "value = 135");
  PreviewUpdate update = edit("metrics.toml", metrics);
  EXPECT_EQ(update.outcome, UpdateOutcome::kDataRerendered) << last_errors;
  EXPECT_TRUE(rewrote(update, "report/index.html"));
  EXPECT_TRUE(rewrote(update, "metrics/clients/index.html"));
  EXPECT_TRUE(rewrote(update, "open-data/metrics.csv"));
  EXPECT_TRUE(rewrote(update, "index.html"));  // the home page's headline figures
  EXPECT_FALSE(rewrote(update, "note/index.html"));  // shows no data
  EXPECT_NE(slurp(output / "report/index.html").find("135"), std::string::npos);
}

TEST_F(PreviewUpdateTest, ANewMetricPageNeedsAFullBuild) {
  std::string metrics = std::string(kMetrics) + R"([[metric]]
id = "deaths"
name = "Deaths"
unit = "count"
better = "lower"
outcome = "increase-engagement-in-treatment"
values = [ { period = "2023", value = 5 } ]
)";
  EXPECT_EQ(edit("metrics.toml", metrics).outcome, UpdateOutcome::kNeedsFullBuild);
}

TEST_F(PreviewUpdateTest, AnErrorFailsAndKeepsTheLastGoodPage) {
  std::string before = slurp(output / "report/index.html");
  PreviewUpdate update = edit("report.md", "+++\ntitle = \"Annual report\"\n+++\n{{< metric \"nope\" >}}\n");
  EXPECT_EQ(update.outcome, UpdateOutcome::kFailed);
  EXPECT_NE(last_errors.find("report.md:4:"), std::string::npos) << last_errors;
  EXPECT_EQ(slurp(output / "report/index.html"), before);
}

TEST_F(PreviewUpdateTest, SiteTomlAndNewPagesNeedAFullBuild) {
  EXPECT_EQ(edit("site.toml", "title = \"Renamed\"\n").outcome, UpdateOutcome::kNeedsFullBuild);
  EXPECT_EQ(edit("new.md", "+++\ntitle = \"New\"\n+++\n").outcome, UpdateOutcome::kNeedsFullBuild);
}

TEST_F(PreviewUpdateTest, AChangedTemplateRewritesThePagesLaidOutWithIt) {
  std::string page = slurp(build->loaded().site->template_dirs.front() / "page.mustache");
  ASSERT_FALSE(page.empty());
  PreviewUpdate update = edit("templates/page.mustache", page + "<!-- changed -->");
  EXPECT_EQ(update.outcome, UpdateOutcome::kTemplatesRerendered) << last_errors;
  EXPECT_TRUE(rewrote(update, "note/index.html"));
  EXPECT_TRUE(rewrote(update, "report/index.html"));
  EXPECT_FALSE(rewrote(update, "metrics/clients/index.html"));  // laid out with data/metric
  EXPECT_NE(slurp(output / "note/index.html").find("<!-- changed -->"), std::string::npos);
}

// A page, a data file or a template that became a link out of the site folder after
// the full build: the preview asks for a full build (the link leads out of the site),
// and that build refuses it, unread.
TEST_F(PreviewUpdateTest, AFileThatBecameALinkOutNeedsAFullBuildWhichRefusesIt) {
  dir.write("private/secret.md", "+++\ntitle = \"A note\"\n+++\n## First heading\n\nSECRET WORDS\n");
  dir.write("private/secret.toml", kMetrics);
  dir.write("private/secret.mustache", "SECRET TEMPLATE");
  dir.write("content/templates/page.mustache", slurp(build->loaded().site->template_dirs.front() / "page.mustache"));
  for (std::string name : {"note.md", "metrics.toml", "templates/page.mustache"}) {
    std::string original = slurp(source / name);
    fs::remove(source / name);
    fs::create_symlink(dir.path() / "private" / ("secret" + fs::path(name).extension().string()), source / name);
    Diagnostics diagnostics;
    EXPECT_EQ(update_preview(*build, {source / name}, output, diagnostics).outcome, UpdateOutcome::kNeedsFullBuild)
        << name;
    SiteBuild full(BuildOptions{source, output, false, true, false});
    EXPECT_FALSE(full.prepare(diagnostics)) << name;
    std::string errors = format_diagnostics(diagnostics, false);
    EXPECT_NE(errors.find(name + ": error: this is a link to a file outside the site folder"), std::string::npos)
        << errors;
    fs::remove(source / name);
    dir.write("content/" + name, original);  // one link at a time: the load stops at the first
  }
  EXPECT_EQ(slurp(output / "note/index.html").find("SECRET"), std::string::npos);
}

}  // namespace
}  // namespace cdp
