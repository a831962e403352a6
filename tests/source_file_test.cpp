#include "core/source_file.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

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

// The line index is made when a position is first asked for, perhaps by two threads at
// once (a data file's errors are found while pages render): each gets the same answer.
TEST(SourceFile, ThreadsAskingAtOnceGetTheSamePositions) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + "\n";
  for (int round = 0; round < 20; ++round) {
    SourceFile file("a.md", text);
    std::vector<int> lines(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < lines.size(); ++t) {
      threads.emplace_back([&, t] { lines[t] = file.pos_at_offset(text.size() - 3).line; });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(lines, std::vector<int>(4, 2000));
  }
}

TEST(SourceFile, AMovedFileKeepsItsTextAndLines) {
  SourceFile first("a.md", "one\ntwo\n");
  EXPECT_EQ(first.line_text(2), "two");  // its index made before the move
  SourceFile moved(std::move(first));
  EXPECT_EQ(moved.line_text(2), "two");
  EXPECT_EQ(moved.pos_at_offset(5).line, 2);
  SourceFile assigned("b.md", "x");
  assigned = std::move(moved);
  EXPECT_EQ(assigned.path(), "a.md");
  EXPECT_EQ(assigned.line_count(), 3);
}

}  // namespace
}  // namespace cdp
