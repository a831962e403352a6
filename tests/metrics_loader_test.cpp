// load_metrics_file on TOML text held in memory, against a small catalogue: figures for
// catalogue metrics, local metrics that define themselves, and each mistake's message.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/metrics_text.h"

namespace cdp {
namespace {

using Loaded = testing::LoadedMetrics;
using testing::metrics_from;

TEST(LoadMetricsFile, ReadsValuesSortedByPeriodWithBaselineTargetAndComparator) {
  Loaded loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [\n"
      "  { period = \"December 2023\", value = 1814, note = \"provisional\" },\n"
      "  { period = \"2021/22\", value = 1600, numerator = 16, denominator = 100 },\n]\n"
      "baseline = { period = \"2021/22\", value = 1600 }\ntarget = { value = 2000, by = \"March 2025\" }\n"
      "notes = \"From NDTMS.\"\n[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2022/23\", value = 290635 } ]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  ASSERT_EQ(series.values.size(), 2u);
  EXPECT_EQ(series.values[0].figure.value, 1600);
  EXPECT_EQ(series.values[0].numerator.value, 16);
  EXPECT_TRUE(series.values[0].numerator.present());
  EXPECT_EQ(series.values[0].denominator.value, 100);
  EXPECT_FALSE(series.values[1].numerator.present());
  EXPECT_EQ(series.values[1].figure.value, 1814);
  EXPECT_EQ(series.values[1].figure.pos.line, 4);
  EXPECT_EQ(series.values[1].note.value, "provisional");
  ASSERT_TRUE(series.baseline);
  EXPECT_EQ(series.baseline->figure.value, 1600);
  ASSERT_EQ(series.targets.size(), 1u);
  EXPECT_EQ(series.targets[0].by.value.display(), "March 2025");
  EXPECT_EQ(series.comparators.at(0).name.value, "England");
  EXPECT_EQ(series.comparators.at(0).values.at(0).figure.value, 290635);
  EXPECT_EQ(series.notes.value, "From NDTMS.");
}

TEST(LoadMetricsFile, SeveralTargetsAsAListOfTables) {
  Loaded loaded = metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n"
                               "[[metric.target]]\nvalue = 1900\nby = \"2024/25\"\n"
                               "[[metric.target]]\nvalue = 2000\nby = \"2025/26\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  EXPECT_EQ(loaded.partnership.metrics.at("numbers-in-treatment").targets.size(), 2u);
}

TEST(LoadMetricsFile, LocalMetricDefinesItselfInTheCatalogue) {
  Loaded loaded = metrics_from("[[metric]]\nid = \"naloxone-kits\"\nname = \"Naloxone kits\"\nunit = \"count\"\n"
                               "better = \"higher\"\nvalues = [ { period = \"2023/24\", value = 950 } ]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricDefinition& local = loaded.data.catalogue.at("naloxone-kits");
  EXPECT_EQ(local.name.value, "Naloxone kits");
  EXPECT_EQ(local.unit.value, Unit::kCount);
  EXPECT_FALSE(local.from_framework);
  EXPECT_EQ(loaded.partnership.metrics.at("naloxone-kits").values.at(0).figure.value, 950);
}

TEST(LoadMetricsFile, ATargetSaysWhoSetIt) {
  Loaded loaded = metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n"
                               "target = { value = 2000, by = \"March 2025\", set_by = \"the Government\" }\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  EXPECT_EQ(loaded.partnership.metrics.at("numbers-in-treatment").targets.at(0).set_by.value, "the Government");
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n"
                         "target = { value = 2000, by = \"March 2025\", set_by = \"\" }\n")
                .errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:54: `set_by` is empty | write it, e.g. set_by = "
                                     "\"the Government\""});
}

TEST(LoadMetricsFile, UnknownMetricSuggestsTheClosestOrALocalDefinition) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatmnt\"\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:2:6: there is no metric with the id "
                                     "\"numbers-in-treatmnt\" | did you mean `numbers-in-treatment`? (to add a local "
                                     "metric, give it a name, unit and better here)"});
}

