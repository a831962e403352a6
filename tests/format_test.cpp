#include "render/format.h"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace cdp {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

DatedValue at(double value, const char* period) { return {value, *parse_period(period)}; }

// ---------------------------------------------------------------------------
// Numbers

TEST(FormatNumber, ThousandsSeparators) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(999), "999");
  EXPECT_EQ(format_number(1000), "1,000");
  EXPECT_EQ(format_number(1814), "1,814");
  EXPECT_EQ(format_number(1814.0), "1,814");
  EXPECT_EQ(format_number(1234567), "1,234,567");
  EXPECT_EQ(format_number(-4200), "-4,200");
  EXPECT_EQ(format_number(1e15), "1,000,000,000,000,000");
  EXPECT_EQ(format_number(1234567.891, 2), "1,234,567.89");
  EXPECT_TRUE(format_number(DBL_MAX).starts_with("179,769,313,486,231,570,")) << format_number(DBL_MAX);
}

TEST(FormatNumber, DecimalsAsAsked) {
  EXPECT_EQ(format_number(48.3, 1), "48.3");
  EXPECT_EQ(format_number(49, 1), "49.0");
  EXPECT_EQ(format_number(0, 2), "0.00");
  EXPECT_EQ(format_number(1e-7, 2), "0.00");
  EXPECT_EQ(format_number(0.1, 25), "0.10000000000000000000");  // at most 20 places
  EXPECT_EQ(format_number(1.5, -1), "2");                         // fewer than none is none
}

// Halves round away from zero on the decimal as written, not on the binary double
// (0.15 is stored as 0.1499999..., 2.675 as 2.67499999...).
TEST(FormatNumber, HalvesRoundAwayFromZero) {
  EXPECT_EQ(format_number(48.25, 1), "48.3");
  EXPECT_EQ(format_number(0.05, 1), "0.1");
  EXPECT_EQ(format_number(0.15, 1), "0.2");
  EXPECT_EQ(format_number(2.675, 2), "2.68");
  EXPECT_EQ(format_number(1.005, 2), "1.01");
  EXPECT_EQ(format_number(0.5), "1");
  EXPECT_EQ(format_number(1.5), "2");
  EXPECT_EQ(format_number(2.5), "3");
  EXPECT_EQ(format_number(-2.5), "-3");
  EXPECT_EQ(format_number(-0.05, 1), "-0.1");
  EXPECT_EQ(format_number(0.04, 1), "0.0");
}

TEST(FormatNumber, CarriesAcrossTheSeparator) {
  EXPECT_EQ(format_number(999.95, 1), "1,000.0");
  EXPECT_EQ(format_number(9.995, 2), "10.00");
  EXPECT_EQ(format_number(999999.5), "1,000,000");
}

TEST(FormatNumber, NoMinusSignOnZero) {
  EXPECT_EQ(format_number(-0.01, 1), "0.0");
  EXPECT_EQ(format_number(-0.04, 1), "0.0");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(-0.4), "0");
}

TEST(FormatNumber, AsGivenDropsTrailingZeros) {
  EXPECT_EQ(format_number_as_given(1814), "1,814");
  EXPECT_EQ(format_number_as_given(48.30), "48.3");
  EXPECT_EQ(format_number_as_given(0.916), "0.916");
  EXPECT_EQ(format_number_as_given(1.23456), "1.235");
  EXPECT_EQ(format_number_as_given(1.23456, 1), "1.2");
  EXPECT_EQ(format_number_as_given(100), "100");
  EXPECT_EQ(format_number_as_given(2.0004), "2");
  EXPECT_EQ(format_number_as_given(-0.0001), "0");
  EXPECT_EQ(format_number_as_given(-12.5), "-12.5");
}

TEST(FormatNumber, NotANumberIsRejected) {
  EXPECT_THROW(format_number(kNaN), std::invalid_argument);
  EXPECT_THROW(format_number(kInfinity), std::invalid_argument);
  EXPECT_THROW(format_number(-kInfinity, 1), std::invalid_argument);
  EXPECT_THROW(format_number_as_given(kNaN), std::invalid_argument);
  try {
    format_number(kNaN);
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(),
                 "cannot show a figure that is not a finite number (NaN); the data should have been rejected when it "
                 "was loaded");
  }
}

// ---------------------------------------------------------------------------
// Units

