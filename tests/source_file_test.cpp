#include "core/source_file.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(SourceFile, GivesLineAndCharacterColumnOfAnOffset) {
  SourceFile file("a.md", "one\ntwo é three\n");
  SourcePos pos = file.pos_at_offset(std::string("one\ntwo é t").size() - 1);
  EXPECT_EQ(pos.file, "a.md");
  EXPECT_EQ(pos.line, 2);
  EXPECT_EQ(pos.column, 7);  // é is one character, two bytes
}

TEST(SourceFile, LineTextDropsLineEndingsIncludingCrlf) {
  SourceFile file("a.md", "first\r\nsecond\nlast");
  EXPECT_EQ(file.line_text(1), "first");
  EXPECT_EQ(file.line_text(2), "second");
  EXPECT_EQ(file.line_text(3), "last");
  EXPECT_EQ(file.line_text(4), "");
  EXPECT_EQ(file.line_count(), 3);
}

TEST(SourceFile, ConvertsByteColumnsToCharacterColumns) {
  SourceFile file("a.md", "£10 x\n");
  EXPECT_EQ(file.pos_at(1, 6).column, 5);  // 'x' is byte 6, character 5
}

}  // namespace
}  // namespace cdp
