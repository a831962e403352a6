// The authoring rules on page bodies: each mistake is reported at its file:line:col
// under its rule's name, and what is right is left alone.
#include "markdown/authoring_checks.h"

#include <gtest/gtest.h>

#include "markdown/markdown.h"

namespace cdp {
namespace {

constexpr const char* kFrontMatter = "+++\ntitle = \"A\"\n+++\n";

struct Checked {
  std::vector<Diagnostic> problems;  // sorted
  std::string html;                  // the body as rendered
};

// Renders `body` as the body of content/a.md (after three lines of front matter).
Checked check(const std::string& body, const AuthoringSeverities& severities = {}) {
  SourceFile file("content/a.md", kFrontMatter + body);
  Diagnostics diagnostics;
  MarkdownOptions options;
  options.checks = &severities;
  std::string html = render_markdown(body, {&file, 4}, options, {}, &diagnostics).html;
  return {diagnostics.sorted(), html};
}

std::vector<std::string> rules(const std::string& body) {
  std::vector<std::string> names;
  for (const Diagnostic& d : check(body).problems) names.push_back(d.rule);
  return names;
}

using Rules = std::vector<std::string>;

TEST(AuthoringChecks, AnImageWithoutADescriptionIsAnErrorAtTheImage) {
  Checked out = check("Some text.\n\nSee ![](chart.png) here.\n");
  ASSERT_EQ(out.problems.size(), 1u);
  const Diagnostic& d = out.problems[0];
  EXPECT_EQ(d.rule, "image-without-description");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.pos.file, "content/a.md");
  EXPECT_EQ(d.pos.line, 6);
  EXPECT_EQ(d.pos.column, 5);
  EXPECT_EQ(d.line_text, "See ![](chart.png) here.");
  EXPECT_NE(d.hint.find("![](chart.png \"decorative\")"), std::string::npos) << d.hint;
}

TEST(AuthoringChecks, ADecorativeImageNeedsNoDescriptionAndLosesItsTitle) {
  Checked out = check("![](border.png \"decorative\")\n");
  EXPECT_TRUE(out.problems.empty());
  EXPECT_NE(out.html.find("<img src=\"border.png\" alt=\"\" />"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("title="), std::string::npos) << out.html;
  EXPECT_TRUE(check("![Chart of deaths falling](chart.png)\n").problems.empty());
}

TEST(AuthoringChecks, HeadingsMayNotSkipALevel) {
  EXPECT_EQ(rules("## A\n\n#### B\n"), Rules{"skipped-heading-level"});
  EXPECT_EQ(rules("### First\n"), Rules{"skipped-heading-level"}) << "the page title is level 1";
  EXPECT_TRUE(rules("## A\n\n### B\n\n## C\n\n### D\n\n#### E\n\n## F\n").empty());
  Checked out = check("## A\n\n#### B\n");
  EXPECT_EQ(out.problems[0].pos.line, 6);
  EXPECT_NE(out.problems[0].hint.find("write it as ###"), std::string::npos) << out.problems[0].hint;
}

TEST(AuthoringChecks, ALevelOneHeadingInTheBodyRepeatsThePageTitle) {
  Checked out = check("# Title again\n\n## Part\n");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].rule, "title-heading-in-body");
  EXPECT_EQ(out.problems[0].pos.line, 4);
  EXPECT_NE(out.problems[0].message.find("the page title is already the page's main heading"), std::string::npos);
}

TEST(AuthoringChecks, ALinkNeedsText) {
  EXPECT_EQ(rules("See [](report.md).\n"), Rules{"empty-link-text"});
  EXPECT_EQ(rules("See [ ](report.md).\n"), Rules{"empty-link-text"});
  EXPECT_TRUE(rules("See [![The annual report](cover.png)](report.md).\n").empty()) << "the image's description names it";
}

TEST(AuthoringChecks, VagueLinkTextIsAnError) {
  for (const char* text : {"click here", "Here", "read more", "Read more…", "more", "this link", "link", "Click here!"}) {
    EXPECT_EQ(rules(std::string("For the report [") + text + "](report.md).\n"), Rules{"vague-link-text"}) << text;
  }
  EXPECT_TRUE(rules("Read [the annual report 2024](report.md).\n").empty());
  EXPECT_TRUE(rules("Read [more about treatment](report.md).\n").empty());
}

