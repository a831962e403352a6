// The placeholders `cdpsite new` writes: each found at its line and column, with the
// severity asked for, and never in a TOML comment.
#include "markdown/placeholders.h"

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"

namespace cdp {
namespace {

TEST(Placeholders, EachIsFoundWhereItIsButNotInComments) {
  SourceFile page("content/_index.md",
                  "+++\ntitle = \"T\"\n# summary = \"Replace this with a comment.\"\nsummary = \"Replace this with one "
                  "sentence.\"\n+++\nWrite the home page here, in Markdown.\n");
  Diagnostics diagnostics;
  check_placeholders(page, Severity::kError, diagnostics);
  std::vector<std::string> errors = testing::diagnostic_texts(diagnostics);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].substr(0, errors[0].find(" is a placeholder")),
            "content/_index.md:4:12: \"Replace this with one sentence.\"");
  EXPECT_EQ(errors[1].substr(0, errors[1].find(" is a placeholder")),
            "content/_index.md:6:1: \"Write the home page here, in Markdown.\"");
}

TEST(Placeholders, ThePreviewAsksForWarnings) {
  SourceFile data("content/ws/partnership.toml", "# vision = \"Replace this with x\"\nvision = \"Replace this with y\"\n");
  Diagnostics diagnostics;
  check_placeholders(data, Severity::kWarning, diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 0u);
  EXPECT_EQ(diagnostics.warning_count(), 1u);
}

}  // namespace
}  // namespace cdp
