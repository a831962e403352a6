#include "core/text_file.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::optional<Diagnostic> problem_of(const std::string& text) {
  return text_file_problem(SourceFile("a.md", text), "save the file as UTF-8 in your editor");
}

TEST(TextFile, Utf8TextIsFine) {
  EXPECT_EQ(problem_of("+++\ntitle = \"\xC2\xA3" "1.7m\"\n+++\n"), std::nullopt);
  EXPECT_EQ(problem_of(""), std::nullopt);
}

TEST(TextFile, Utf16WithOrWithoutAByteOrderMarkIsNamedForTheWholeFile) {
  std::string with_mark("\xFF\xFE+\0+\0+\0", 8);
  std::string without_mark("n\0a\0m\0e\0 \0=\0 \0\"\0W\0\"\0", 20);
  for (const std::string& text : {with_mark, without_mark, std::string("\xFE\xFF\0+", 4)}) {
    std::optional<Diagnostic> problem = problem_of(text);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->message, "this file is saved as UTF-16 (which Notepad and Word call \"Unicode\"), not UTF-8");
    EXPECT_EQ(problem->pos.line, 0) << "about the whole file, with no excerpt of NUL bytes";
    EXPECT_NE(problem->hint.find("save it as UTF-8"), std::string::npos);
  }
}

TEST(TextFile, ANulByteOrInvalidUtf8IsShownWhereItIs) {
  std::optional<Diagnostic> nul = problem_of(std::string("+++\ntitle = \"A\"\n+++\nHe\0llo\n", 24));
  ASSERT_TRUE(nul);
  EXPECT_EQ(nul->message, "this file has a NUL byte here, so it is not a text file");
  EXPECT_EQ(nul->pos.line, 4);
  EXPECT_EQ(nul->pos.column, 3);
  std::optional<Diagnostic> bad = problem_of("ok\n\xFFno\n");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->message, "this file is not valid UTF-8 text");
  EXPECT_EQ(bad->pos.line, 2);
  EXPECT_EQ(bad->hint, "save the file as UTF-8 in your editor");
}

}  // namespace
}  // namespace cdp