TEST(AuthoringChecks, ALongWebAddressAsLinkTextIsVague) {
  EXPECT_EQ(rules("See https://www.ons.gov.uk/peoplepopulationandcommunity/deaths now.\n"), Rules{"vague-link-text"});
  EXPECT_EQ(rules("See <https://www.ons.gov.uk/peoplepopulationandcommunity/deaths>.\n"), Rules{"vague-link-text"});
  EXPECT_TRUE(rules("See https://www.gov.uk/drugs now.\n").empty()) << "40 characters or fewer";
  Checked out = check("First line,\nthen https://www.ons.gov.uk/peoplepopulationandcommunity/deaths now.\n");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].pos.line, 5) << "at the address, not its paragraph";
  EXPECT_EQ(out.problems[0].pos.column, 6);
}

TEST(AuthoringChecks, AnEmptyHeaderCellIsAnErrorAtTheCell) {
  Checked out = check("| Year | |\n| --- | --- |\n| 2023 | 1,814 |\n");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].rule, "empty-table-header");
  EXPECT_EQ(out.problems[0].pos.line, 4);
  EXPECT_GT(out.problems[0].pos.column, 1);
}

TEST(AuthoringChecks, AHeaderRowThatIsEmptyThroughoutIsATableWithoutHeaders) {
  // GFM has no table without a header row: the first row is always the header, and
  // the nearest to none that cmark-gfm allows is a header row of empty cells.
  Checked out = check("| | |\n| --- | --- |\n| 2023 | 1,814 |\n");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].rule, "table-without-header");
  EXPECT_EQ(out.problems[0].pos.line, 4);
  EXPECT_TRUE(rules("| Year | People |\n| --- | --- |\n| 2023 | 1,814 |\n").empty());
}

TEST(AuthoringChecks, TheSameLinkTextMayNotGoToTwoPlaces) {
  Checked out = check("[Annual report](a.md) and\n[annual  report](b.md) and [Annual report](a.md).\n");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].rule, "same-link-text-different-places");
  EXPECT_EQ(out.problems[0].pos.line, 5);
  EXPECT_EQ(out.problems[0].pos.column, 1) << "the second link, not the third, which goes where the first does";
  EXPECT_NE(out.problems[0].message.find("at line 4"), std::string::npos) << out.problems[0].message;
}

TEST(AuthoringChecks, ARuleTurnedIntoAWarningIsReportedAsOne) {
  AuthoringSeverities severities;
  severities.changed[AuthoringRule::kVagueLinkText] = Severity::kWarning;
  Checked out = check("[here](a.md) and ![](b.png)\n", severities);
  ASSERT_EQ(out.problems.size(), 2u);
  for (const Diagnostic& d : out.problems) {
    EXPECT_EQ(d.severity, d.rule == "vague-link-text" ? Severity::kWarning : Severity::kError) << d.rule;
  }
}

TEST(AuthoringChecks, NothingIsCheckedWithoutRules) {
  SourceFile file("content/a.md", "![](x.png)\n");
  Diagnostics diagnostics;
  render_markdown(file.text(), {&file, 1}, {}, {}, &diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 0u);
}

TEST(AuthoringChecks, InTextShownUnderAHeadingItsHeadingsStartBelowIt) {
  SourceFile file("content/p/priorities.toml", "what_we_know = \"\"\"\n## Facts\n\"\"\"\n");
  Diagnostics diagnostics;
  AuthoringSeverities severities;
  MarkdownOptions options;
  options.checks = &severities;
  MarkdownSource source{&file, 2, nullptr, 2};
  render_markdown("## Facts\n", source, options, {}, &diagnostics);
  std::vector<Diagnostic> problems = diagnostics.sorted();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, "title-heading-in-body");
  EXPECT_NE(problems[0].hint.find("start its headings at ###"), std::string::npos) << problems[0].hint;
}

}  // namespace
}  // namespace cdp
