// [[metric.assessment]] in metrics.toml: judgements in words with no figure, and each
// mistake's message.
#include <gtest/gtest.h>

#include "support/metrics_text.h"

namespace cdp {
namespace {

using testing::metrics_from;

TEST(ReadAssessments, ReadsAComparisonAndATrendWithOrWithoutAPeriod) {
  testing::LoadedMetrics loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\n"
      "[[metric.assessment]]\nperiod = \"2022/23\"\ncomparison = \"worse\"\nagainst = \"England\"\n"
      "[[metric.assessment]]\ntrend = \"increasing\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const std::vector<Assessment>& assessments = loaded.partnership.metrics.at("numbers-in-treatment").assessments;
  ASSERT_EQ(assessments.size(), 2u);
  EXPECT_EQ(assessments[0].period.value.display(), "2022/23");
  EXPECT_EQ(assessments[0].comparison.value, Comparison::kWorse);
  EXPECT_EQ(assessments[0].against.value, "England");
  EXPECT_FALSE(assessments[0].trend.present());
  EXPECT_FALSE(assessments[1].period.present());
  EXPECT_EQ(assessments[1].trend.value, Trend::kIncreasing);
}

TEST(ReadAssessments, AMisspeltWordIsAnErrorWithTheClosestSuggested) {
  std::vector<std::string> errors =
      metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n[[metric.assessment]]\ntrend = \"increasng\"\n").errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("content/ws/metrics.toml:4:9:"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("`increasing`"), std::string::npos) << errors[0];
}

TEST(ReadAssessments, AComparisonNeedsItsAreaAndAnAreaItsComparison) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n[[metric.assessment]]\ncomparison = \"worse\"\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:1: `against` is missing here | add it, e.g. "
                                     "against = \"England\""});
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n[[metric.assessment]]\nagainst = \"England\"\n"
                         "trend = \"stable\"\n")
                .errors,
            std::vector<std::string>{"content/ws/metrics.toml:4:11: `against` names an area, but this assessment has "
                                     "no `comparison` with it | add how the figure compares with it, e.g. comparison = "
                                     "\"worse\" (better, similar, worse, higher or lower), or remove `against`"});
}

TEST(ReadAssessments, BetterOrWorseNeedsAMetricWithABetterDirection) {
  testing::LoadedMetrics loaded = metrics_from(
      "[[metric]]\nid = \"drug-offences\"\n[[metric.assessment]]\ncomparison = \"better\"\nagainst = \"England\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{"content/ws/metrics.toml:4:14: the metric \"drug-offences\" has "
                                                    "better = \"neither\", so its figures cannot be \"better\" than "
                                                    "another area's | write comparison = \"higher\", \"similar\" or "
                                                    "\"lower\""});
  EXPECT_TRUE(metrics_from("[[metric]]\nid = \"drug-offences\"\n[[metric.assessment]]\ncomparison = \"higher\"\n"
                           "against = \"England\"\n")
                  .errors.empty());
}

TEST(ReadAssessments, AnAssessmentThatSaysNothingIsAnError) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n[[metric.assessment]]\nperiod = \"2022/23\"\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:1: this assessment says nothing: it has neither a "
                                     "`comparison` nor a `trend` | add one or both, e.g. comparison = \"worse\" with "
                                     "against = \"England\", or trend = \"increasing\""});
}

}  // namespace
}  // namespace cdp
