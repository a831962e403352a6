// Diagnostic builders and the Diagnostics list: excerpts, counting, the cap on kept
// diagnostics, and the stable order. (Its lock for adding from several threads is not
// tested here: only a thread sanitizer tells a missing lock reliably.)
#include "core/diagnostic.h"

#include <algorithm>

#include <gtest/gtest.h>
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_at;

TEST(ErrorAt, CopiesTheLineForTheExcerpt) {
  SourceFile file("content/a.md", "+++\ntitle = 3\n+++\n");
  Diagnostic d = error_at(file, {"content/a.md", 2, 9}, "`title` should be text", "put it in quotes");
  EXPECT_EQ(d.pos.file, "content/a.md");
  EXPECT_EQ(d.pos.line, 2);
  EXPECT_EQ(d.pos.column, 9);
  EXPECT_EQ(d.message, "`title` should be text");
  EXPECT_EQ(d.hint, "put it in quotes");
  EXPECT_EQ(d.line_text, "title = 3");
}

TEST(ErrorAt, LineOutsideTheFileHasNoExcerpt) {
  SourceFile file("content/a.md", "one line\n");
  EXPECT_EQ(error_at(file, {"content/a.md", 7, 1}, "m").line_text, "");
}

TEST(ErrorIn, IsAboutTheWholeFileWithoutAnExcerpt) {
  Diagnostic d = error_in("content/notes.toml", "cdpsite does not know what this TOML file is for", "move it");
  EXPECT_EQ(d.pos.file, "content/notes.toml");
  EXPECT_EQ(d.pos.line, 0);
  EXPECT_EQ(d.pos.column, 0);
  EXPECT_EQ(d.message, "cdpsite does not know what this TOML file is for");
  EXPECT_EQ(d.hint, "move it");
  EXPECT_EQ(d.line_text, "");
}

TEST(Diagnostics, EmptyHasNoErrors) {
  Diagnostics diagnostics;
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 0u);
  EXPECT_TRUE(diagnostics.sorted().empty());
}

TEST(Diagnostics, EveryDiagnosticIsAnError) {
  Diagnostics diagnostics;
  diagnostics.add(error_in("a.md", "one"));
  diagnostics.add(error_in("b.md", "two"));
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 2u);
  EXPECT_EQ(diagnostics.sorted().size(), 2u);
}

TEST(Diagnostics, KeepsTheFirstFiftyButCountsThemAll) {
  Diagnostics diagnostics;
  for (int i = 0; i < 60; ++i) diagnostics.add(error_in("a.md", "error " + std::to_string(i)));
  EXPECT_EQ(diagnostics.error_count(), 60u);
  std::vector<Diagnostic> kept = diagnostics.sorted();
  ASSERT_EQ(kept.size(), Diagnostics::kMaxKept);
  EXPECT_EQ(Diagnostics::kMaxKept, 50u);
  for (const Diagnostic& d : kept) EXPECT_NE(d.message, "error 50") << "only the first fifty are kept";
}

TEST(Diagnostics, SortedByFileThenLineThenColumnThenMessage) {
  Diagnostics diagnostics;
  diagnostics.add(error_in("b.md", "z"));
  diagnostics.add(diagnostic_at({"a.md", 10, 1}, "late line", ""));
  diagnostics.add(diagnostic_at({"a.md", 2, 5}, "second column", ""));
  diagnostics.add(diagnostic_at({"a.md", 2, 1}, "y", ""));
  diagnostics.add(diagnostic_at({"a.md", 2, 1}, "x", ""));
  std::vector<std::string> order;
  for (const Diagnostic& d : diagnostics.sorted()) order.push_back(d.pos.file + " " + d.message);
  EXPECT_EQ(order, (std::vector<std::string>{"a.md x", "a.md y", "a.md second column", "a.md late line", "b.md z"}));
}

TEST(Diagnostics, SortedKeepsTheOrderOfEqualDiagnostics) {
  Diagnostics diagnostics;
  for (int i = 0; i < 40; ++i) {
    diagnostics.add(diagnostic_at({"a.md", 1, 1}, "same", std::to_string(i)));
  }
  std::vector<Diagnostic> sorted = diagnostics.sorted();
  ASSERT_EQ(sorted.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(sorted[static_cast<std::size_t>(i)].hint, std::to_string(i));
}

TEST(Diagnostics, TheSameProblemAtTheSamePlaceIsKeptAndCountedOnce) {
  Diagnostics diagnostics;
  for (int page = 0; page < 3; ++page) diagnostics.add(diagnostic_at({"t.mustache", 2, 3}, "loops", "fix it"));
  diagnostics.add(diagnostic_at({"t.mustache", 2, 4}, "loops", "fix it"));
  EXPECT_EQ(diagnostics.error_count(), 2u);
  EXPECT_EQ(diagnostics.sorted().size(), 2u);
}

Diagnostic warning(std::string message) {
  Diagnostic d = error_in("a.md", std::move(message));
  d.severity = Severity::kWarning;
  return d;
}

TEST(Diagnostics, WarningsAreCountedApartAndAreNotErrors) {
  Diagnostics diagnostics;
  diagnostics.add(warning("vague"));
  diagnostics.add(warning("vaguer"));
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 0u);
  EXPECT_EQ(diagnostics.warning_count(), 2u);
  diagnostics.add(error_in("a.md", "broken"));
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 1u);
}

TEST(Diagnostics, ManyWarningsNeverCrowdOutAnError) {
  Diagnostics diagnostics;
  for (int i = 0; i < 60; ++i) diagnostics.add(warning("warning " + std::to_string(i)));
  diagnostics.add(error_in("a.md", "the error"));
  std::vector<Diagnostic> kept = diagnostics.sorted();
  EXPECT_EQ(kept.size(), Diagnostics::kMaxKept + 1);
  EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const Diagnostic& d) { return d.message == "the error"; }));
}

}  // namespace
}  // namespace cdp