TEST(FormatUnits, PercentRateRatio) {
  EXPECT_EQ(format_percent(48.3), "48.3%");
  EXPECT_EQ(format_percent(49), "49.0%");
  EXPECT_EQ(format_percent(0), "0.0%");
  EXPECT_EQ(format_percent(100), "100.0%");
  EXPECT_EQ(format_percent(48.25), "48.3%");
  EXPECT_EQ(format_percent(12.345, 2), "12.35%");
  EXPECT_EQ(format_percent(48.3, 0), "48%");
  EXPECT_EQ(format_rate(12.5), "12.5 per 100,000");
  EXPECT_EQ(format_rate(5), "5.0 per 100,000");
  EXPECT_EQ(format_rate(1234.56), "1,234.6 per 100,000");
  EXPECT_EQ(format_ratio(0.456), "0.46");
  EXPECT_EQ(format_ratio(0.455), "0.46");
  EXPECT_EQ(format_ratio(1.5), "1.50");
  EXPECT_EQ(format_ratio(1.5, 1), "1.5");
}

TEST(FormatUnits, MoneyAsCouncilsWriteIt) {
  EXPECT_EQ(format_money(0), "£0");
  EXPECT_EQ(format_money(450), "£450");
  EXPECT_EQ(format_money(12.5), "£12.50");
  EXPECT_EQ(format_money(0.5), "£0.50");
  EXPECT_EQ(format_money(999.99), "£999.99");
  EXPECT_EQ(format_money(999.995), "£1,000");  // rounds to £1,000.00, and £1,000 or more has no pence
  EXPECT_EQ(format_money(1000.49), "£1,000");
  EXPECT_EQ(format_money(1000.5), "£1,001");
  EXPECT_EQ(format_money(916000), "£916,000");
  EXPECT_EQ(format_money(999999.4), "£999,999");
  EXPECT_EQ(format_money(999999.6), "£1m");
  EXPECT_EQ(format_money(1000000), "£1m");
  EXPECT_EQ(format_money(1040000), "£1.04m");
  EXPECT_EQ(format_money(1050000), "£1.05m");
  EXPECT_EQ(format_money(1650000), "£1.65m");
  EXPECT_EQ(format_money(1699000), "£1.699m");
  EXPECT_EQ(format_money(1700000), "£1.7m");
  EXPECT_EQ(format_money(2000000), "£2m");
  EXPECT_EQ(format_money(12345678), "£12.346m");
  EXPECT_EQ(format_money(999940000), "£999.94m");
  EXPECT_EQ(format_money(999999600), "£1bn");
  EXPECT_EQ(format_money(1200000000), "£1.2bn");
  EXPECT_EQ(format_money(1.5e12), "£1,500bn");
  EXPECT_EQ(format_money(-450), "-£450");
  EXPECT_EQ(format_money(-1700000), "-£1.7m");
  EXPECT_EQ(format_money(-0.001), "£0");
  EXPECT_THROW(format_money(kNaN), std::invalid_argument);
}

TEST(FormatUnits, ValuesInTheirUnits) {
  EXPECT_EQ(format_value(1814, Unit::kCount), "1,814");
  EXPECT_EQ(format_value(12.25, Unit::kCount), "12.3");
  EXPECT_EQ(format_value(0, Unit::kCount), "0");
  EXPECT_EQ(format_value(48.3, Unit::kPercent), "48.3%");
  EXPECT_EQ(format_value(49, Unit::kPercent), "49.0%");
  EXPECT_EQ(format_value(5.7, Unit::kRatePer100k), "5.7 per 100,000");
  EXPECT_EQ(format_value(1700000, Unit::kMoney), "£1.7m");
  EXPECT_EQ(format_value(0.456, Unit::kRatio), "0.46");
  EXPECT_THROW(format_value(kNaN, Unit::kPercent), std::invalid_argument);
}

TEST(FormatUnits, TargetsReadAsWritten) {
  EXPECT_EQ(format_target_value(50, Unit::kPercent), "50%");
  EXPECT_EQ(format_target_value(52.5, Unit::kPercent), "52.5%");
  EXPECT_EQ(format_target_value(52.25, Unit::kPercent), "52.3%");
  EXPECT_EQ(format_target_value(2000, Unit::kCount), "2,000");
  EXPECT_EQ(format_target_value(5, Unit::kRatePer100k), "5 per 100,000");
  EXPECT_EQ(format_target_value(1700000, Unit::kMoney), "£1.7m");
  EXPECT_EQ(format_target_value(0.5, Unit::kRatio), "0.5");
}

