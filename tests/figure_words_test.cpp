#include "format/figure_words.h"

#include <gtest/gtest.h>

#include <optional>

namespace cdp {
namespace {

Observation at(double value, const char* period) {
  Observation observation;
  observation.figure.value = value;
  observation.period.value = *parse_period(period);
  return observation;
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

// ---------------------------------------------------------------------------
// Targets

const Date kBeforeDue{2024, 6, 1};
const Date kAfterDue{2025, 6, 1};

TargetAssessment judge(Observation latest, double target, const char* due, Better better, Unit unit, Date today,
                       std::optional<Observation> baseline = std::nullopt) {
  return assess_target(latest, target, *parse_period(due), better, unit, today, baseline ? &*baseline : nullptr);
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
  EXPECT_EQ(missed.words, "target not met by March 2025");
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
  EXPECT_EQ(compare_with(48.3, 48.0, "England", Unit::kPercent, Better::kHigher, {}, {.percentage_points = 0.2}).comparison,
            Comparison::kBetter);
  EXPECT_EQ(compare_with(108, 100, "England", Unit::kCount, Better::kHigher, {}, {.relative = 0.1}).comparison,
            Comparison::kSimilar);
  EXPECT_EQ(compare_with(5.05, 5.0, "England", Unit::kRatePer100k, Better::kLower, {}, {.relative = 0}).comparison,
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

// Once its deadline has passed, a target's verdict says which deadline it was.
TEST(AssessTarget, AfterTheDeadlineTheWordsNameIt) {
  EXPECT_EQ(judge(at(2100, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kAfterDue).words,
            "target met by March 2025");
  EXPECT_EQ(judge(at(2100, "2023/24"), 2000, "March 2025", Better::kHigher, Unit::kCount, kBeforeDue).words,
            "target met");
}

// A figure is shown with the places it was written with: 58 as 58%, not 58.0%.
Observation written(double value, const char* period, int decimals) {
  Observation observation = at(value, period);
  observation.decimals = decimals;
  return observation;
}

TEST(FiguresAsWritten, KeepTheirPlacesInChangesTargetsAndComparisons) {
  EXPECT_EQ(change_in_words(written(58, "2023/24", 0), written(56, "2022/23", 0), Unit::kPercent),
            "up 2 percentage points from 56% in 2022/23");
  EXPECT_EQ(change_in_words(written(58, "2023/24", 0), written(56.5, "2022/23", 1), Unit::kPercent),
            "up 1.5 percentage points from 56.5% in 2022/23");
  EXPECT_EQ(change_in_words(written(58, "2023/24", 1), written(56, "2022/23", 1), Unit::kPercent),
            "up 2.0 percentage points from 56.0% in 2022/23");
  EXPECT_EQ(judge(written(58, "2023/24", 0), 60, "March 2025", Better::kHigher, Unit::kPercent, kBeforeDue).reason,
            "58% in 2023/24 against a target of 60% by March 2025");
  EXPECT_EQ(compare_with(58, 49, "England", Unit::kPercent, Better::kHigher, {0, 0}).words, "better than England (49%)");
  // Judged as shown: 10.26 and 10.05 written with two places are 2.1% apart (worse);
  // rounded to the unit's one place they would be 10.3 and 10.1, within 2% (similar).
  EXPECT_EQ(compare_with(10.26, 10.05, "England", Unit::kRatePer100k, Better::kLower, {2, 2}).comparison,
            Comparison::kWorse);
  EXPECT_EQ(compare_with(10.26, 10.05, "England", Unit::kRatePer100k, Better::kLower).comparison,
            Comparison::kSimilar);
}

}  // namespace
}  // namespace cdp
