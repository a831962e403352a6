// The rules for a judgement in words: what higher or lower and a trend mean for a
// metric's better direction.
#include <gtest/gtest.h>

#include "model/assessment.h"

namespace cdp {
namespace {

TEST(Assessment, HigherOrLowerIsBetterOrWorseByTheMetricsDirection) {
  EXPECT_EQ(comparison_verdict(Comparison::kHigher, Better::kHigher), Comparison::kBetter);
  EXPECT_EQ(comparison_verdict(Comparison::kHigher, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(comparison_verdict(Comparison::kLower, Better::kLower), Comparison::kBetter);
  EXPECT_EQ(comparison_verdict(Comparison::kLower, Better::kHigher), Comparison::kWorse);
  EXPECT_EQ(comparison_verdict(Comparison::kLower, Better::kNeither), Comparison::kLower);
  EXPECT_EQ(comparison_verdict(Comparison::kSimilar, Better::kHigher), Comparison::kSimilar);
  EXPECT_EQ(comparison_verdict(Comparison::kWorse, Better::kHigher), Comparison::kWorse);
}

TEST(Assessment, BetterAndWorseNeedABetterDirection) {
  EXPECT_FALSE(comparison_fits(Comparison::kBetter, Better::kNeither));
  EXPECT_FALSE(comparison_fits(Comparison::kWorse, Better::kNeither));
  EXPECT_TRUE(comparison_fits(Comparison::kHigher, Better::kNeither));
  EXPECT_TRUE(comparison_fits(Comparison::kSimilar, Better::kNeither));
  EXPECT_TRUE(comparison_fits(Comparison::kWorse, Better::kLower));
}

TEST(Assessment, ATrendIsGettingBetterOnlyInTheBetterDirection) {
  EXPECT_EQ(trend_verdict(Trend::kIncreasing, Better::kHigher), TrendVerdict::kGettingBetter);
  EXPECT_EQ(trend_verdict(Trend::kIncreasing, Better::kLower), TrendVerdict::kGettingWorse);
  EXPECT_EQ(trend_verdict(Trend::kDecreasing, Better::kLower), TrendVerdict::kGettingBetter);
  EXPECT_EQ(trend_verdict(Trend::kDecreasing, Better::kHigher), TrendVerdict::kGettingWorse);
  EXPECT_EQ(trend_verdict(Trend::kStable, Better::kHigher), TrendVerdict::kNoJudgement);
  EXPECT_EQ(trend_verdict(Trend::kIncreasing, Better::kNeither), TrendVerdict::kNoJudgement);
}

}  // namespace
}  // namespace cdp
