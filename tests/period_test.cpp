#include "model/period.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

struct Form {
  const char* text;     // as a council writes it
  Date first;           // first day covered
  Date last;            // last day covered
  const char* display;  // in words
  const char* label;    // on a chart axis
};

class PeriodForms : public ::testing::TestWithParam<Form> {};

TEST_P(PeriodForms, ResolveToDatesAndWords) {
  std::string problem;
  std::optional<Period> period = parse_period(GetParam().text, &problem);
  ASSERT_TRUE(period) << GetParam().text << ": " << problem;
  EXPECT_EQ(period->first(), GetParam().first) << GetParam().text;
  EXPECT_EQ(period->last(), GetParam().last) << GetParam().text;
  EXPECT_EQ(period->display(), GetParam().display);
  EXPECT_EQ(period->label(), GetParam().label);
}

INSTANTIATE_TEST_SUITE_P(
    Period, PeriodForms,
    ::testing::Values(
        Form{"December 2023", {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
        Form{"Dec 2023", {2023, 12, 1}, {2023, 12, 31}, "December 2023", "Dec 2023"},
        Form{"sept 2023", {2023, 9, 1}, {2023, 9, 30}, "September 2023", "Sep 2023"},
        Form{"2022/23", {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
        Form{"2022-23", {2022, 4, 1}, {2023, 3, 31}, "2022/23", "2022/23"},
        Form{"1999/00", {1999, 4, 1}, {2000, 3, 31}, "1999/00", "1999/00"},
        Form{"2018-20", {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
        Form{"2018-2020", {2018, 1, 1}, {2020, 12, 31}, "2018 to 2020", "2018-20"},
        Form{"Q3 2023/24", {2023, 10, 1}, {2023, 12, 31}, "Q3 2023/24 (October to December 2023)", "Q3 23/24"},
        Form{"Q4 2023/24", {2024, 1, 1}, {2024, 3, 31}, "Q4 2023/24 (January to March 2024)", "Q4 23/24"},
        Form{"Q1 2024/25", {2024, 4, 1}, {2024, 6, 30}, "Q1 2024/25 (April to June 2024)", "Q1 24/25"},
        Form{"2023", {2023, 1, 1}, {2023, 12, 31}, "2023", "2023"},
        Form{"12 months to May 2023", {2022, 6, 1}, {2023, 5, 31}, "12 months to May 2023", "to May 2023"},
        Form{"3 months to February 2024", {2023, 12, 1}, {2024, 2, 29}, "3 months to February 2024", "to Feb 2024"},
        Form{"March 2022 baseline", {2022, 3, 1}, {2022, 3, 31}, "March 2022", "Mar 2022"},
        Form{"April 2023 to March 2025", {2023, 4, 1}, {2025, 3, 31}, "April 2023 to March 2025", "Apr 2023–Mar 2025"},
        Form{"  2024-03-31 ", {2024, 3, 31}, {2024, 3, 31}, "31 March 2024", "31 March 2024"}));

struct Malformed {
  const char* text;     // what was written
  const char* problem;  // the start of the reason given
};

class PeriodMistakes : public ::testing::TestWithParam<Malformed> {};

TEST_P(PeriodMistakes, AreExplained) {
  std::string problem;
  EXPECT_FALSE(parse_period(GetParam().text, &problem)) << GetParam().text;
  EXPECT_TRUE(problem.starts_with(GetParam().problem)) << problem;
}

INSTANTIATE_TEST_SUITE_P(
    Period, PeriodMistakes,
    ::testing::Values(Malformed{"Decmber 2023", "month name not recognised: 'Decmber' (did you mean December?)"},
                      Malformed{"2022/24", "2022/24 does not span one year; a financial year is written 2022/23"},
                      Malformed{"Q5 2023/24", "Q5 is not a quarter"},
                      Malformed{"2020-18", "2020-2018 ends before it starts"},
                      Malformed{"2023-02-30", "'2023-02-30' is not a real date"},
                      Malformed{"last year", "'last year' is not in a form cdpsite knows. Write a month"},
                      Malformed{"", "'' is not in a form"},
                      Malformed{"March 2025 to April 2023", "the period ends before it starts"},
                      Malformed{"0000", "the years of a period must be between 1 and 9999"},
                      Malformed{"Q4 9999/00", "the years of a period must be between 1 and 9999"}));

TEST(Period, BaselineIsFlagged) {
  EXPECT_TRUE(parse_period("March 2022 baseline")->is_baseline());
  EXPECT_FALSE(parse_period("March 2022")->is_baseline());
}

TEST(Period, OrdersByEndThenStart) {
  Period year = *parse_period("2022/23");
  Period march = *parse_period("March 2023");
  Period december = *parse_period("December 2022");
  EXPECT_LT(december, year);
  EXPECT_LT(year, march);  // same end: the longer period sorts first
  EXPECT_EQ(*parse_period("2022/23"), *parse_period("2022-23"));
}

}  // namespace
}  // namespace cdp
