// The streaming CSV reader: RFC 4180 quoting, every line ending, the byte-order mark,
// records longer than its buffer, and each problem at its row and column.
#include "import/csv_reader.h"

#include <sstream>

#include <gtest/gtest.h>

namespace cdp {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Every record of `text`, and the problem that stopped reading ("" when none).
std::pair<Rows, std::string> read_all(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  Rows rows;
  std::vector<std::string> cells;
  while (reader.next(cells)) rows.push_back(cells);
  std::string problem;
  if (reader.problem()) {
    problem = std::to_string(reader.problem()->row) + ":" + std::to_string(reader.problem()->column) + ": " +
              reader.problem()->message;
  }
  return {rows, problem};
}

TEST(CsvReader, ReadsQuotedCellsWithCommasQuotesAndLineBreaks) {
  auto [rows, problem] = read_all("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\n");
  EXPECT_EQ(problem, "");
  EXPECT_EQ(rows, (Rows{{"a", "b, c", "say \"hi\""}, {"two\nlines", "", "x"}}));
}

TEST(CsvReader, ReadsEveryLineEndingAndSkipsTheByteOrderMark) {
  Rows expected{{"a", "b"}, {"c", "d"}};
  EXPECT_EQ(read_all("a,b\r\nc,d\r\n").first, expected);
  EXPECT_EQ(read_all("a,b\nc,d").first, expected);
  EXPECT_EQ(read_all("a,b\rc,d\r").first, expected);
  EXPECT_EQ(read_all("\xEF\xBB\xBF" "a,b\r\nc,d\r\n").first, expected);
  EXPECT_EQ(read_all("\xEF\xBB" "a,b\n").second, "1:1: this cell is not UTF-8 text");
}

TEST(CsvReader, ABlankLineIsOneEmptyCellAndAnEmptyFileHasNoRecords) {
  EXPECT_EQ(read_all("a\n\nb\n").first, (Rows{{"a"}, {""}, {"b"}}));
  EXPECT_EQ(read_all("").first, Rows{});
  EXPECT_EQ(read_all("\xEF\xBB\xBF").first, Rows{});
}

TEST(CsvReader, ReadsRecordsAcrossItsBuffer) {
  std::string long_cell(200'000, 'x');
  std::string text;
  for (int i = 0; i < 3; ++i) text += "\"" + long_cell + "\"," + std::to_string(i) + "\r\n";
  auto [rows, problem] = read_all(text);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2][0], long_cell);
  EXPECT_EQ(rows[2][1], "2");
}

TEST(CsvReader, SaysWhereAQuoteIsLeftOpen) {
  EXPECT_EQ(read_all("a,b\nc,\"open\n").second, "2:2: a quoted cell is not closed: the file ends inside it");
}

TEST(CsvReader, SaysWhereTextFollowsAClosingQuote) {
  EXPECT_EQ(read_all("a,\"b\"c\n").second, "1:2: there is text after the closing quote of this cell");
}

TEST(CsvReader, SaysWhichCellIsNotUtf8) {
  auto [rows, problem] = read_all("name,value\nCaf\xE9,3\n");
  EXPECT_EQ(rows.size(), 1u);
  EXPECT_EQ(problem, "2:1: this cell is not UTF-8 text");
}

}  // namespace
}  // namespace cdp
