#include "model/as_of.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Observation value(const char* period, double figure) {
  Observation observation;
  observation.period.value = *parse_period(period);
  observation.figure.value = figure;
  return observation;
}

TEST(AsOf, LatestValueWhosePeriodHadEndedByThen) {
  std::vector<Observation> values = {value("2021/22", 1600), value("2022/23", 1750), value("December 2023", 1814)};
  EXPECT_EQ(latest_as_of(values, std::nullopt)->figure.value, 1814);
  EXPECT_EQ(latest_as_of(values, Date{2023, 12, 31})->figure.value, 1814);
  EXPECT_EQ(latest_as_of(values, Date{2023, 12, 30})->figure.value, 1750);
  EXPECT_EQ(previous_as_of(values, Date{2023, 12, 30})->figure.value, 1600);
  EXPECT_EQ(latest_as_of(values, Date{2022, 1, 1}), nullptr);
}

TEST(AsOf, TargetsNotYetSetAreLeftOut) {
  MetricSeries series;
  Target first, revised;
  first.value.value = 2000;
  revised.value.value = 2500;
  revised.set_on = {Date{2024, 4, 1}, {"m.toml", 9, 1}};
  series.targets = {first, revised};
  EXPECT_EQ(target_as_of(series, Date{2024, 1, 1})->value.value, 2000);
  EXPECT_EQ(target_as_of(series, Date{2024, 5, 1})->value.value, 2500);
  EXPECT_EQ(target_as_of(series, std::nullopt)->value.value, 2500);
}

TEST(AsOf, ComparatorMatchesThePeriod) {
  Comparator england;
  england.values = {value("2022/23", 290000), value("2023/24", 300000)};
  EXPECT_EQ(comparator_value(england, *parse_period("2022/23"), std::nullopt)->figure.value, 290000);
}

}  // namespace
}  // namespace cdp