TEST(FormatUnits, NamesAndDecimals) {
  EXPECT_EQ(unit_name(Unit::kCount), "a count");
  EXPECT_EQ(unit_name(Unit::kPercent), "a percentage");
  EXPECT_EQ(unit_name(Unit::kRatePer100k), "a rate per 100,000");
  EXPECT_EQ(unit_name(Unit::kMoney), "an amount in pounds");
  EXPECT_EQ(unit_name(Unit::kRatio), "a ratio");
  EXPECT_EQ(default_decimals(Unit::kCount, 12), 0);
  EXPECT_EQ(default_decimals(Unit::kCount, 12.5), 1);
  EXPECT_EQ(default_decimals(Unit::kPercent, 48), 1);
  EXPECT_EQ(default_decimals(Unit::kRatePer100k, 5), 1);
  EXPECT_EQ(default_decimals(Unit::kRatio, 1), 2);
  EXPECT_EQ(default_decimals(Unit::kMoney, 12.5), 0);
}

// ---------------------------------------------------------------------------
// Change

TEST(ChangeInWords, Counts) {
  EXPECT_EQ(change_in_words(at(1814, "December 2023"), at(1750, "December 2022"), Unit::kCount),
            "up 64 (3.7%) from 1,750 in December 2022");
  EXPECT_EQ(change_in_words(at(1700, "December 2023"), at(1750, "December 2022"), Unit::kCount),
            "down 50 (2.9%) from 1,750 in December 2022");
  EXPECT_EQ(change_in_words(at(41, "2023/24"), at(41, "2022/23"), Unit::kCount), "no change from 41 in 2022/23");
  EXPECT_EQ(change_in_words(at(12.5, "2023"), at(10, "2022"), Unit::kCount), "up 2.5 (25.0%) from 10 in 2022");
}

TEST(ChangeInWords, ZeroAndTinyChanges) {
  EXPECT_EQ(change_in_words(at(5, "2023"), at(0, "2022"), Unit::kCount), "up 5 from 0 in 2022");
  EXPECT_EQ(change_in_words(at(0, "2023"), at(5, "2022"), Unit::kCount), "down 5 (100.0%) from 5 in 2022");
  EXPECT_EQ(change_in_words(at(0, "2023"), at(0, "2022"), Unit::kCount), "no change from 0 in 2022");
  EXPECT_EQ(change_in_words(at(1000001, "2023"), at(1000000, "2022"), Unit::kCount),
            "up 1 (less than 0.1%) from 1,000,000 in 2022");
}

TEST(ChangeInWords, PercentagesChangeInPoints) {
  EXPECT_EQ(change_in_words(at(48.3, "2022/23"), at(50.4, "2021/22"), Unit::kPercent),
            "down 2.1 percentage points from 50.4% in 2021/22");
  EXPECT_EQ(change_in_words(at(50.4, "2022/23"), at(48.3, "2021/22"), Unit::kPercent),
            "up 2.1 percentage points from 48.3% in 2021/22");
  // Worked out on the figures as shown: 48.34 and 48.31 both show as 48.3%, and 48.36
  // and 48.24 show as 48.4% and 48.2%, two tenths apart.
  EXPECT_EQ(change_in_words(at(48.34, "2022/23"), at(48.31, "2021/22"), Unit::kPercent),
            "no change from 48.3% in 2021/22");
  EXPECT_EQ(change_in_words(at(48.36, "2022/23"), at(48.24, "2021/22"), Unit::kPercent),
            "up 0.2 percentage points from 48.2% in 2021/22");
}

TEST(ChangeInWords, RatesMoneyAndRatios) {
  EXPECT_EQ(change_in_words(at(6.9, "2021-23"), at(5.7, "2018-20"), Unit::kRatePer100k),
            "up 1.2 per 100,000 (21.1%) from 5.7 per 100,000 in 2018 to 2020");
  EXPECT_EQ(change_in_words(at(1700000, "2023/24"), at(916000, "2022/23"), Unit::kMoney),
            "up £784,000 (85.6%) from £916,000 in 2022/23");
  EXPECT_EQ(change_in_words(at(2500000, "2023/24"), at(1700000, "2022/23"), Unit::kMoney),
            "up £800,000 (47.1%) from £1.7m in 2022/23");
  EXPECT_EQ(change_in_words(at(1700000, "2023/24"), at(1699000, "2022/23"), Unit::kMoney),
            "up £1,000 (0.1%) from £1.699m in 2022/23");
  EXPECT_EQ(change_in_words(at(1.32, "2023/24"), at(1.2, "2022/23"), Unit::kRatio),
            "up 0.12 (10.0%) from 1.20 in 2022/23");
}