// One mistake, one message: a blank period is reported as blank, not also as empty.
TEST(LoadMetricsFile, AnEmptyPeriodIsOneMessage) {
  std::vector<std::string> errors =
      metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"\", value = 1 } ]\n").errors;
  ASSERT_EQ(errors.size(), 1u) << errors[1];
  EXPECT_NE(errors[0].find("the period is blank"), std::string::npos) << errors[0];
}

TEST(LoadMetricsFile, LocalMetricCannotRedefineAFrameworkOne) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nname = \"Mine\"\nunit = \"count\"\n"
                         "better = \"higher\"\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:2:6: the metric \"numbers-in-treatment\" is already "
                                     "defined in the outcomes framework that ships with cdpsite | remove name, unit and better here to "
                                     "give values for it, or choose another id for a local metric"});
}

TEST(LoadMetricsFile, IdIsRequired) {
  EXPECT_EQ(metrics_from("[[metric]]\nvalues = []\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:1:1: `id` is missing here | add it, e.g. id = "
                                     "\"numbers-in-treatment\""});
}

TEST(LoadMetricsFile, PeriodGivenTwiceInAnyForm) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [\n { period = \"2022/23\", value = 1 },\n"
                         " { period = \"2022-23\", value = 2 },\n]\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:5:13: the period 2022/23 is given twice in this series "
                                     "| the other is at line 4; keep one of them"});
}

TEST(LoadMetricsFile, MalformedPeriodIsExplained) {
  std::vector<std::string> errors =
      metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"Decmber 2023\", value = 1 } ]\n")
          .errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("content/ws/metrics.toml:3:23: `period` is not a period cdpsite understands: "
                                    "month name not recognised: 'Decmber' (did you mean December?) |"))
      << errors[0];
}

TEST(LoadMetricsFile, ValueNeedsPeriodAndValue) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2022/23\" } ]\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:12: `value` is missing here | add it, e.g. value = 1814 "
                                     "(or missing = \"suppressed\" when it was not published)"});
}

TEST(LoadMetricsFile, UnknownKeyInAValue) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n"
                         "values = [ { period = \"2022/23\", value = 1, nte = \"x\" } ]\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:45: unknown key `nte` in a value | did you mean `note`?"});
}

TEST(LoadMetricsFile, TargetNeedsADate) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\ntarget = { value = 2000 }\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:10: `by` is missing here | add it, e.g. by = "
                                     "\"March 2025\""});
}

TEST(LoadMetricsFile, MetricGivenTwiceInTheFile) {
  EXPECT_EQ(metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\n[[metric]]\nid = \"numbers-in-treatment\"\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:4:6: the metric \"numbers-in-treatment\" is given twice "
                                     "in this file | put all of its values in one [[metric]] block"});
}

// A framework metric's own source and definition in a site's metrics.toml are kept
// for that partnership (not dropped), and where it belongs is the framework's to say.
TEST(LoadMetricsFile, AFrameworkMetricTakesThePartnershipsOwnSourceAndDefinition) {
  Loaded loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\nsource = \"Local provider returns\"\n"
      "definition = \"Adults in structured treatment.\"\nvalues = [ { period = \"2022/23\", value = 1 } ]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  const MetricDefinition& metric = loaded.data.catalogue.at("numbers-in-treatment");
  EXPECT_EQ(source_of(metric, &series), "Local provider returns");
  EXPECT_EQ(definition_of(metric, &series), "Adults in structured treatment.");
  EXPECT_EQ(source_of(metric, nullptr), "");
}

TEST(LoadMetricsFile, AFrameworkMetricsOutcomeCannotBeChangedHere) {
  Loaded loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\noutcome = \"reduce-drug-use\"\n"
      "values = [ { period = \"2022/23\", value = 1 } ]\n");
  EXPECT_EQ(loaded.errors,
            std::vector<std::string>{
                "content/ws/metrics.toml:3:11: `outcome` cannot be changed here: the metric \"numbers-in-treatment\" "
                "is defined in the outcomes framework that ships with cdpsite | remove `outcome`; a partnership may "
                "give its own source, definition and notes for a metric defined elsewhere"});
}

