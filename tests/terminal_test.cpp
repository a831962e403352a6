#include "core/terminal.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Terminal, PrintsLikeACompilerWithExcerptCaretAndHint) {
  SourceFile file("content/a.md", "+++\ntitle = oops\n+++\n");
  Diagnostic d = error_at(file, {"content/a.md", 2, 9}, "something is wrong", "fix it like this");
  EXPECT_EQ(format_diagnostic(d, false),
            "content/a.md:2:9: error: something is wrong\n"
            "2 | title = oops\n"
            "  |         ^\n"
            "  hint: fix it like this\n");
}

TEST(Terminal, CaretCountsCharactersAndKeepsTabs) {
  SourceFile file("a.md", "\t£ x\n");
  Diagnostic d = error_at(file, {"a.md", 1, 4}, "m");
  EXPECT_NE(format_diagnostic(d, false).find("  | \t  ^\n"), std::string::npos) << format_diagnostic(d, false);
}

TEST(Terminal, FileWideErrorHasNoExcerpt) {
  EXPECT_EQ(format_diagnostic(error_in("content/site.toml", "missing", "add it"), false),
            "content/site.toml: error: missing\n  hint: add it\n");
}

TEST(Terminal, ColourWrapsPartsInEscapes) {
  std::string text = format_diagnostic(error_in("a", "m"), true);
  EXPECT_NE(text.find("\033[1;31merror:\033[0m"), std::string::npos);
}

TEST(Terminal, SummarySaysHowManyAndHowManyShown) {
  Diagnostics diagnostics;
  for (int i = 0; i < 60; ++i) diagnostics.add(error_in("f" + std::to_string(i), "m"));
  std::string text = format_diagnostics(diagnostics, false);
  EXPECT_NE(text.find("60 errors (the first 50 are shown)"), std::string::npos);
}

TEST(Terminal, DiagnosticsAreSortedByFileAndPosition) {
  Diagnostics diagnostics;
  diagnostics.add(error_in("b.md", "second"));
  diagnostics.add(Diagnostic{{"a.md", 9, 1}, "late", "", ""});
  diagnostics.add(Diagnostic{{"a.md", 2, 1}, "early", "", ""});
  auto sorted = diagnostics.sorted();
  ASSERT_EQ(sorted.size(), 3u);
  EXPECT_EQ(sorted[0].message, "early");
  EXPECT_EQ(sorted[1].message, "late");
  EXPECT_EQ(sorted[2].message, "second");
}

}  // namespace
}  // namespace cdp
