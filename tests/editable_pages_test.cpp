// What the editor knows of a built site: the Markdown file of each HTML page, and what
// a page can link to, relative to it.
#include "pipeline/editable_pages.h"

#include <gtest/gtest.h>

#include "core/terminal.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(RelativeLink, LinksGoFromThePagesFolder) {
  EXPECT_EQ(relative_link("news/first.md", "about.md"), "../about.md");
  EXPECT_EQ(relative_link("news/first.md", "news/second.md"), "second.md");
  EXPECT_EQ(relative_link("about.md", "news/first.md"), "news/first.md");
  EXPECT_EQ(relative_link("a/b/c.md", "a/d/report.pdf"), "../d/report.pdf");
}

class EditablePages : public ::testing::Test {
 protected:
  TempDir dir;
  std::unique_ptr<SiteBuild> build;

  void SetUp() override {
    testing::write_site(dir, {});
    dir.write("content/site.toml", "title = \"Testshire\"\n");
    dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
    dir.write("content/news/_index.md", "+++\ntitle = \"News\"\n+++\nAll the news.\n");
    dir.write("content/news/first.md", "+++\ntitle = \"First\"\n+++\nText.\n");
    dir.write("content/news/report.pdf", "%PDF-1.4\n");
    dir.write("content/static/logo.pdf", "%PDF-1.4\n");
    build = std::make_unique<SiteBuild>(BuildOptions{dir.path() / "content", dir.path() / "out", false, true, false});
    Diagnostics diagnostics;
    ASSERT_TRUE(build->prepare(diagnostics)) << format_diagnostics(diagnostics, false);
  }
};

TEST_F(EditablePages, EachPageFromMarkdownKnowsItsFile) {
  auto sources = sources_by_output(build->loaded());
  EXPECT_EQ(sources.at("news/first/index.html"), "news/first.md");
  EXPECT_EQ(sources.at("news/index.html"), "news/_index.md");
  EXPECT_EQ(sources.at("index.html"), "_index.md");
  EXPECT_FALSE(sources.count("search/index.html"));
}

TEST_F(EditablePages, APageCanLinkToTheOtherPagesAndTheFilesBesideThem) {
  std::vector<LinkTarget> targets = link_targets(build->loaded(), "news/first.md");
  std::vector<std::string> links;
  for (const LinkTarget& target : targets) links.push_back(target.title + " " + target.link);
  EXPECT_EQ(links, (std::vector<std::string>{"Home ../_index.md", "News _index.md", "report.pdf report.pdf"}));
}

TEST_F(EditablePages, ASiteWithoutPartnershipsHasNoFiguresToShow) {
  EXPECT_TRUE(metric_choices(build->loaded(), "news/first.md").empty());
}

TEST(MetricChoices, EachMetricWithItsLatestValueTheOwnPartnershipFirst) {
  TempDir dir;
  testing::write_site(dir, {});
  dir.write("content/site.toml", "title = \"Two areas\"\n");
  for (const std::string slug : {"east", "west"}) {
    dir.write("content/partnerships/" + slug + "/partnership.toml", "name = \"" + slug + " CDP\"\n");
    dir.write("content/partnerships/" + slug + "/metrics.toml",
              "[[metric]]\nid = \"clients-" + slug + "\"\nname = \"People in treatment\"\nunit = \"count\"\nbetter = \"higher\"\n"
              "outcome = \"increase-engagement-in-treatment\"\n"
              "values = [ { period = \"2022/23\", value = 100 }, { period = \"2023/24\", value = 1200 } ]\n");
  }
  dir.write("content/partnerships/west/news.md", "+++\ntitle = \"News\"\n+++\nText.\n");
  SiteBuild build(BuildOptions{dir.path() / "content", dir.path() / "out", false, false, false});
  Diagnostics diagnostics;
  ASSERT_TRUE(build.prepare(diagnostics)) << format_diagnostics(diagnostics, false);
  std::vector<MetricChoice> choices = metric_choices(build.loaded(), "partnerships/west/news.md");
  ASSERT_EQ(choices.size(), 2u);
  EXPECT_EQ(choices[0].label, "west CDP: People in treatment, 1,200 (2023/24)");
  EXPECT_EQ(choices[0].shortcode, "{{< metric \"clients-west\" >}}");
  EXPECT_EQ(choices[1].shortcode, "{{< metric \"clients-east\" partnership=\"east\" >}}");
}

}  // namespace
}  // namespace cdp
