#include "model/period.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace cdp {
namespace {

// Parses text that must be a period, failing the test with the reason when it is not.
Period period(const std::string& text) {
  std::string problem;
  std::optional<Period> parsed = parse_period(text, &problem);
  EXPECT_TRUE(parsed) << text << ": " << problem;
  return parsed.value_or(Period());
}

struct Form {
  const char* text;     // as a council writes it
  PeriodKind kind;      // the form it is read as
  Date first;           // first day covered
  Date last;            // last day covered
  const char* display;  // in words
  const char* label;    // on a chart axis
};

void PrintTo(const Form& form, std::ostream* out) { *out << '"' << form.text << '"'; }

class PeriodForms : public ::testing::TestWithParam<Form> {};

TEST_P(PeriodForms, ResolveToDaysAndWords) {
  const Form& form = GetParam();
  Period parsed = period(form.text);
  EXPECT_EQ(parsed.kind(), form.kind);
  EXPECT_EQ(parsed.first(), form.first);
  EXPECT_EQ(parsed.last(), form.last);
  EXPECT_EQ(parsed.display(), form.display);
  EXPECT_EQ(parsed.label(), form.label);
}

// Every display() form reads back as the same days, so text copied from a page works.
TEST_P(PeriodForms, DisplayReadsBackAsTheSameDays) {
  Period parsed = period(GetParam().text);
  Period again = period(parsed.display());
  EXPECT_EQ(again, parsed) << parsed.display();
  EXPECT_EQ(again.first(), parsed.first());
  EXPECT_EQ(again.last(), parsed.last());
}

using K = PeriodKind;

INSTANTIATE_TEST_SUITE_P(
    Months, PeriodForms,
    ::testing::Values(Form{"December 2023", K::kMonth, {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
                      Form{"Dec 2023", K::kMonth, {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
                      Form{"dec. 2023", K::kMonth, {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
                      Form{"DECEMBER 2023", K::kMonth, {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
                      Form{"Sept 2023", K::kMonth, {2023, 9, 1}, {2023, 9, 30}, "September 2023", "Sep 2023"},
                      Form{"February 2024", K::kMonth, {2024, 2, 1}, {2024, 2, 29}, "February 2024", "Feb 2024"},
                      Form{"feb 2023", K::kMonth, {2023, 2, 1}, {2023, 2, 28}, "February 2023", "Feb 2023"},
                      Form{"March 2022 baseline", K::kMonth, {2022, 3, 1}, {2022, 3, 31}, "March 2022 (baseline)",
                           "Mar 2022"},
                      Form{"March 2022 (baseline)", K::kMonth, {2022, 3, 1}, {2022, 3, 31}, "March 2022 (baseline)",
                           "Mar 2022"},
                      Form{"  May 2023 \t", K::kMonth, {2023, 5, 1}, {2023, 5, 31}, "May 2023", "May 2023"},
                      Form{"\xC2\xA0" "December\xC2\xA0" "2023\n", K::kMonth, {2023, 12, 1}, {2023, 12, 31},
                           "December 2023", "Dec 2023"}));

INSTANTIATE_TEST_SUITE_P(
    FinancialYears, PeriodForms,
    ::testing::Values(Form{"2022/23", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"2022-23", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"2022 / 23", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"2022/2023", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"2022-2023", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"FY 2022/23", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
                      Form{"Financial year 2022-23", K::kFinancialYear, {2022, 4, 1}, {2023, 3, 31}, "2022/23",
                           "2022/23"},
                      Form{"1999/00", K::kFinancialYear, {1999, 4, 1}, {2000, 3, 31}, "1999/00", "1999/00"},
                      Form{"2021/22 baseline", K::kFinancialYear, {2021, 4, 1}, {2022, 3, 31}, "2021/22 (baseline)",
                           "2021/22"},
                      Form{"2023/4", K::kFinancialYear, {2023, 4, 1}, {2024, 3, 31}, "2023/24", "2023/24"},
                      Form{"2023-4", K::kFinancialYear, {2023, 4, 1}, {2024, 3, 31}, "2023/24", "2023/24"},
                      Form{"2029/0", K::kFinancialYear, {2029, 4, 1}, {2030, 3, 31}, "2029/30", "2029/30"}));

INSTANTIATE_TEST_SUITE_P(
    SeveralFinancialYears, PeriodForms,
    ::testing::Values(Form{"2022/23 to 2024/25", K::kFinancialYears, {2022, 4, 1}, {2025, 3, 31}, "2022/23 to 2024/25",
                           "2022/23–2024/25"},
                      Form{"2022-23 to 2024-25", K::kFinancialYears, {2022, 4, 1}, {2025, 3, 31},
                           "2022/23 to 2024/25", "2022/23–2024/25"},
                      Form{"2022/23 – 2023/24", K::kFinancialYears, {2022, 4, 1}, {2024, 3, 31},
                           "2022/23 to 2023/24", "2022/23–2023/24"}));

INSTANTIATE_TEST_SUITE_P(
    Quarters, PeriodForms,
    ::testing::Values(Form{"Q3 2023/24", K::kQuarter, {2023, 10, 1}, {2023, 12, 31},
                           "October to December 2023 (Q3 2023/24)", "Q3 23/24"},
                      Form{"Q1 2024-25", K::kQuarter, {2024, 4, 1}, {2024, 6, 30}, "April to June 2024 (Q1 2024/25)",
                           "Q1 24/25"},
                      Form{"q2 2023/2024", K::kQuarter, {2023, 7, 1}, {2023, 9, 30},
                           "July to September 2023 (Q2 2023/24)", "Q2 23/24"},
                      Form{"Q4 2023/24", K::kQuarter, {2024, 1, 1}, {2024, 3, 31}, "January to March 2024 (Q4 2023/24)",
                           "Q4 23/24"},
                      Form{"Quarter 1 of 2023/24", K::kQuarter, {2023, 4, 1}, {2023, 6, 30},
                           "April to June 2023 (Q1 2023/24)", "Q1 23/24"},
                      Form{"2023-24 Q3", K::kQuarter, {2023, 10, 1}, {2023, 12, 31},
                           "October to December 2023 (Q3 2023/24)", "Q3 23/24"},
                      Form{"Q3 2023/4", K::kQuarter, {2023, 10, 1}, {2023, 12, 31},
                           "October to December 2023 (Q3 2023/24)", "Q3 23/24"},
                      Form{"Q4 1999/00", K::kQuarter, {2000, 1, 1}, {2000, 3, 31}, "January to March 2000 (Q4 1999/00)",
                           "Q4 99/00"},
                      Form{"October to December 2023 (Q3 2023/24)", K::kQuarter, {2023, 10, 1}, {2023, 12, 31},
                           "October to December 2023 (Q3 2023/24)", "Q3 23/24"}));

INSTANTIATE_TEST_SUITE_P(
    Years, PeriodForms,
    ::testing::Values(Form{"2023", K::kCalendarYear, {2023, 1, 1}, {2023, 12, 31}, "2023", "2023"},
                      Form{"2018-20", K::kYearSpan, {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
                      Form{"2018-2020", K::kYearSpan, {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
                      Form{"2018 to 2020", K::kYearSpan, {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
                      Form{"2018 – 20", K::kYearSpan, {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
                      Form{"2024-27", K::kYearSpan, {2024, 1, 1}, {2027, 12, 31}, "2024 to 2027", "2024-27"},
                      Form{"2022 to 2023", K::kYearSpan, {2022, 1, 1}, {2023, 12, 31}, "2022 to 2023", "2022-23"},
                      Form{"1998-01", K::kYearSpan, {1998, 1, 1}, {2001, 12, 31}, "1998 to 2001", "1998-2001"}));

INSTANTIATE_TEST_SUITE_P(
    RollingMonths, PeriodForms,
    ::testing::Values(Form{"12 months to May 2023", K::kRollingMonths, {2022, 6, 1}, {2023, 5, 31},
                           "12 months to May 2023", "to May 2023"},
                      Form{"3 months to February 2024", K::kRollingMonths, {2023, 12, 1}, {2024, 2, 29},
                           "3 months to February 2024", "to Feb 2024"},
                      Form{"12 months ending Mar 2024", K::kRollingMonths, {2023, 4, 1}, {2024, 3, 31},
                           "12 months to March 2024", "to Mar 2024"},
                      Form{"1 month to May 2023", K::kRollingMonths, {2023, 5, 1}, {2023, 5, 31},
                           "1 month to May 2023", "to May 2023"},
                      Form{"60 months to December 2023", K::kRollingMonths, {2019, 1, 1}, {2023, 12, 31},
                           "60 months to December 2023", "to Dec 2023"}));

INSTANTIATE_TEST_SUITE_P(
    Ranges, PeriodForms,
    ::testing::Values(Form{"April 2023 to March 2025", K::kRange, {2023, 4, 1}, {2025, 3, 31},
                           "April 2023 to March 2025", "Apr 2023–Mar 2025"},
                      Form{"April 2023 - March 2025", K::kRange, {2023, 4, 1}, {2025, 3, 31},
                           "April 2023 to March 2025", "Apr 2023–Mar 2025"},
                      Form{"Apr 2023 – Mar 2025", K::kRange, {2023, 4, 1}, {2025, 3, 31}, "April 2023 to March 2025",
                           "Apr 2023–Mar 2025"},
                      Form{"April to June 2023", K::kRange, {2023, 4, 1}, {2023, 6, 30}, "April to June 2023",
                           "Apr–Jun 2023"},
                      Form{"October to December 2023", K::kRange, {2023, 10, 1}, {2023, 12, 31},
                           "October to December 2023", "Oct–Dec 2023"},
                      Form{"October to March 2024", K::kRange, {2023, 10, 1}, {2024, 3, 31},
                           "October 2023 to March 2024", "Oct 2023–Mar 2024"},
                      Form{"April 2023 to April 2023", K::kRange, {2023, 4, 1}, {2023, 4, 30}, "April 2023",
                           "Apr 2023"}));

INSTANTIATE_TEST_SUITE_P(
    Days, PeriodForms,
    ::testing::Values(Form{"2024-03-31", K::kDay, {2024, 3, 31}, {2024, 3, 31}, "31 March 2024", "31 Mar 2024"},
                      Form{"  2024-03-31 ", K::kDay, {2024, 3, 31}, {2024, 3, 31}, "31 March 2024", "31 Mar 2024"},
                      Form{"2024-3-1", K::kDay, {2024, 3, 1}, {2024, 3, 1}, "1 March 2024", "1 Mar 2024"},
                      Form{"31 March 2024", K::kDay, {2024, 3, 31}, {2024, 3, 31}, "31 March 2024", "31 Mar 2024"},
                      Form{"29 Feb 2024", K::kDay, {2024, 2, 29}, {2024, 2, 29}, "29 February 2024", "29 Feb 2024"}));

TEST(Period, OrdersByEndThenStart) {
  EXPECT_LT(period("December 2022"), period("2022/23"));
  EXPECT_LT(period("2022/23"), period("March 2023"));      // same end: the longer sorts first
  EXPECT_LT(period("Q4 2022/23"), period("March 2023"));   // same end again
  EXPECT_LT(period("2023"), period("2023-12-31"));
  EXPECT_LT(period("2018-20"), period("2020/21"));
  EXPECT_EQ(period("2022/23"), period("2022-23"));
  EXPECT_EQ(period("2022/23"), period("April 2022 to March 2023"));  // equal days, different forms
  EXPECT_NE(period("2022/23"), period("2022"));

  std::vector<Period> periods = {period("2023/24"), period("Q3 2023/24"), period("December 2023"), period("2018-20"),
                                 period("12 months to May 2023"), period("2023"), period("2024-03-31")};
  std::sort(periods.begin(), periods.end());
  std::vector<std::string> order;
  for (const Period& p : periods) order.push_back(p.label());
  EXPECT_EQ(order, (std::vector<std::string>{"2018-20", "to May 2023", "2023", "Q3 23/24", "Dec 2023", "2023/24",
                                             "31 Mar 2024"}));
}

TEST(Period, EndedByIsTheAsOfRule) {
  Period year = period("2022/23");
  EXPECT_TRUE(year.ended_by({2023, 3, 31}));  // on its last day
  EXPECT_TRUE(year.ended_by({2023, 4, 1}));
  EXPECT_FALSE(year.ended_by({2023, 3, 30}));
  EXPECT_FALSE(year.ended_by({2022, 4, 1}));
}

TEST(Period, PrepositionsForSentences) {
  EXPECT_EQ(period("December 2023").with_preposition(), "in December 2023");
  EXPECT_EQ(period("2022/23").with_preposition(), "in 2022/23");
  EXPECT_EQ(period("Q3 2023/24").with_preposition(), "in October to December 2023 (Q3 2023/24)");
  EXPECT_EQ(period("2018-20").with_preposition(), "in 2018 to 2020");
  EXPECT_EQ(period("12 months to May 2023").with_preposition(), "in the 12 months to May 2023");
  EXPECT_EQ(period("2024-03-31").with_preposition(), "on 31 March 2024");
  EXPECT_EQ(period("April 2023 to March 2025").with_preposition(), "in April 2023 to March 2025");
}

}  // namespace
}  // namespace cdp
