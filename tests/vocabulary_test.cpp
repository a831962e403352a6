#include "model/vocabulary.h"

#include <gtest/gtest.h>

#include "format/figure_words.h"

namespace cdp {
namespace {

TEST(Vocabulary, UnitWords) {
  EXPECT_EQ(term(Unit::kCount).in_words, "a count");
  EXPECT_EQ(term(Unit::kPercent).in_words, "a percentage");
  EXPECT_EQ(term(Unit::kRatePer100k).in_words, "a rate per 100,000");
  EXPECT_EQ(term(Unit::kMoney).in_words, "an amount in pounds");
  EXPECT_EQ(term(Unit::kRatio).in_words, "a ratio");
}

TEST(Vocabulary, TargetStatusWordsAndClasses) {
  EXPECT_EQ(term(TargetStatus::kMet).words, "target met");
  EXPECT_EQ(term(TargetStatus::kOnTrack).words, "on track");
  EXPECT_EQ(term(TargetStatus::kNotOnTrack).words, "not on track");
  EXPECT_EQ(term(TargetStatus::kNotYetMet).words, "not yet met");
  EXPECT_EQ(term(TargetStatus::kNotMet).words, "target not met");
  EXPECT_EQ(term(TargetStatus::kNoTarget).words, "no target");
  EXPECT_EQ(term(TargetStatus::kMet).css_class, "status--met");
  EXPECT_EQ(term(TargetStatus::kOnTrack).css_class, "status--on-track");
  EXPECT_EQ(term(TargetStatus::kNotOnTrack).css_class, "status--not-on-track");
  EXPECT_EQ(term(TargetStatus::kNotYetMet).css_class, "status--not-yet-met");
  EXPECT_EQ(term(TargetStatus::kNotMet).css_class, "status--not-met");
  EXPECT_EQ(term(TargetStatus::kNoTarget).css_class, "status--no-target");
  EXPECT_EQ(TargetAssessment().status, TargetStatus::kNoTarget);
}

TEST(Vocabulary, ComparisonClasses) {
  EXPECT_EQ(term(Comparison::kBetter).css_class, "compare--better");
  EXPECT_EQ(term(Comparison::kSimilar).css_class, "compare--similar");
  EXPECT_EQ(term(Comparison::kWorse).css_class, "compare--worse");
  EXPECT_EQ(term(Comparison::kHigher).css_class, "compare--higher");
  EXPECT_EQ(term(Comparison::kLower).css_class, "compare--lower");
}

TEST(Vocabulary, TomlSpellingsReadBack) {
  std::map<std::string, Unit> units = toml_choices(unit_terms(), &UnitTerm::unit);
  EXPECT_EQ(units.size(), 5u);
  EXPECT_EQ(units.at("rate_per_100k"), Unit::kRatePer100k);
  for (const ActionStatusTerm& row : action_status_terms()) EXPECT_EQ(term(row.status).toml, row.toml);
  EXPECT_EQ(term(DocumentKind::kAnnualReport).plural, "Annual reports");
  EXPECT_EQ(term(NationalPriority::kSupply).words, "Break drug supply chains");
  std::map<std::string, Trend> trends = toml_choices(trend_terms(), &TrendTerm::trend);
  EXPECT_EQ(trends, (std::map<std::string, Trend>{
                        {"decreasing", Trend::kDecreasing}, {"increasing", Trend::kIncreasing}, {"stable", Trend::kStable}}));
  for (const ComparisonTerm& row : comparison_terms()) EXPECT_EQ(term(row.comparison).toml, row.toml);
  EXPECT_EQ(term(Comparison::kLower).toml, "lower");
}

}  // namespace
}  // namespace cdp
