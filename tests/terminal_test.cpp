#include "core/terminal.h"

#include <gtest/gtest.h>

#include "core/fs.h"
#include "support/diagnostic_text.h"
#include "support/test_support.h"

namespace cdp {
namespace {

using testing::diagnostic_at;

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

// One mistake at the end of a line of megabytes must not print the megabytes.
TEST(Terminal, ALongLineIsShownAsAWindowAroundTheColumn) {
  std::string line = std::string(5'000'000, 'a') + " [a broken link](nowhere.md)";
  SourceFile file("a.md", line + "\n");
  int column = 5'000'002;
  std::string out = format_diagnostic(error_at(file, {"a.md", 1, column}, "m"), false);
  EXPECT_LT(out.size(), 400u);
  // The last 100 characters: 72 of the a's, then the link; "..." where it was cut.
  EXPECT_NE(out.find("1 | ..." + std::string(72, 'a') + " [a broken link](nowhere.md)\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  | " + std::string(76, ' ') + "^\n"), std::string::npos) << out;
}

// A message may quote a link or an id of any length: a word of more than 200
// characters shows its first 120 and its last 60 (here "-end.md," and 52 x's), cut
// between characters.
TEST(Terminal, ALongWordInAMessageOrHintShowsItsStartAndEnd) {
  std::string target = "missing-" + std::string(1'000'000, 'x') + "-end.md";
  std::string pounds;
  for (int i = 0; i < 201; ++i) pounds += "\xC2\xA3";
  Diagnostic d = error_in("a.md", "this link goes to " + target + ", which does not exist", "not " + pounds);
  std::string shown_pounds;
  for (int i = 0; i < 120; ++i) shown_pounds += "\xC2\xA3";
  shown_pounds += "...";
  for (int i = 0; i < 60; ++i) shown_pounds += "\xC2\xA3";
  EXPECT_EQ(format_diagnostic(d, false), "a.md: error: this link goes to missing-" + std::string(112, 'x') + "..." +
                                             std::string(52, 'x') + "-end.md, which does not exist\n  hint: not " +
                                             shown_pounds + "\n");
  std::string two_hundred(200, 'y');
  EXPECT_EQ(format_diagnostic(error_in("a.md", two_hundred), false), "a.md: error: " + two_hundred + "\n");
}

TEST(Terminal, AWindowCutsBetweenCharactersAndMarksBothEnds) {
  std::string line;
  for (int i = 0; i < 300; ++i) line += "\xC2\xA3";  // £, two bytes each
  SourceFile file("a.md", line + "\n");
  std::string out = format_diagnostic(error_at(file, {"a.md", 1, 150}, "m"), false);
  std::string shown;
  for (int i = 0; i < 100; ++i) shown += "\xC2\xA3";
  EXPECT_NE(out.find("1 | ..." + shown + "...\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  | " + std::string(53, ' ') + "^\n"), std::string::npos) << out;
}

// Whatever a file held, a message holds no NUL byte and no invalid UTF-8, and still
// shows its hint.
TEST(Terminal, NulBytesAndInvalidUtf8NeverReachTheOutput) {
  SourceFile file("a.md", std::string("ab\0c\xFF" "d\n", 7));
  Diagnostic d = error_at(file, {"a.md", 1, 6}, std::string("bad \xC3", 5), "fix it");
  std::string out = format_diagnostic(d, false);
  EXPECT_EQ(out.find('\0'), std::string::npos);
  EXPECT_EQ(find_invalid_utf8(out), std::nullopt);
  EXPECT_NE(out.find("1 | ab\xE2\x90\x80" "c\xEF\xBF\xBD" "d\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  |      ^\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  hint: fix it\n"), std::string::npos) << out;
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

TEST(Terminal, AWarningSaysWarningAndNamesItsRule) {
  SourceFile file("content/a.md", "[here](b.md)\n");
  Diagnostic d = error_at(file, {"content/a.md", 1, 1}, "vague", "say where");
  d.severity = Severity::kWarning;
  d.rule = "vague-link-text";
  EXPECT_EQ(format_diagnostic(d, false),
            "content/a.md:1:1: warning: vague [vague-link-text]\n"
            "1 | [here](b.md)\n"
            "  | ^\n"
            "  hint: say where\n");
}

TEST(Terminal, SummaryCountsErrorsAndWarningsApart) {
  Diagnostics diagnostics;
  diagnostics.add(error_in("a.md", "broken"));
  for (const char* message : {"one", "two"}) {
    Diagnostic d = error_in("a.md", message);
    d.severity = Severity::kWarning;
    diagnostics.add(d);
  }
  EXPECT_NE(format_diagnostics(diagnostics, false).find("\n1 error, 2 warnings\n"), std::string::npos);
  Diagnostics only_warnings;
  Diagnostic d = error_in("a.md", "one");
  d.severity = Severity::kWarning;
  only_warnings.add(d);
  EXPECT_NE(format_diagnostics(only_warnings, false).find("\n1 warning\n"), std::string::npos);
}

TEST(Terminal, DiagnosticsAreSortedByFileAndPosition) {
  Diagnostics diagnostics;
  diagnostics.add(error_in("b.md", "second"));
  diagnostics.add(diagnostic_at({"a.md", 9, 1}, "late", ""));
  diagnostics.add(diagnostic_at({"a.md", 2, 1}, "early", ""));
  auto sorted = diagnostics.sorted();
  ASSERT_EQ(sorted.size(), 3u);
  EXPECT_EQ(sorted[0].message, "early");
  EXPECT_EQ(sorted[1].message, "late");
  EXPECT_EQ(sorted[2].message, "second");
}

}  // namespace
}  // namespace cdp

namespace cdp {
namespace {

// A CSV's row and column are a record and a cell: the row's text is not shown with a
// caret under its Nth character, and a file of hundreds of megabytes is not read back.
TEST(Terminal, ASpreadsheetsRowAndCellGetNoExcerpt) {
  testing::TempDir dir;
  for (const char* name : {"f.csv", "F.CSV", "f.txt"}) {
    std::filesystem::path file = dir.write(name, "a,b,c\nfirst,second,third\n");
    Diagnostics diagnostics;
    diagnostics.add(testing::diagnostic_at({file.string(), 2, 3}, "wrong", ""));
    std::string shown = format_diagnostics(diagnostics, false);
    bool excerpt = shown.find("first,second,third") != std::string::npos;
    EXPECT_EQ(excerpt, std::string(name) == "f.txt") << shown;
  }
}

}  // namespace
}  // namespace cdp
