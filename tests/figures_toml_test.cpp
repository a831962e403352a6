// The imported file, byte for byte: figures with the places their unit is shown with,
// a missing value with its reason, comparators, breakdowns and judgements.
#include "import/figures_toml.h"

#include <gtest/gtest.h>

#include "model/period.h"

namespace cdp {
namespace {

Observation value_of(const char* period, double figure) {
  Observation value;
  value.period = {*parse_period(period), {"f.csv", 2, 1}};
  value.figure = {figure, {"f.csv", 2, 1}};
  return value;
}

TEST(ImportedFiguresToml, WritesTheSeriesAsMetricsTomlWithItsHeader) {
  MetricSeries series;
  series.id = "drug-misuse-deaths";
  Observation latest = value_of("2020 to 2022", 4.5123);
  latest.lower = {3.94, {"f.csv", 2, 1}};
  latest.upper = {5.2, {"f.csv", 2, 1}};
  latest.numerator = {120, {"f.csv", 2, 1}};
  series.values = {value_of("2019 to 2021", 4.06), latest};
  Observation suppressed;
  suppressed.period = {*parse_period("2021 to 2023"), {"f.csv", 3, 1}};
  suppressed.missing = {"Value \"suppressed\"", {"f.csv", 3, 1}};
  series.missing = {suppressed};
  Comparator england;
  england.name = {"England", {"f.csv", 4, 1}};
  england.values = {value_of("2020 to 2022", 5.0)};
  series.comparators = {england};
  Breakdown by_sex;
  by_sex.by = {"sex", {"f.csv", 5, 1}};
  by_sex.categories = {{"Male", {"f.csv", 5, 1}}};
  Observation male = value_of("2020 to 2022", 7.05);
  male.category = {"Male", {"f.csv", 5, 1}};
  by_sex.values = {male};
  series.breakdowns = {by_sex};
  Assessment worse;
  worse.period = {*parse_period("2020 to 2022"), {"f.csv", 2, 1}};
  worse.against = {"England", {"f.csv", 2, 1}};
  worse.comparison = {Comparison::kWorse, {"f.csv", 2, 1}};
  Assessment rising;
  rising.period = worse.period;
  rising.trend = {Trend::kIncreasing, {"f.csv", 2, 1}};
  series.assessments = {worse, rising};
  MetricDefinition metric;
  metric.id = series.id;
  metric.unit.value = Unit::kRatePer100k;
  EXPECT_EQ(imported_figures_toml({{series.id, series}}, {{metric.id, metric}}, "fingertips.csv"),
            "# written by cdpsite import figures from fingertips.csv: edits here are lost\n"
            "# To change a figure, import the file again; to publish another figure for one period, write\n"
            "# it in metrics.toml with replaces_import = true.\n"
            "\n[[metric]]\nid = \"drug-misuse-deaths\"\nvalues = [\n"
            "  { period = \"2019 to 2021\", value = 4.1 },\n"
            "  { period = \"2020 to 2022\", value = 4.5, lower = 3.9, upper = 5.2, numerator = 120 },\n"
            "  { period = \"2021 to 2023\", missing = \"Value \\\"suppressed\\\"\" },\n]\n"
            "\n[[metric.comparator]]\nname = \"England\"\nvalues = [\n"
            "  { period = \"2020 to 2022\", value = 5.0 },\n]\n"
            "\n[[metric.breakdown]]\nby = \"sex\"\ncategories = [\"Male\"]\nvalues = [\n"
            "  { period = \"2020 to 2022\", category = \"Male\", value = 7.1 },\n]\n"
            "\n[[metric.assessment]]\nperiod = \"2020 to 2022\"\nagainst = \"England\"\ncomparison = \"worse\"\n"
            "\n[[metric.assessment]]\nperiod = \"2020 to 2022\"\ntrend = \"increasing\"\n");
}

TEST(ImportedFiguresToml, QuotesTextAsTomlStrings) {
  EXPECT_EQ(toml_quoted("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
  EXPECT_EQ(toml_quoted("line\nbreak\t"), "\"line\\u000Abreak\\u0009\"");
  EXPECT_EQ(toml_quoted("£5 café"), "\"£5 café\"");
}

}  // namespace
}  // namespace cdp
