// A report's judgements with no figure, in words and with a class for their colour.
#include <gtest/gtest.h>

#include "model/period.h"
#include "format/assessment_words.h"

namespace cdp {
namespace {

Assessment comparison(Comparison written, const std::string& area, const std::string& period = "") {
  Assessment assessment;
  assessment.comparison = {written, {"m.toml", 1, 1}};
  assessment.against = {area, {"m.toml", 1, 1}};
  if (!period.empty()) assessment.period = {*parse_period(period, nullptr, DashedYears::kCalendar), {"m.toml", 1, 1}};
  return assessment;
}

Assessment trend(Trend trend) {
  Assessment assessment;
  assessment.trend = {trend, {"m.toml", 1, 1}};
  return assessment;
}

std::vector<std::string> words_of(const std::vector<AssessmentWords>& said) {
  std::vector<std::string> words;
  for (const AssessmentWords& one : said) words.push_back(one.words + " | " + one.css_class);
  return words;
}

TEST(AssessmentWords, ComparisonsNameTheAreaThePeriodAndTheVerdictWhenTheWordsDoNot) {
  MetricSeries series;
  series.assessments = {comparison(Comparison::kWorse, "England", "2018-20"),
                        comparison(Comparison::kLower, "the South East")};
  EXPECT_EQ(words_of(assessment_words(series, Better::kLower, std::nullopt)),
            (std::vector<std::string>{"worse than England in 2018 to 2020 | compare--worse",
                                      "lower than the South East (better) | compare--better"}));
  EXPECT_EQ(words_of(assessment_words(series, Better::kNeither, std::nullopt))[1],
            "lower than the South East | compare--lower");
}

TEST(AssessmentWords, TrendsSayWhetherTheyAreGood) {
  MetricSeries series;
  series.assessments = {trend(Trend::kIncreasing), trend(Trend::kDecreasing), trend(Trend::kStable)};
  EXPECT_EQ(words_of(assessment_words(series, Better::kHigher, std::nullopt)),
            (std::vector<std::string>{"increasing and getting better | compare--better",
                                      "decreasing and getting worse | compare--worse", "stable | compare--similar"}));
  EXPECT_EQ(words_of(assessment_words(series, Better::kNeither, std::nullopt))[0], "increasing | compare--similar");
}

TEST(AssessmentWords, AnAssessmentForALaterPeriodIsNotKnownOnAnEarlierDate) {
  MetricSeries series;
  series.assessments = {comparison(Comparison::kWorse, "England", "2024/25"), trend(Trend::kStable)};
  EXPECT_EQ(words_of(assessment_words(series, Better::kHigher, Date{2024, 10, 1})),
            std::vector<std::string>{"stable | compare--similar"});
  EXPECT_EQ(assessment_words(series, Better::kHigher, Date{2025, 4, 1}).size(), 2u);
}

}  // namespace
}  // namespace cdp
