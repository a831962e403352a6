// The checks of validate_cdp_data on data built in memory: each rule's message, hint and
// position, and impossible_value_reason for every unit.
#include "model/validate.h"

#include <cmath>

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"

namespace cdp {
namespace {

SourcePos at(int line, int column) { return {"content/ws/metrics.toml", line, column}; }

Period period(const char* text) { return *parse_period(text); }

// "file:line:col: message | hint" for each diagnostic, in order.
std::vector<std::string> messages(const CdpData& data) {
  Diagnostics diagnostics;
  validate_cdp_data(data, diagnostics);
  return testing::diagnostic_texts(diagnostics);
}

MetricDefinition metric(const std::string& id, Unit unit) {
  MetricDefinition definition;
  definition.id = id;
  definition.unit = {unit, at(1, 1)};
  return definition;
}

// One outcome, a percentage and a count metric, and one partnership with no figures.
CdpData clean_data() {
  CdpData data;
  data.outcomes.push_back({"reduce-drug-use", {}, "Reduce drug use", {OutcomeKind::kStrategic, {}}});
  data.catalogue["continuity-of-care"] = metric("continuity-of-care", Unit::kPercent);
  data.catalogue["numbers-in-treatment"] = metric("numbers-in-treatment", Unit::kCount);
  Partnership partnership;
  partnership.slug = {"ws", {}};
  partnership.pos = {"content/ws/partnership.toml", 0, 0};
  data.partnerships.push_back(partnership);
  return data;
}

Observation observation(const char* when, double value, SourcePos pos) {
  Observation o;
  o.period = {period(when), pos};
  o.figure = {value, pos};
  return o;
}

TEST(ImpossibleValueReason, PercentageBetweenZeroAndHundredIsFine) {
  EXPECT_EQ(impossible_value_reason(0, Unit::kPercent), "");
  EXPECT_EQ(impossible_value_reason(100, Unit::kPercent), "");
  EXPECT_EQ(impossible_value_reason(100.5, Unit::kPercent), "a percentage cannot be over 100");
  EXPECT_EQ(impossible_value_reason(-1, Unit::kPercent), "a percentage cannot be negative");
}

TEST(ImpossibleValueReason, CountIsAWholeNumberNotBelowZero) {
  EXPECT_EQ(impossible_value_reason(1814, Unit::kCount), "");
  EXPECT_EQ(impossible_value_reason(-4, Unit::kCount), "a count cannot be negative");
  EXPECT_EQ(impossible_value_reason(2.5, Unit::kCount), "a count must be a whole number");
}

TEST(ImpossibleValueReason, RatesMoneyAndRatiosCannotBeNegative) {
  for (Unit unit : {Unit::kRatePer100k, Unit::kMoney, Unit::kRatio}) {
    EXPECT_EQ(impossible_value_reason(2.5, unit), "");
    EXPECT_EQ(impossible_value_reason(-0.5, unit), "this value cannot be negative");
  }
}

TEST(ImpossibleValueReason, NotANumberIsImpossibleForEveryUnit) {
  EXPECT_EQ(impossible_value_reason(std::nan(""), Unit::kMoney), "this value is not a finite number");
  EXPECT_EQ(impossible_value_reason(INFINITY, Unit::kCount), "this value is not a finite number");
}

TEST(ValidateCdpData, CleanDataHasNoDiagnostics) {
  CdpData data = clean_data();
  data.partnerships[0].metrics["continuity-of-care"].values.push_back(observation("2022/23", 45, at(3, 42)));
  EXPECT_EQ(messages(data), std::vector<std::string>{});
}

TEST(ValidateCdpData, ImpossibleValueNamesTheMetricAndItsUnit) {
  CdpData data = clean_data();
  data.partnerships[0].metrics["continuity-of-care"].values.push_back(observation("2022/23", 104.5, at(3, 42)));
  EXPECT_EQ(messages(data), std::vector<std::string>{
                                "content/ws/metrics.toml:3:42: a percentage cannot be over 100 (continuity-of-care "
                                "is measured in a percentage) | check the figure against its source"});
}

TEST(ValidateCdpData, BaselineTargetAndComparatorValuesAreCheckedToo) {
  CdpData data = clean_data();
  MetricSeries& series = data.partnerships[0].metrics["numbers-in-treatment"];
  series.baseline = observation("2021/22", -1, at(4, 1));
  series.targets.push_back({{-2, at(5, 1)}, {period("2025/26"), at(5, 9)}, {}, {}});
  series.comparators.push_back({{"England", at(6, 1)}, {observation("2022/23", 2.5, at(7, 1))}, {}});
  std::vector<std::string> found = messages(data);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_TRUE(found[0].starts_with("content/ws/metrics.toml:4:1: a count cannot be negative")) << found[0];
  EXPECT_TRUE(found[1].starts_with("content/ws/metrics.toml:5:1: a count cannot be negative")) << found[1];
  EXPECT_TRUE(found[2].starts_with("content/ws/metrics.toml:7:1: a count must be a whole number")) << found[2];
}

TEST(ValidateCdpData, ABreakdownsValuesAreCheckedToo) {
  CdpData data = clean_data();
  Breakdown breakdown;
  breakdown.values.push_back(observation("2022/23", 104.5, at(9, 50)));
  data.partnerships[0].metrics["continuity-of-care"].breakdowns.push_back(breakdown);
  EXPECT_EQ(messages(data), std::vector<std::string>{
                                "content/ws/metrics.toml:9:50: a percentage cannot be over 100 (continuity-of-care "
                                "is measured in a percentage) | check the figure against its source"});
}

TEST(ValidateCdpData, TargetDueBeforeItsBaselineIsReportedAtItsDate) {
  CdpData data = clean_data();
  MetricSeries& series = data.partnerships[0].metrics["numbers-in-treatment"];
  series.baseline = observation("2023/24", 1, at(3, 1));
  series.targets.push_back({{2, at(4, 12)}, {period("2021/22"), at(4, 28)}, {}, {}});
  EXPECT_EQ(messages(data), std::vector<std::string>{
                                "content/ws/metrics.toml:4:28: this target is due by 2021/22, before its baseline "
                                "(2023/24) | a target comes after the baseline it improves on; check both periods"});
}

TEST(ValidateCdpData, TargetInTheBaselinePeriodIsAllowed) {
  CdpData data = clean_data();
  MetricSeries& series = data.partnerships[0].metrics["numbers-in-treatment"];
  series.baseline = observation("2023/24", 1, at(3, 1));
  series.targets.push_back({{2, at(4, 12)}, {period("March 2024"), at(4, 28)}, {}, {}});
  EXPECT_EQ(messages(data), std::vector<std::string>{});
}

TEST(ValidateCdpData, PriorityListingAnUnknownMetricSuggestsTheClosest) {
  CdpData data = clean_data();
  Priority priority;
  priority.number = {3, {"content/ws/priorities.toml", 2, 10}};
  priority.metrics.push_back({"numbers-in-treatmnt", {"content/ws/priorities.toml", 4, 12}});
  data.partnerships[0].priorities.push_back(priority);
  EXPECT_EQ(messages(data), std::vector<std::string>{
                                "content/ws/priorities.toml:4:12: priority 3 lists the metric "
                                "\"numbers-in-treatmnt\", which does not exist | did you mean `numbers-in-treatment`?"});
}

TEST(ValidateCdpData, MetricOfAnUnknownOutcomeSuggestsTheClosest) {
  CdpData data = clean_data();
  data.catalogue["continuity-of-care"].outcome = {"reduce-drug-us", {"content/data/local.toml", 6, 11}};
  EXPECT_EQ(messages(data), std::vector<std::string>{"content/data/local.toml:6:11: the outcome \"reduce-drug-us\" "
                                                     "does not exist | did you mean `reduce-drug-use`?"});
}

TEST(ValidateCdpData, TwoPartnershipsWithOneSlugAreReportedAtTheSecond) {
  CdpData data = clean_data();
  Partnership twin;
  twin.slug = {"ws", {}};
  twin.pos = {"content/other/partnership.toml", 0, 0};
  data.partnerships.push_back(twin);
  EXPECT_EQ(messages(data), std::vector<std::string>{
                                "content/other/partnership.toml:0:0: two partnerships have the slug \"ws\" | the other "
                                "is content/ws/partnership.toml; give one a different `slug`"});
}

TEST(ValidateCdpData, FiguresForAMetricNotInTheCatalogueAreLeftToTheLoader) {
  CdpData data = clean_data();
  data.partnerships[0].metrics["no-such-metric"].values.push_back(observation("2022/23", -5, at(3, 1)));
  EXPECT_EQ(messages(data), std::vector<std::string>{});
}

}  // namespace
}  // namespace cdp