TEST(ChangeInWords, ThePreviousPeriodTakesItsPreposition) {
  EXPECT_EQ(change_in_words(at(1814, "2024-06-30"), at(1750, "2024-03-31"), Unit::kCount),
            "up 64 (3.7%) from 1,750 on 31 March 2024");
  EXPECT_EQ(change_in_words(at(1814, "12 months to May 2024"), at(1750, "12 months to May 2023"), Unit::kCount),
            "up 64 (3.7%) from 1,750 in the 12 months to May 2023");
  EXPECT_EQ(change_in_words(at(1814, "Q3 2023/24"), at(1750, "Q2 2023/24"), Unit::kCount),
            "up 64 (3.7%) from 1,750 in July to September 2023 (Q2 2023/24)");
}

TEST(ChangeInWords, NotANumberIsRejected) {
  EXPECT_THROW(change_in_words(at(kNaN, "2023"), at(1, "2022"), Unit::kCount), std::invalid_argument);
  EXPECT_THROW(change_in_words(at(1, "2023"), at(kInfinity, "2022"), Unit::kCount), std::invalid_argument);
}

// ---------------------------------------------------------------------------
// Targets

const Date kBeforeDue{2024, 6, 1};
const Date kAfterDue{2025, 6, 1};

TargetAssessment judge(DatedValue latest, double target, const char* due, Better better, Unit unit, Date today,
                       std::optional<DatedValue> baseline = std::nullopt) {
  return assess_target(latest, target, *parse_period(due), better, unit, today, baseline);
}

