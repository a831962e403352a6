#include "format/assessment_words.h"

#include "model/assessment.h"

namespace cdp {

namespace {

// " in 2018 to 2020", or "" for an assessment of the metric as a whole.
std::string when(const Assessment& assessment) {
  return assessment.period.present() ? " " + assessment.period.value.with_preposition() : "";
}

// "lower than the South East (better)": the verdict is named when the words do not say it.
AssessmentWords comparison_words(const Assessment& assessment, Better better) {
  Comparison written = assessment.comparison.value;
  Comparison verdict = comparison_verdict(written, better);
  std::string words = std::string(term(written).words) + assessment.against.value;
  if (verdict != written) words += " (" + std::string(term(verdict).toml) + ")";
  return {words + when(assessment), std::string(term(verdict).css_class), true};
}

// "increasing and getting better"; "stable", and any trend of a metric with no better
// direction, judges nothing.
AssessmentWords trend_words(const Assessment& assessment, Better better) {
  std::string words(term(assessment.trend.value).words);
  switch (trend_verdict(assessment.trend.value, better)) {
    case TrendVerdict::kGettingBetter:
      return {words + " and getting better" + when(assessment), std::string(term(Comparison::kBetter).css_class), false};
    case TrendVerdict::kGettingWorse:
      return {words + " and getting worse" + when(assessment), std::string(term(Comparison::kWorse).css_class), false};
    case TrendVerdict::kNoJudgement: break;
  }
  return {words + when(assessment), std::string(term(Comparison::kSimilar).css_class), false};
}

}  // namespace

std::vector<AssessmentWords> assessment_words(const MetricSeries& series, Better better,
                                              const std::optional<Date>& as_of) {
  std::vector<AssessmentWords> all;
  for (const Assessment& assessment : series.assessments) {
    if (as_of && assessment.period.present() && !assessment.period.value.ended_by(*as_of)) continue;
    if (assessment.comparison.present()) all.push_back(comparison_words(assessment, better));
    if (assessment.trend.present()) all.push_back(trend_words(assessment, better));
  }
  return all;
}

}  // namespace cdp
