#include "outputs/csv_row.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(CsvRow, CellsAreQuotedAndFormulasNeutralised) {
  EXPECT_EQ(csv_text_cell("plain"), "plain");
  EXPECT_EQ(csv_text_cell("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_text_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_text_cell("+1"), "'+1");
  EXPECT_EQ(csv_text_cell("-1"), "'-1");
  EXPECT_EQ(csv_text_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_number(1814), "1814");
  EXPECT_EQ(csv_number(48.3), "48.3");
  // The text printf's %.15g gave: the files of sites built before stay the same.
  for (double value : {0.1 + 0.2, 1.0 / 3, 1e15, 1e16, 123456789012345678.0, 2.5e-5, -0.0, -7.25, 1e300}) {
    char expected[64];
    std::snprintf(expected, sizeof expected, "%.15g", value);
    EXPECT_EQ(csv_number(value), expected) << value;
  }
}

TEST(CsvRow, WritesCellsWithCommasAndEndsTheRowWithCrlf) {
  std::string out;
  CsvRow row(out);
  row.text("a, b");
  row.plain("12");
  row.number(Located<double>{});
  row.text("=1+1");
  row.end();
  EXPECT_EQ(out, "\"a, b\",12,,'=1+1\r\n");
}

}  // namespace
}  // namespace cdp