TEST(AssessTarget, Met) {
  TargetAssessment met = judge(at(2100, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue);
  EXPECT_EQ(met.status, TargetStatus::kMet);
  EXPECT_EQ(met.words, "target met");
  EXPECT_EQ(met.reason, "2,100 in 2023/24 against a target of 2,000 by March 2025");
  EXPECT_EQ(met.css_class, "status--met");
  EXPECT_EQ(judge(at(2000, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kAfterDue).status,
            TargetStatus::kMet);  // reaching it exactly is meeting it
  TargetAssessment lower = judge(at(4.0, "2023"), 5, "March 2025", Better::kLower, Unit::kRatePer100k, kBeforeDue);
  EXPECT_EQ(lower.status, TargetStatus::kMet);
  EXPECT_EQ(lower.reason, "4.0 per 100,000 in 2023 against a target of 5 per 100,000 by March 2025");
}

TEST(AssessTarget, JudgedOnTheFigureAsShown) {
  // 49.96% shows as 50.0%, so the words must not say it falls short of 50%.
  TargetAssessment shown = judge(at(49.96, "2023/24"), 50, "March 2025", Better::kHigher, Unit::kPercent, kAfterDue);
  EXPECT_EQ(shown.status, TargetStatus::kMet);
  EXPECT_EQ(shown.reason, "50.0% in 2023/24 against a target of 50% by March 2025");
  EXPECT_EQ(judge(at(49.94, "2023/24"), 50, "March 2025", Better::kHigher, Unit::kPercent, kAfterDue).status,
            TargetStatus::kNotMet);
}

TEST(AssessTarget, NotMetOnceTheDueDateHasPassed) {
  TargetAssessment missed = judge(at(1900, "2024/25"), 2000, "March 2025", Better::kHigher, Unit::kCount, kAfterDue);
  EXPECT_EQ(missed.status, TargetStatus::kNotMet);
  EXPECT_EQ(missed.words, "target not met");
  EXPECT_EQ(missed.reason, "1,900 in 2024/25 against a target of 2,000 by March 2025");
  EXPECT_EQ(missed.css_class, "status--not-met");
  // On the last day of the due period there is still time.
  EXPECT_EQ(judge(at(1900, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, {2025, 3, 31}).status,
            TargetStatus::kNotYetMet);
  EXPECT_EQ(judge(at(1900, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, {2025, 4, 1}).status,
            TargetStatus::kNotMet);
}

TEST(AssessTarget, NotYetMetWithoutABaseline) {
  TargetAssessment open = judge(at(48.3, "2023/24"), 50, "March 2025", Better::kHigher, Unit::kPercent, kBeforeDue);
  EXPECT_EQ(open.status, TargetStatus::kNotYetMet);
  EXPECT_EQ(open.words, "not yet met");
  EXPECT_EQ(open.reason, "48.3% in 2023/24 against a target of 50% by March 2025");
  EXPECT_EQ(open.css_class, "status--not-yet-met");
}

// From 1,000 at the end of March 2022 to 2,000 at the end of March 2025 is 1,096 days;
// by the end of March 2024, 731 of them have passed, so a straight line is at 1,667.
TEST(AssessTarget, OnTrackAgainstAStraightLineFromTheBaseline) {
  TargetAssessment ahead = judge(at(1900, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue,
                                 at(1000, "2021/22"));
  EXPECT_EQ(ahead.status, TargetStatus::kOnTrack);
  EXPECT_EQ(ahead.words, "on track");
  EXPECT_EQ(ahead.css_class, "status--on-track");
  EXPECT_EQ(ahead.reason,
            "1,900 in 2023/24 against a target of 2,000 by March 2025 (steady progress from 1,000 in 2021/22 would "
            "mean 1,667 in 2023/24)");
  EXPECT_EQ(judge(at(1667, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue,
                  at(1000, "2021/22"))
                .status,
            TargetStatus::kOnTrack);
  TargetAssessment behind = judge(at(1666, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue,
                                  at(1000, "2021/22"));
  EXPECT_EQ(behind.status, TargetStatus::kNotOnTrack);
  EXPECT_EQ(behind.words, "not on track");
  EXPECT_EQ(behind.css_class, "status--not-on-track");
}

// 40% at the end of March 2022 to 50% at the end of March 2024: 365 of 731 days later
// the line is at 44.99%, shown as 45.0%.
TEST(AssessTarget, OnTrackComparesWithTheLineAsShown) {
  TargetAssessment on_line = judge(at(45.0, "2022/23"), 50, "2023/24", Better::kHigher, Unit::kPercent, {2023, 6, 1},
                                   at(40, "2021/22"));
  EXPECT_EQ(on_line.status, TargetStatus::kOnTrack);
  EXPECT_EQ(on_line.reason,
            "45.0% in 2022/23 against a target of 50% by 2023/24 (steady progress from 40.0% in 2021/22 would mean "
            "45.0% in 2022/23)");
  EXPECT_EQ(judge(at(44.9, "2022/23"), 50, "2023/24", Better::kHigher, Unit::kPercent, {2023, 6, 1}, at(40, "2021/22"))
                .status,
            TargetStatus::kNotOnTrack);
}

// Deaths: lower is better. 6.0 at the end of 2020 to 4.0 at the end of 2024; three of
// four years on, the line is at 4.5.
TEST(AssessTarget, LowerIsBetterWithABaseline) {
  TargetAssessment deaths = judge(at(5.5, "2021-23"), 4, "2024", Better::kLower, Unit::kRatePer100k, kBeforeDue,
                                  at(6.0, "2018-20"));
  EXPECT_EQ(deaths.status, TargetStatus::kNotOnTrack);
  EXPECT_EQ(deaths.reason,
            "5.5 per 100,000 in 2021 to 2023 against a target of 4 per 100,000 by 2024 (steady progress from 6.0 per "
            "100,000 in 2018 to 2020 would mean 4.5 per 100,000 in 2021 to 2023)");
  EXPECT_EQ(judge(at(4.4, "2021-23"), 4, "2024", Better::kLower, Unit::kRatePer100k, kBeforeDue, at(6.0, "2018-20"))
                .status,
            TargetStatus::kOnTrack);
}

TEST(AssessTarget, NoBetterDirectionFollowsTheBaseline) {
  // A target below the baseline aims lower, so 4 meets a target of 5.
  EXPECT_EQ(judge(at(4, "2023/24"), 5, "March 2025", Better::kNeither, Unit::kCount, kBeforeDue, at(10, "2021/22"))
                .status,
            TargetStatus::kMet);
  // A target above it aims higher: 15 is short of the 17 on the line to 20.
  EXPECT_EQ(judge(at(15, "2023/24"), 20, "March 2025", Better::kNeither, Unit::kCount, kBeforeDue, at(10, "2021/22"))
                .status,
            TargetStatus::kNotOnTrack);
  // With no baseline, higher.
  EXPECT_EQ(judge(at(6, "2023/24"), 5, "March 2025", Better::kNeither, Unit::kCount, kBeforeDue).status,
            TargetStatus::kMet);
}

TEST(AssessTarget, OddlyPlacedBaselines) {
  // A baseline after the due date (validation reports it too) has no figure after it.
  EXPECT_EQ(judge(at(1900, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue,
                  at(1000, "2025/26"))
                .status,
            TargetStatus::kNotYetMet);
  // A due date no later than the baseline: the line is already at the target.
  EXPECT_EQ(judge(at(1900, "2023/24"), 2000, "March 2022", Better::kHigher, Unit::kCount, {2022, 3, 31},
                  at(1000, "2021/22"))
                .status,
            TargetStatus::kNotOnTrack);
  // No figure since the baseline: there is no progress to judge yet.
  TargetAssessment at_baseline = judge(at(1000, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount,
                                       kBeforeDue, at(1000, "2023/24"));
  EXPECT_EQ(at_baseline.status, TargetStatus::kNotYetMet);
  EXPECT_EQ(at_baseline.reason, "1,000 in 2023/24 against a target of 2,000 by March 2025");
  EXPECT_EQ(judge(at(900, "2022/23"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue,
                  at(1000, "2023/24"))
                .status,
            TargetStatus::kNotYetMet);
}

TEST(AssessTarget, StatusWordsAndClasses) {
  EXPECT_EQ(target_status_words(TargetStatus::kMet), "target met");
  EXPECT_EQ(target_status_words(TargetStatus::kOnTrack), "on track");
  EXPECT_EQ(target_status_words(TargetStatus::kNotOnTrack), "not on track");
  EXPECT_EQ(target_status_words(TargetStatus::kNotYetMet), "not yet met");
  EXPECT_EQ(target_status_words(TargetStatus::kNotMet), "target not met");
  EXPECT_EQ(target_status_words(TargetStatus::kNoTarget), "no target");
  EXPECT_EQ(target_status_class(TargetStatus::kMet), "status--met");
  EXPECT_EQ(target_status_class(TargetStatus::kOnTrack), "status--on-track");
  EXPECT_EQ(target_status_class(TargetStatus::kNotOnTrack), "status--not-on-track");
  EXPECT_EQ(target_status_class(TargetStatus::kNotYetMet), "status--not-yet-met");
  EXPECT_EQ(target_status_class(TargetStatus::kNotMet), "status--not-met");
  EXPECT_EQ(target_status_class(TargetStatus::kNoTarget), "status--no-target");
  EXPECT_EQ(TargetAssessment().status, TargetStatus::kNoTarget);
}

TEST(AssessTarget, NotANumberIsRejected) {
  EXPECT_THROW(judge(at(kNaN, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue),
               std::invalid_argument);
  EXPECT_THROW(judge(at(1, "2023/24"), kNaN, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue),
               std::invalid_argument);
  EXPECT_THROW(judge(at(1, "2023/24"), 2, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue, at(kNaN, "2022/23")),
               std::invalid_argument);
}

// ---------------------------------------------------------------------------
// Comparison

TEST(CompareWith, UsesTheBetterDirection) {
  ComparisonResult worse = compare_with(5.7, 5.0, "England", Unit::kRatePer100k, Better::kLower);
  EXPECT_EQ(worse.comparison, Comparison::kWorse);
  EXPECT_EQ(worse.words, "worse than England (5.0 per 100,000)");
  EXPECT_EQ(worse.css_class, "compare--worse");
  ComparisonResult better = compare_with(3.0, 5.0, "England", Unit::kRatePer100k, Better::kLower);
  EXPECT_EQ(better.comparison, Comparison::kBetter);
  EXPECT_EQ(better.words, "better than England (5.0 per 100,000)");
  EXPECT_EQ(better.css_class, "compare--better");
  EXPECT_EQ(compare_with(49.0, 40.0, "the South East", Unit::kPercent, Better::kHigher).words,
            "better than the South East (40.0%)");
  EXPECT_EQ(compare_with(40.0, 52.0, "England", Unit::kPercent, Better::kHigher).words, "worse than England (52.0%)");
}

TEST(CompareWith, SimilarWithinHalfAPointForPercentages) {
  ComparisonResult similar = compare_with(48.3, 48.0, "England", Unit::kPercent, Better::kHigher);
  EXPECT_EQ(similar.comparison, Comparison::kSimilar);
  EXPECT_EQ(similar.words, "similar to England (48.0%)");
  EXPECT_EQ(similar.css_class, "compare--similar");
  EXPECT_EQ(compare_with(48.5, 48.0, "England", Unit::kPercent, Better::kHigher).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(48.6, 48.1, "England", Unit::kPercent, Better::kHigher).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(48.6, 48.0, "England", Unit::kPercent, Better::kHigher).comparison, Comparison::kBetter);
  EXPECT_EQ(compare_with(47.4, 48.0, "England", Unit::kPercent, Better::kHigher).comparison, Comparison::kWorse);
  // On the figures as shown: 48.54% shows as 48.5%, half a point above 48.0%.
  EXPECT_EQ(compare_with(48.54, 48.0, "England", Unit::kPercent, Better::kHigher).comparison, Comparison::kSimilar);
}

TEST(CompareWith, SimilarWithinTwoPerCentOtherwise) {
  EXPECT_EQ(compare_with(102, 100, "England", Unit::kCount, Better::kHigher).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(98, 100, "England", Unit::kCount, Better::kHigher).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(103, 100, "England", Unit::kCount, Better::kHigher).comparison, Comparison::kBetter);
  EXPECT_EQ(compare_with(5.1, 5.0, "England", Unit::kRatePer100k, Better::kLower).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(0, 0, "England", Unit::kRatePer100k, Better::kLower).comparison, Comparison::kSimilar);
  EXPECT_EQ(compare_with(1, 0, "England", Unit::kRatePer100k, Better::kLower).comparison, Comparison::kWorse);
}

TEST(CompareWith, ToleranceIsAParameter) {
  EXPECT_EQ(compare_with(48.3, 48.0, "England", Unit::kPercent, Better::kHigher, {.percentage_points = 0.2}).comparison,
            Comparison::kBetter);
  EXPECT_EQ(compare_with(108, 100, "England", Unit::kCount, Better::kHigher, {.relative = 0.1}).comparison,
            Comparison::kSimilar);
  EXPECT_EQ(compare_with(5.05, 5.0, "England", Unit::kRatePer100k, Better::kLower, {.relative = 0}).comparison,
            Comparison::kWorse);  // 5.05 shows as 5.1
}

TEST(CompareWith, NoBetterDirectionSaysHigherOrLower) {
  ComparisonResult higher = compare_with(700, 600, "England", Unit::kCount, Better::kNeither);
  EXPECT_EQ(higher.comparison, Comparison::kHigher);
  EXPECT_EQ(higher.words, "higher than England (600)");
  EXPECT_EQ(higher.css_class, "compare--higher");
  ComparisonResult lower = compare_with(500, 600, "England", Unit::kCount, Better::kNeither);
  EXPECT_EQ(lower.words, "lower than England (600)");
  EXPECT_EQ(lower.css_class, "compare--lower");
  EXPECT_EQ(compare_with(601, 600, "England", Unit::kCount, Better::kNeither).words, "similar to England (600)");
}

TEST(CompareWith, ClassesForEveryVerdict) {
  EXPECT_EQ(comparison_class(Comparison::kBetter), "compare--better");
  EXPECT_EQ(comparison_class(Comparison::kSimilar), "compare--similar");
  EXPECT_EQ(comparison_class(Comparison::kWorse), "compare--worse");
  EXPECT_EQ(comparison_class(Comparison::kHigher), "compare--higher");
  EXPECT_EQ(comparison_class(Comparison::kLower), "compare--lower");
}

TEST(CompareWith, NotANumberIsRejected) {
  EXPECT_THROW(compare_with(kNaN, 1, "England", Unit::kCount, Better::kHigher), std::invalid_argument);
  EXPECT_THROW(compare_with(1, kNaN, "England", Unit::kCount, Better::kHigher), std::invalid_argument);
}

}  // namespace
}  // namespace cdp
