#include "model/period.h"

#include <gtest/gtest.h>

#include <string>

namespace cdp {
namespace {

// Parses text that must be a period, failing the test with the reason when it is not.
Period period(const std::string& text) {
  std::string problem;
  std::optional<Period> parsed = parse_period(text, &problem);
  EXPECT_TRUE(parsed) << text << ": " << problem;
  return parsed.value_or(Period());
}

// The reason a text is not a period ("" if it is one).
std::string problem_with(const std::string& text) {
  std::string problem;
  EXPECT_FALSE(parse_period(text, &problem)) << text;
  return problem;
}

struct Mistake {
  const char* text;     // what was written
  std::string problem;  // the whole reason given
};

void PrintTo(const Mistake& mistake, std::ostream* out) { *out << '"' << mistake.text << '"'; }

class PeriodMistakes : public ::testing::TestWithParam<Mistake> {};

TEST_P(PeriodMistakes, AreExplainedExactly) { EXPECT_EQ(problem_with(GetParam().text), GetParam().problem); }

const std::string kQuarters =
    " is not a quarter; a financial year has four: Q1 (April to June), Q2 (July to September), Q3 (October to "
    "December) and Q4 (January to March)";

INSTANTIATE_TEST_SUITE_P(
    NearMisses, PeriodMistakes,
    ::testing::Values(
        Mistake{"Decmber 2023", "month name not recognised: 'Decmber' (did you mean December?)"},
        Mistake{"Febuary 2024", "month name not recognised: 'Febuary' (did you mean February?)"},
        Mistake{"12 months to Mya 2023", "month name not recognised: 'Mya' (did you mean May?)"},
        Mistake{"Aprill 2023 to March 2025", "month name not recognised: 'Aprill' (did you mean April?)"},
        Mistake{"2022/24", "2022/24 spans two years; a financial year is written 2022/23, and financial years as "
                           "2022/23 to 2023/24"},
        Mistake{"2018/20", "2018/20 spans two years; a financial year is written 2018/19, and financial years as "
                           "2018/19 to 2019/20"},
        Mistake{"2022/2025", "2022/2025 spans three years; a financial year is written 2022/23, and financial years "
                             "as 2022/23 to 2024/25"},
        Mistake{"2023/5", "2023/5 spans two years; a financial year is written 2023/24, and financial years as "
                          "2023/24 to 2024/25"},
        Mistake{"2024/25 to 2022/23", "'2024/25 to 2022/23' ends before it starts"},
        Mistake{"2022/23 to 2022/23",
                "'2022/23 to 2022/23' starts and ends in the same year; write one financial year as 2022/23"},
        Mistake{"2022/23 to 2024/26", "2024/26 is not a financial year; a financial year is written 2024/25"},
        Mistake{"2022/22", "2022/22 starts and ends in the same year; a financial year is written 2022/23"},
        Mistake{"2022/21", "2022/21 ends before it starts; a financial year is written 2022/23"},
        Mistake{"Q5 2023/24", "Q5" + kQuarters},
        Mistake{"Q0 2023/24", "Q0" + kQuarters},
        Mistake{"Q5 2023", "Q5" + kQuarters},
        Mistake{"Q3 2023", "'Q3 2023' does not say which financial year the quarter is in: write, for example, Q3 "
                           "2023/24 for October to December 2023"},
        Mistake{"Q3 2023/25", "2023/25 is not a financial year; a financial year is written 2023/24"},
        Mistake{"2020-18", "2020-18 ends before it starts"},
        Mistake{"2020-2018", "2020-2018 ends before it starts"},
        Mistake{"2020 to 2018", "2020 to 2018 ends before it starts"},
        Mistake{"2018-18", "2018-18 starts and ends in the same year; write one year as 2018"},
        Mistake{"2018 to 2018", "2018 to 2018 starts and ends in the same year; write one year as 2018"},
        Mistake{"2024-03", "'2024-03' looks like a month; write it as March 2024"},
        Mistake{"2023-02-30", "'2023-02-30' is not a real date"},
        Mistake{"2023-13-01", "'2023-13-01' is not a real date"},
        Mistake{"30 February 2024", "30 February 2024 is not a real date"},
        Mistake{"31/03/2024", "write the day as 31 March 2024 or 2024-03-31, not '31/03/2024'"},
        Mistake{"2024/03/31", "write the day as 31 March 2024 or 2024-03-31, not '2024/03/31'"},
        Mistake{"1-2-2024", "write the day as 1 February 2024 or 2024-02-01, not '1-2-2024'"},
        Mistake{"45/45/2024", "write the day as 31 March 2024 or 2024-03-31, not '45/45/2024'"},
        Mistake{"December", "December needs a year, as in December 2023"},
        Mistake{"Dec 23", "write the year in full, as in December 2023, not 'Dec 23'"},
        Mistake{"0 months to May 2023",
                "'0 months to May 2023': a rolling period must be between 1 and 60 months long"},
        Mistake{"61 months to May 2023",
                "'61 months to May 2023': a rolling period must be between 1 and 60 months long"},
        Mistake{"March 2025 to April 2023", "'March 2025 to April 2023' ends before it starts"},
        Mistake{"FY 2023", "after FY write a financial year, as in FY 2023/24"},
        Mistake{"October to December 2023 (Q2 2023/24)",
                "'October to December 2023' and 'Q2 2023/24' in brackets are not the same period"},
        Mistake{"0000", "the years of a period must be between 1000 and 9999"},
        Mistake{"Q4 9999/00", "the years of a period must be between 1000 and 9999"},
        Mistake{"12 months to May 1000", "the years of a period must be between 1000 and 9999"},
        Mistake{"0022/23", "the years of a period must be between 1000 and 9999"}));

INSTANTIATE_TEST_SUITE_P(
    Unknown, PeriodMistakes,
    ::testing::Values(Mistake{"", "the period is blank. " + accepted_period_forms()},
                      Mistake{" \t ", "the period is blank. " + accepted_period_forms()},
                      Mistake{"last year", "'last year' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"Foo 2023", "'Foo 2023' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"2023!", "'2023!' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"23", "'23' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"2023 (provisional)",
                              "'provisional' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"baseline", "'baseline' is not in a form cdpsite knows. " + accepted_period_forms()},
                      Mistake{"(Q3 2023/24)", "'(Q3 2023/24)' is not in a form cdpsite knows. " +
                                                  accepted_period_forms()},
                      Mistake{"2023 (Q1) (Q2)", "'2023 (Q1) (Q2)' is not in a form cdpsite knows. " +
                                                    accepted_period_forms()}));

// "2022-25" is calendar years in a metric's figures (pooled statistics), financial
// years in funding (a three-year grant), and a question anywhere else; years that
// follow one another ("2022-23") are a financial year in every field.
TEST(PeriodReader, DashedYearsAreReadAsTheFieldSays) {
  std::optional<Period> calendar = parse_period("2022-25", nullptr, DashedYears::kCalendar);
  ASSERT_TRUE(calendar);
  EXPECT_EQ(calendar->display(), "2022 to 2025");
  std::optional<Period> financial = parse_period("2022-25", nullptr, DashedYears::kFinancial);
  ASSERT_TRUE(financial);
  EXPECT_EQ(financial->kind(), PeriodKind::kFinancialYears);
  EXPECT_EQ(financial->display(), "2022/23 to 2024/25");
  EXPECT_EQ(financial->first(), (Date{2022, 4, 1}));
  EXPECT_EQ(financial->last(), (Date{2025, 3, 31}));
  EXPECT_EQ(parse_period("2022-2025", nullptr, DashedYears::kFinancial)->display(), "2022/23 to 2024/25");
  std::string problem;
  EXPECT_FALSE(parse_period("2022-25", &problem, DashedYears::kAsk));
  EXPECT_EQ(problem,
            "'2022-25' could mean the calendar years 2022 to 2025 or the financial years 2022/23 to 2024/25: write "
            "\"2022 to 2025\" or \"2022/23 to 2024/25\"");
  for (DashedYears dashed : {DashedYears::kCalendar, DashedYears::kFinancial, DashedYears::kAsk}) {
    EXPECT_EQ(parse_period("2022-23", nullptr, dashed)->kind(), PeriodKind::kFinancialYear);
    EXPECT_EQ(parse_period("2022 to 2025", nullptr, dashed)->kind(), PeriodKind::kYearSpan);
    EXPECT_EQ(parse_period("2022/23 to 2024/25", nullptr, dashed)->kind(), PeriodKind::kFinancialYears);
  }
}

TEST(PeriodReader, AcceptedFormsNameEveryFormWithAnExample) {
  EXPECT_EQ(accepted_period_forms(),
            "Write a month (\"December 2023\" or \"Dec 2023\"), a financial year (\"2022/23\" or \"2022-23\"), "
            "financial years (\"2022/23 to 2024/25\"), a quarter of a financial year (\"Q3 2023/24\"), a calendar "
            "year (\"2023\"), calendar years (\"2018-20\" "
            "or \"2018 to 2020\"), a rolling period (\"12 months to May 2023\"), a range of months (\"April 2023 to "
            "March 2025\") or a day (\"31 March 2024\" or \"2024-03-31\"); add \"baseline\" after a baseline's "
            "period (\"March 2022 baseline\").");
  for (const char* example : {"December 2023", "Dec 2023", "2022/23", "2022-23", "2022/23 to 2024/25", "Q3 2023/24", "2023", "2018-20",
                              "2018 to 2020", "12 months to May 2023", "April 2023 to March 2025", "31 March 2024",
                              "2024-03-31", "March 2022 baseline"}) {
    EXPECT_TRUE(parse_period(example)) << example;
  }
}

TEST(PeriodReader, VeryLongTextIsQuotedShort) {
  std::string problem = problem_with(std::string(200, 'x'));
  EXPECT_EQ(problem, "'" + std::string(60, 'x') + "…' is not in a form cdpsite knows. " + accepted_period_forms());
  // A cut never splits a character: 59 bytes of x then a two-byte "£" straddling byte 60.
  problem = problem_with(std::string(59, 'x') + "£" + std::string(100, 'x'));
  EXPECT_TRUE(problem.starts_with("'" + std::string(59, 'x') + "…'")) << problem;
}

// The form display() used before, with the quarter first, is read too.
TEST(PeriodReader, QuarterFirstWithMonthsInBrackets) {
  Period quarter = period("Q3 2023/24 (October to December 2023)");
  EXPECT_EQ(quarter.kind(), PeriodKind::kQuarter);
  EXPECT_EQ(quarter, period("Q3 2023/24"));
}

TEST(PeriodReader, ProblemIsOptional) {
  EXPECT_FALSE(parse_period("Decmber 2023"));
  EXPECT_TRUE(parse_period("December 2023"));
}

TEST(PeriodReader, BaselineIsFlagged) {
  EXPECT_TRUE(period("March 2022 baseline").is_baseline());
  EXPECT_TRUE(period("2021/22 Baseline").is_baseline());
  EXPECT_FALSE(period("March 2022").is_baseline());
  EXPECT_EQ(period("March 2022 baseline"), period("March 2022"));  // the same days
}

}  // namespace
}  // namespace cdp
