// The authoring rules on the Markdown of TOML text fields: problems are placed at the
// line and column inside the TOML string where they were written.
#include "markdown/data_markdown_checks.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

constexpr const char* kPath = "content/p/priorities.toml";

// Data whose one priority has `what_we_know` written as `toml` (a value on line 2).
CdpData data_with(const std::string& toml, const std::string& value, int column) {
  CdpData data;
  data.files[kPath] = std::make_shared<SourceFile>(kPath, "[[priority]]\nwhat_we_know = " + toml + "\n");
  Partnership partnership;
  Priority priority;
  priority.what_we_know = {value, {kPath, 2, column}};
  partnership.priorities.push_back(priority);
  data.partnerships.push_back(partnership);
  return data;
}

std::vector<Diagnostic> check(const CdpData& data) {
  AuthoringSeverities severities;
  MarkdownOptions options;
  options.checks = &severities;
  Diagnostics diagnostics;
  check_data_markdown(data, options, diagnostics);
  return diagnostics.sorted();
}

TEST(DataMarkdownChecks, AProblemIsPlacedInsideTheTomlString) {
  std::vector<Diagnostic> problems = check(data_with("\"Say \\\"hi\\\" [here](x.md)\"", "Say \"hi\" [here](x.md)", 16));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, "vague-link-text");
  EXPECT_EQ(problems[0].pos.file, kPath);
  EXPECT_EQ(problems[0].pos.line, 2);
  EXPECT_EQ(problems[0].pos.column, 28);  // the [ after the escaped quotes
  EXPECT_EQ(problems[0].line_text, "what_we_know = \"Say \\\"hi\\\" [here](x.md)\"");
}

TEST(DataMarkdownChecks, LinesOfAMultiLineStringAreTheFilesLines) {
  CdpData data;
  std::string text = "[[priority]]\nwhat_we_know = \"\"\"\nFirst line.\n\n![](chart.png)\n\"\"\"\n";
  data.files[kPath] = std::make_shared<SourceFile>(kPath, text);
  Partnership partnership;
  Priority priority;
  priority.what_we_know = {"First line.\n\n![](chart.png)\n", {kPath, 2, 16}};
  partnership.priorities.push_back(priority);
  data.partnerships.push_back(partnership);
  std::vector<Diagnostic> problems = check(data);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, "image-without-description");
  EXPECT_EQ(problems[0].pos.line, 5);
  EXPECT_EQ(problems[0].pos.column, 1);
}

TEST(DataMarkdownChecks, NothingIsCheckedWithoutRules) {
  Diagnostics diagnostics;
  check_data_markdown(data_with("\"[here](x.md)\"", "[here](x.md)", 16), {}, diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 0u);
}

}  // namespace
}  // namespace cdp