// TOML keeps only the number: the places a figure was written with are read from the
// text, so that 58 shows as 58% and 58.0 as 58.0%.
TEST(LoadMetricsFile, KeepsThePlacesEachFigureWasWrittenWith) {
  Loaded loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2021/22\", value = 58 },\n"
      "  { period = \"2022/23\", value = 58.0 }, { note = \"Café – first\", period = \"2023/24\", value = 4.25 } ]\n"
      "baseline = { period = \"2020/21\", value = 5.50 }\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  ASSERT_EQ(series.values.size(), 3u);
  EXPECT_EQ(series.values[0].decimals, 0);
  EXPECT_EQ(series.values[1].decimals, 1);
  EXPECT_EQ(series.values[2].decimals, 2);
  EXPECT_EQ(series.baseline->decimals, 2);
}

TEST(LoadMetricsFile, AMetricsDecimalsReplaceThePlacesWritten) {
  Loaded loaded = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\ndecimals = 1\nvalues = [ { period = \"2021/22\", value = 58 } ]\n"
      "[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2021/22\", value = 49.25 } ]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  EXPECT_EQ(series.values[0].decimals, 1);
  EXPECT_EQ(series.comparators[0].values[0].decimals, 1);
  Loaded wrong = metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\ndecimals = 9\nvalues = [ { period = \"2021/22\", value = 58 } ]\n");
  ASSERT_EQ(wrong.errors.size(), 1u);
  EXPECT_TRUE(wrong.errors[0].starts_with("content/ws/metrics.toml:3:12: `decimals` is 9; it must be 0 to 6 | give"))
      << wrong.errors[0];
}

}  // namespace
}  // namespace cdp

namespace cdp {
namespace {

TEST(LoadMetricsFile, AValueKeepsItsConfidenceIntervalAndAMissingOneItsReason) {
  testing::LoadedMetrics loaded = testing::metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\nfingertips_id = 90244\nvalues = [\n"
      "  { period = \"2022/23\", value = 45.3, lower = 40.1, upper = 50.2 },\n"
      "  { period = \"2023/24\", missing = \"suppressed\" },\n]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  ASSERT_EQ(series.values.size(), 1u);
  EXPECT_EQ(series.values[0].lower.value, 40.1);
  EXPECT_EQ(series.values[0].upper.value, 50.2);
  ASSERT_EQ(series.missing.size(), 1u);
  EXPECT_EQ(series.missing[0].missing.value, "suppressed");
  EXPECT_FALSE(series.missing[0].figure.present());
  EXPECT_EQ(series.fingertips_id.value, 90244);
}

TEST(LoadMetricsFile, AnIntervalIsWholeAndAValueIsAFigureOrMissingNotBoth) {
  EXPECT_EQ(testing::metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [\n"
                                  "  { period = \"2022/23\", value = 45, lower = 40 },\n"
                                  "  { period = \"2023/24\", value = 45, lower = 50, upper = 40 },\n"
                                  "  { period = \"2024/25\", value = 45, missing = \"suppressed\" },\n"
                                  "  { period = \"2025/26\", missing = \"x\" },\n"
                                  "  { period = \"2025/26\", value = 3 },\n]\n")
                .errors,
            (std::vector<std::string>{
                "content/ws/metrics.toml:4:45: a confidence interval needs both its `lower` and its `upper` limit | "
                "give both, e.g. lower = 40.1, upper = 48.3, or remove this one",
                "content/ws/metrics.toml:5:45: the interval's `lower` limit is above its `upper` limit | swap them: "
                "lower is the smaller figure",
                "content/ws/metrics.toml:6:47: this value has a figure and also says it is `missing` | remove "
                "`missing`, or remove `value` if the figure was not published",
                "content/ws/metrics.toml:8:14: the period 2025/26 is given twice in this series | the other is at "
                "line 7; keep one of them"}));
  EXPECT_EQ(testing::metrics_from("[[metric]]\nid = \"numbers-in-treatment\"\nfingertips_id = 0\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:3:17: a Fingertips indicator id is a whole number above "
                                     "0 | copy the Indicator ID column of the Fingertips download, e.g. "
                                     "fingertips_id = 90244"});
}

}  // namespace
}  // namespace cdp
