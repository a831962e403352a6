// A Fingertips download turned into a partnership's figures: its own rows, England's
// and its region's, the judgements, the trend, breakdowns, and what is skipped.
#include "import/figures_import.h"

#include <sstream>

#include <gtest/gtest.h>

namespace cdp {
namespace {

const std::string kHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,"
    "Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator,Value note,Recent Trend,"
    "Compared to England value or percentiles,Compared to Region value or percentiles\n";

// A row of kHeader's columns for indicator 92432.
std::string row(const std::string& area, const std::string& period, const std::string& value,
                const std::string& rest = ",,,,,,") {
  std::string parent = area == "E92000001" ? "," : area == "E12000008" ? "E92000001,England" : "E12000008,South East region";
  std::string name = area == "E92000001" ? "England" : area == "E12000008" ? "South East region" : "Area " + area;
  return "92432,Deaths from drug misuse," + parent + "," + area + "," + name + ",UA,Persons,All ages,,," + period + "," +
         value + rest + "\n";
}

struct Imported {
  std::optional<FiguresImport> result;
  CsvProblem problem;
};

Imported import_text(const std::string& text, const MetricDefinition& metric) {
  FiguresTarget target;
  target.area_codes = {"E10000032"};
  target.metrics = {{92432, &metric}};
  target.file = "fingertips.csv";
  Imported imported;
  imported.result = import_fingertips([&] { return std::make_unique<std::istringstream>(text); }, target, imported.problem);
  return imported;
}

MetricDefinition deaths() {
  MetricDefinition metric;
  metric.id = "drug-misuse-deaths";
  metric.unit.value = Unit::kRatePer100k;
  metric.better.value = Better::kLower;
  return metric;
}

TEST(ImportFingertips, OwnRowsAreValuesEnglandAndTheRegionComparators) {
  MetricDefinition metric = deaths();
  Imported imported = import_text(kHeader + row("E92000001", "2020 - 22", "5.2") + row("E12000008", "2020 - 22", "4.8") +
                                      row("E12000006", "2020 - 22", "3.1") +
                                      row("E10000032", "2020 - 22", "4.5", ",3.9,5.2,120,2660000,,,Better,Similar") +
                                      row("E10000032", "2019 - 21", "4.1"),
                                  metric);
  ASSERT_TRUE(imported.result);
  const MetricSeries& series = imported.result->series.at("drug-misuse-deaths");
  ASSERT_EQ(series.values.size(), 2u);
  EXPECT_EQ(series.values[0].period.value.display(), "2019 to 2021");
  EXPECT_EQ(series.values[1].figure.value, 4.5);
  EXPECT_EQ(series.values[1].lower.value, 3.9);
  EXPECT_EQ(series.values[1].upper.value, 5.2);
  EXPECT_EQ(series.values[1].numerator.value, 120);
  EXPECT_EQ(series.values[1].denominator.value, 2660000);
  EXPECT_EQ(series.values[1].figure.pos.line, 5);
  ASSERT_EQ(series.comparators.size(), 2u);
  EXPECT_EQ(series.comparators[0].name.value, "England");
  EXPECT_EQ(series.comparators[0].values.at(0).figure.value, 5.2);
  EXPECT_EQ(series.comparators[1].name.value, "South East region");
  ASSERT_EQ(series.assessments.size(), 2u);
  EXPECT_EQ(series.assessments[0].against.value, "England");
  EXPECT_EQ(series.assessments[0].comparison.value, Comparison::kBetter);
  EXPECT_EQ(series.assessments[1].against.value, "South East region");
  EXPECT_EQ(series.assessments[1].comparison.value, Comparison::kSimilar);
  EXPECT_EQ(imported.result->skipped.at("rows for other areas"), 1);
}

TEST(ImportFingertips, ABlankValueIsMissingWithItsNoteAsTheReason) {
  MetricDefinition metric = deaths();
  Imported imported = import_text(
      kHeader + row("E10000032", "2021 - 23", "", ",,,,,Value suppressed for disclosure control,,,") +
          row("E10000032", "2020 - 22", "", ",,,,,,,,"),
      metric);
  ASSERT_TRUE(imported.result);
  const MetricSeries& series = imported.result->series.at("drug-misuse-deaths");
  EXPECT_TRUE(series.values.empty());
  ASSERT_EQ(series.missing.size(), 2u);
  EXPECT_EQ(series.missing[0].missing.value, "not published");
  EXPECT_EQ(series.missing[1].missing.value, "Value suppressed for disclosure control");
}

TEST(ImportFingertips, TheTrendIsTheLatestRowsAndJudgementsTakeTheMetricsVocabulary) {
  MetricDefinition metric = deaths();
  for (const auto& [written, trend] : std::vector<std::pair<std::string, std::optional<Trend>>>{
           {"Increasing and getting worse", Trend::kIncreasing},
           {"Decreasing and getting better", Trend::kDecreasing},
           {"Decreasing", Trend::kDecreasing},
           {"No significant change", Trend::kStable},
           {"Cannot be calculated", std::nullopt},
           {"Could not be calculated", std::nullopt}}) {
    Imported imported = import_text(kHeader + row("E10000032", "2019 - 21", "4", ",,,,,,Increasing,Not compared,") +
                                        row("E10000032", "2020 - 22", "5", ",,,,,," + written + ",Not compared,"),
                                    metric);
    ASSERT_TRUE(imported.result);
    const std::vector<Assessment>& assessments = imported.result->series.at("drug-misuse-deaths").assessments;
    if (!trend) {
      ASSERT_EQ(assessments.size(), 1u) << written;  // the earlier row's
      EXPECT_EQ(assessments[0].period.value.display(), "2019 to 2021");
      continue;
    }
    ASSERT_EQ(assessments.size(), 1u) << written;
    EXPECT_EQ(assessments[0].trend.value, *trend) << written;
    EXPECT_EQ(assessments[0].period.value.display(), "2020 to 2022");
  }
}

TEST(ImportFingertips, BetterAndWorseAreNotSaidOfAMetricWithNoBetterDirection) {
  MetricDefinition metric = deaths();
  metric.better.value = Better::kNeither;
  Imported imported = import_text(kHeader + row("E10000032", "2020 - 22", "5", ",,,,,,,Worse,Higher"), metric);
  ASSERT_TRUE(imported.result);
  const std::vector<Assessment>& assessments = imported.result->series.at("drug-misuse-deaths").assessments;
  ASSERT_EQ(assessments.size(), 1u);
  EXPECT_EQ(assessments[0].comparison.value, Comparison::kHigher);
}

TEST(ImportFingertips, SexAgeAndCategoryRowsAreBreakdownsNeverTheHeadline) {
  MetricDefinition metric = deaths();
  std::string text = kHeader + row("E10000032", "2020 - 22", "4.5") +
                     "92432,D,E12000008,SE,E10000032,WS,UA,Male,All ages,,,2020 - 22,7.1,,,,,,,,\n"
                     "92432,D,E12000008,SE,E10000032,WS,UA,Persons,18-64 yrs,,,2020 - 22,6.0,,,,,,,,\n"
                     "92432,D,E12000008,SE,E10000032,WS,UA,Persons,All ages,Deprivation deciles,Most deprived,"
                     "2020 - 22,9.9,,,,,,,,\n"
                     "92432,D,E12000008,SE,E10000032,WS,UA,Male,18-64 yrs,,,2020 - 22,8.0,,,,,,,,\n";
  Imported imported = import_text(text, metric);
  ASSERT_TRUE(imported.result);
  const MetricSeries& series = imported.result->series.at("drug-misuse-deaths");
  ASSERT_EQ(series.values.size(), 1u);
  EXPECT_EQ(series.values[0].figure.value, 4.5);
  ASSERT_EQ(series.breakdowns.size(), 3u);
  EXPECT_EQ(series.breakdowns[0].by.value, "sex");
  EXPECT_EQ(series.breakdowns[0].values.at(0).category.value, "Male");
  EXPECT_EQ(series.breakdowns[1].by.value, "age");
  EXPECT_EQ(series.breakdowns[2].by.value, "Deprivation deciles");
  EXPECT_EQ(series.breakdowns[2].categories.at(0).value, "Most deprived");
  EXPECT_EQ(imported.result->skipped.at("rows by both sex and age, or by category for one sex or age only"), 1);
}

TEST(ImportFingertips, TheSameRowUnderTwoAreaTypesCountsOnce) {
  MetricDefinition metric = deaths();
  Imported imported = import_text(kHeader + row("E10000032", "2020 - 22", "4.5") + row("E10000032", "2020 - 22", "4.5"),
                                  metric);
  ASSERT_TRUE(imported.result);
  EXPECT_EQ(imported.result->series.at("drug-misuse-deaths").values.size(), 1u);
  EXPECT_EQ(imported.result->skipped.at("rows repeated under another area type"), 1);
}

TEST(ImportFingertips, TwoRowsGivingDifferentFiguresForOneAreFatal) {
  MetricDefinition metric = deaths();
  Imported imported = import_text(kHeader + row("E10000032", "2020 - 22", "4.5") + row("E10000032", "2020 - 22", "4.6"),
                                  metric);
  EXPECT_FALSE(imported.result);
  EXPECT_EQ(imported.problem.row, 3);
  EXPECT_EQ(imported.problem.message,
            "this row gives other figures than row 2 for the same indicator, area, sex, age, category and period "
            "(2020 - 22)");
}

TEST(ImportFingertips, IndicatorsOfItsAreasWithNoMetricAreListed) {
  MetricDefinition metric = deaths();
  Imported imported = import_text(kHeader + "90244,Adults in treatment,E12000008,SE,E10000032,WS,UA,Persons,18+ yrs,,,"
                                            "2022/23,3000,,,,,,,,\n",
                                  metric);
  ASSERT_TRUE(imported.result);
  EXPECT_TRUE(imported.result->series.empty());
  EXPECT_EQ(imported.result->unmatched, (std::map<int, std::string>{{90244, "Adults in treatment"}}));
}

}  // namespace
}  // namespace cdp
