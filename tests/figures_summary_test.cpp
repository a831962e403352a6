// What an import says it changed: values new, changed (old -> new), now missing, as
// they are shown; indicators with no metric; rows skipped and why.
#include "import/figures_summary.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Observation value_of(const char* period, double figure) {
  Observation value;
  value.period = {*parse_period(period), {"f", 1, 1}};
  value.figure = {figure, {"f", 1, 1}};
  return value;
}

Observation missing_of(const char* period, const char* why) {
  Observation value;
  value.period = {*parse_period(period), {"f", 1, 1}};
  value.missing = {why, {"f", 1, 1}};
  return value;
}

TEST(FiguresSummary, ListsNewChangedAndNowMissingValuesAsShown) {
  MetricDefinition metric;
  metric.id = "deaths";
  metric.unit.value = Unit::kRatePer100k;
  MetricSeries before, now;
  before.id = now.id = "deaths";
  before.values = {value_of("2018 to 2020", 5.7), value_of("2019 to 2021", 6.0), value_of("2020 to 2022", 6.2)};
  now.values = {value_of("2018 to 2020", 5.71), value_of("2019 to 2021", 6.1), value_of("2021 to 2023", 6.4)};
  now.missing = {missing_of("2020 to 2022", "suppressed")};
  FiguresChanges changes = figures_changes({{"deaths", before}}, {{"deaths", now}}, {{"deaths", metric}});
  EXPECT_EQ(changes.added, 1);
  EXPECT_EQ(changes.changed, std::vector<std::string>{"deaths, 2019 to 2021: 6.0 -> 6.1"});
  EXPECT_EQ(changes.missing, std::vector<std::string>{"deaths, 2020 to 2022: 6.2 -> missing (suppressed)"});

  FiguresImport imported;
  imported.series = {{"deaths", now}};
  imported.unmatched = {{90244, "Adults in treatment"}};
  imported.skipped = {{"rows for other areas", 300}};
  imported.rows = 305;
  EXPECT_EQ(figures_summary(imported, changes),
            "Metrics touched (1): deaths\n"
            "  1 values new\n"
            "  1 values changed\n    deaths, 2019 to 2021: 6.0 -> 6.1\n"
            "  1 values now missing\n    deaths, 2020 to 2022: 6.2 -> missing (suppressed)\n"
            "  1 indicators matched to no metric\n"
            "    90244 Adults in treatment (give its metric fingertips_id = 90244 in metrics.toml)\n"
            "  300 rows skipped, of 305\n    300 rows for other areas\n");
}

TEST(FiguresSummary, AFirstImportHasOnlyNewValues) {
  MetricDefinition metric;
  metric.unit.value = Unit::kCount;
  MetricSeries now;
  now.values = {value_of("2022/23", 1814)};
  FiguresChanges changes = figures_changes({}, {{"treatment", now}}, {{"treatment", metric}});
  EXPECT_EQ(changes.added, 1);
  EXPECT_TRUE(changes.changed.empty());
  EXPECT_TRUE(changes.missing.empty());
}

}  // namespace
}  // namespace cdp
