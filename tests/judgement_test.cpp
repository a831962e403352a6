// The model's rules for judging figures that are not about words: which value a
// target is judged on. (Verdicts in words are tested in figure_words_test.cpp.)
#include "model/judgement.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Observation at(double value, const char* period) {
  Observation observation;
  observation.period = {*parse_period(period), {"t", 1, 1}};
  observation.figure = {value, {"t", 1, 1}};
  return observation;
}

// A target due by March 2024 is judged on the latest figure by then: a figure for
// December 2024 is news about the metric, not about that target.
TEST(ValueForTarget, IsTheLatestValueByTheDeadline) {
  std::vector<Observation> values = {at(1700, "2022/23"), at(1750, "2023/24"), at(1900, "December 2024")};
  const Observation* judged = value_for_target(values, *parse_period("March 2024"), std::nullopt);
  ASSERT_NE(judged, nullptr);
  EXPECT_EQ(judged->figure.value, 1750);
  EXPECT_EQ(value_for_target(values, *parse_period("March 2025"), std::nullopt)->figure.value, 1900);
  // As of a date before the deadline, only what was known then counts.
  EXPECT_EQ(value_for_target(values, *parse_period("March 2025"), Date{2024, 1, 1})->figure.value, 1700);
  EXPECT_EQ(value_for_target(values, *parse_period("March 2022"), std::nullopt), nullptr);
}

}  // namespace
}  // namespace cdp
