// The Fingertips reader: columns found by name in each header variant Fingertips
// writes, the periods it writes, and each problem at its row and column.
#include "import/fingertips.h"

#include <sstream>

#include <gtest/gtest.h>

namespace cdp {
namespace {

const std::string kHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,"
    "Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,"
    "Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
    "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal,Time period range\n";

struct Read {
  std::vector<FingertipsRow> rows;
  std::string problem;  // "row:column: message | hint", "" when none
};

Read read_all(const std::string& text) {
  std::istringstream in(text);
  FingertipsReader reader(in);
  Read read;
  FingertipsRow row;
  if (reader.read_header()) {
    while (reader.next(row)) read.rows.push_back(row);
  }
  if (const auto& problem = reader.problem()) {
    read.problem = std::to_string(problem->row) + ":" + std::to_string(problem->column) + ": " + problem->message +
                   " | " + problem->hint;
  }
  return read;
}

TEST(Fingertips, ReadsEveryColumnOfARow) {
  Read read = read_all(kHeader +
                       "92432,Deaths from drug misuse,E12000008,South East region,E10000032,West Sussex,County,Persons,"
                       "All ages,,,2020 - 22,4.51,3.9,5.2,3.7,5.4,120,2660000,,Increasing and getting worse,Similar,"
                       "Higher,20200000,,,3y\n");
  ASSERT_EQ(read.problem, "");
  ASSERT_EQ(read.rows.size(), 1u);
  const FingertipsRow& row = read.rows[0];
  EXPECT_EQ(row.row, 2);
  EXPECT_EQ(row.indicator_id, 92432);
  EXPECT_EQ(row.indicator_name, "Deaths from drug misuse");
  EXPECT_EQ(row.parent_code, "E12000008");
  EXPECT_EQ(row.area_code, "E10000032");
  EXPECT_EQ(row.sex, "Persons");
  EXPECT_EQ(row.period.display(), "2020 to 2022");
  EXPECT_EQ(row.value, 4.51);
  EXPECT_EQ(row.lower, 3.9);
  EXPECT_EQ(row.upper, 5.2);
  EXPECT_EQ(row.count, 120);
  EXPECT_EQ(row.denominator, 2660000);
  EXPECT_EQ(row.recent_trend, "Increasing and getting worse");
  EXPECT_EQ(row.compared_to_england, "Similar");
  EXPECT_EQ(row.compared_to_parent, "Higher");
}

TEST(Fingertips, ReadsTheParentComparisonWhateverTheParentIsCalled) {
  for (std::string parent : {"Compared to Region value or percentiles",
                             "Compared to Regions (statistical) value or percentiles", "Compared to percentiles",
                             "Compared to ICB sub-locations value or percentiles"}) {
    std::string header = "Area Code,Time period,Value,Indicator ID," + parent + ",Compared to England value or percentiles\n";
    Read read = read_all(header + "E06000044,2022/23,12,93,Worse,Better\n");
    ASSERT_EQ(read.problem, "") << parent;
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].compared_to_parent, "Worse") << parent;
    EXPECT_EQ(read.rows[0].compared_to_england, "Better") << parent;
  }
}

TEST(Fingertips, ABlankValueIsMissingWithItsNoteNeverZero) {
  Read read = read_all(kHeader + "1,A,,,E06000044,P,UA,Persons,All ages,,,2022/23,,,,,,,,Value suppressed,,,,,,,\n");
  ASSERT_EQ(read.rows.size(), 1u);
  EXPECT_FALSE(read.rows[0].value.has_value());
  EXPECT_EQ(read.rows[0].value_note, "Value suppressed");
}

TEST(Fingertips, ReadsTheByteOrderMarkAndCrlfOfAnExcelSave) {
  Read read = read_all("\xEF\xBB\xBFIndicator ID,Area Code,Time period,Value\r\n93,E06000044,2023 Q1,5\r\n\r\n");
  ASSERT_EQ(read.problem, "");
  ASSERT_EQ(read.rows.size(), 1u);
  EXPECT_EQ(read.rows[0].period.display(), "January to March 2023");
}

TEST(Fingertips, NamesTheColumnsMissing) {
  EXPECT_EQ(read_all("Indicator ID,Area Name,Value\n").problem,
            "1:1: this is not a Fingertips download: it has no column Area Code and Time period | import the CSV "
            "Fingertips downloads (Download > Data), with its first row of column names as it came");
  EXPECT_EQ(read_all("metric,period,value\n").problem,
            "1:1: this is not a Fingertips download: it has no column Indicator ID, Area Code and Time period | it "
            "looks like a spreadsheet with a metric column, which cdpsite cannot import yet; import the Fingertips "
            "download itself (Download > Data)");
  EXPECT_EQ(read_all("").problem, "1:1: the file is empty | download the data again from Fingertips (Download > Data)");
}

TEST(Fingertips, AValueThatIsNotANumberIsAtItsRowAndColumn) {
  Read read = read_all(kHeader + "1,A,,,E06000044,P,UA,Persons,All ages,,,2022/23,12.5%,,,,,,,,,,,,,,\n");
  EXPECT_EQ(read.problem,
            "2:13: the Value \"12.5%\" is not a number | write it as a number with a decimal point and no other "
            "characters (e.g. 45.3), or leave it blank where there is no figure");
}

TEST(Fingertips, APeriodCdpsiteCannotReadIsAtItsRowAndColumn) {
  Read read = read_all("Indicator ID,Area Code,Time period,Value\n1,E06000044,2022/23,1\n1,E06000044,Spring,1\n");
  ASSERT_EQ(read.rows.size(), 1u);
  EXPECT_EQ(read.problem.substr(0, 44), "3:3: cdpsite cannot read the Time period \"Sp");
}

TEST(Fingertips, AnAreaCodeThatIsNotAnOnsCodeIsAtItsRowAndColumn) {
  EXPECT_EQ(read_all("Indicator ID,Area Code,Time period,Value\n1,E0600004,2022/23,1\n").problem,
            "2:2: \"E0600004\" has 8 characters: an ONS code is a capital letter and 8 digits, e.g. E06000044 | "
            "each row's Area Code is the ONS code of its area");
}

TEST(Fingertips, AnIndicatorIdThatIsNotAWholeNumberIsAnError) {
  EXPECT_EQ(read_all("Indicator ID,Area Code,Time period,Value\nabc,E06000044,2022/23,1\n").problem,
            "2:1: the Indicator ID \"abc\" is not a whole number | each row's Indicator ID is the number Fingertips "
            "gives the indicator, e.g. 90244");
}

TEST(FingertipsPeriod, ReadsTheFormsFingertipsWrites) {
  auto shown = [](const char* text) {
    std::string problem;
    std::optional<Period> period = fingertips_period(text, &problem);
    return period ? period->display() : "error: " + problem;
  };
  EXPECT_EQ(shown("2022/23"), "2022/23");
  EXPECT_EQ(shown("2020 - 22"), "2020 to 2022");
  EXPECT_EQ(shown("2023"), "2023");
  EXPECT_EQ(shown("Apr 2023 - Mar 2024"), "April 2023 to March 2024");
  EXPECT_EQ(shown("Jan 2023 - Dec 2023"), "January to December 2023");
  EXPECT_EQ(shown("2023 Q1"), "January to March 2023");
  EXPECT_EQ(shown("2023 Q4"), "October to December 2023");
  EXPECT_EQ(shown("2023/24 Q2"), "July to September 2023 (Q2 2023/24)");
  EXPECT_EQ(shown("2020/21 - 22/23"), "2020/21 to 2022/23");
}

}  // namespace
}  // namespace cdp
