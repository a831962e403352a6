// Drafts rendered for the editor: the real pipeline on typed text (shortcodes, links,
// authoring checks, front matter errors), nothing written, and the build left as it was.
#include "pipeline/page_draft.h"

#include <gtest/gtest.h>

#include "core/terminal.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const char* kMetrics = R"([[metric]]
id = "clients"
name = "People in treatment"
unit = "count"
better = "higher"
outcome = "increase-engagement-in-treatment"
values = [ { period = "2022/23", value = 100 }, { period = "2023/24", value = 120 } ]
)";

const char* kNote = "+++\ntitle = \"A note\"\n+++\n## First heading\n\nSome words.\n";

class PageDraftTest : public ::testing::Test {
 protected:
  TempDir dir;
  fs::path source = dir.path() / "content";
  std::unique_ptr<SiteBuild> build;

  void SetUp() override {
    testing::write_site(dir, {});
    dir.write("content/site.toml", "title = \"Testshire\"\n");
    dir.write("content/partnership.toml", "name = \"Testshire Combating Drugs Partnership\"\n");
    dir.write("content/metrics.toml", kMetrics);
    dir.write("content/note.md", kNote);
    dir.write("content/team.md", "+++\ntitle = \"Team\"\n+++\nAbout us.\n");
    build = std::make_unique<SiteBuild>(BuildOptions{source, dir.path() / "out", false, true, false});
    Diagnostics diagnostics;
    BuildStats stats;
    ASSERT_TRUE(build->prepare(diagnostics) && build->write(dir.path() / "out", diagnostics, stats))
        << format_diagnostics(diagnostics, false);
  }
};

TEST_F(PageDraftTest, ADraftIsRenderedWithShortcodesAndLinksWithoutWriting) {
  std::string before = testing::slurp(dir.path() / "out/note/index.html");
  PageDraft draft = render_draft(*build, "note.md",
                                 "+++\ntitle = \"A note\"\n+++\nWe treated {{< metric \"clients\" format=\"value\" >}} people. "
                                 "See [our team](team.md).\n");
  EXPECT_TRUE(draft.found);
  EXPECT_TRUE(draft.problems.empty());
  EXPECT_NE(draft.html.find("We treated 120 people."), std::string::npos) << draft.html;
  EXPECT_NE(draft.html.find("href=\"../team/index.html\""), std::string::npos);
  EXPECT_EQ(testing::slurp(dir.path() / "out/note/index.html"), before);
  EXPECT_EQ(testing::slurp(source / "note.md"), kNote);
}

TEST_F(PageDraftTest, TheBuildKeepsItsPageAfterADraft) {
  render_draft(*build, "note.md", "+++\ntitle = \"A new title\"\n+++\nDraft.\n");
  const auto& pages = build->loaded().site->pages;
  auto note = std::find_if(pages.begin(), pages.end(), [](const auto& page) { return page->rel_path == "note.md"; });
  ASSERT_NE(note, pages.end());
  EXPECT_EQ((*note)->meta.title.value, "A note");
  EXPECT_NE((*note)->rendered.html.find("Some words."), std::string::npos);
}

TEST_F(PageDraftTest, MistakesAreReportedAtTheirLineAsCheckWordsThem) {
  PageDraft draft = render_draft(*build, "note.md", "+++\ntitle = \"A note\"\n+++\nText.\n\n#### Too deep\n\n[x](gone.md)\n");
  ASSERT_EQ(draft.problems.size(), 2u);
  EXPECT_EQ(draft.problems[0].pos.line, 6);
  EXPECT_EQ(draft.problems[0].rule, "skipped-heading-level");
  EXPECT_EQ(draft.problems[1].pos.line, 8);
  EXPECT_TRUE(draft.problems[1].pos.file.str().ends_with(testing::shown_path("content/note.md")));
  EXPECT_FALSE(draft.html.empty());
}

TEST_F(PageDraftTest, UnreadableFrontMatterGivesItsErrorAndNoPage) {
  PageDraft draft = render_draft(*build, "note.md", "+++\ntitle = \"A note\n+++\nText.\n");
  EXPECT_TRUE(draft.found);
  EXPECT_TRUE(draft.html.empty());
  ASSERT_FALSE(draft.problems.empty());
  EXPECT_EQ(draft.problems[0].pos.line, 2);
}

TEST_F(PageDraftTest, AFileThatIsNoPageOfTheSiteIsNotFound) {
  EXPECT_FALSE(render_draft(*build, "missing.md", "text").found);
  EXPECT_FALSE(render_draft(*build, "../outside.md", "text").found);
}

}  // namespace
}  // namespace cdp
