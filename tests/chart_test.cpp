// Charts: well-formed SVG with a title and a text alternative, one marker per figure,
// lines told apart without colour, the target, as_of, bars for a single period, text
// that never overlaps, and nothing from the data that can break out of the SVG.
#include "charts/chart.h"

#include <regex>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <gtest/gtest.h>

namespace cdp {
namespace {

template <typename T>
Located<T> at(T value) { return Located<T>{std::move(value), {"metrics.toml", 1, 1}}; }

Observation figure(const std::string& period, double value) {
  Observation observation;
  observation.period = at(*parse_period(period));
  observation.figure = at(value);
  return observation;
}

MetricDefinition definition(Unit unit, const std::string& name = "Numbers in treatment") {
  MetricDefinition metric;
  metric.id = "numbers-in-treatment";
  metric.name = at(name);
  metric.unit = at(unit);
  metric.better = at(Better::kHigher);
  return metric;
}

MetricSeries series(const std::vector<std::pair<std::string, double>>& values) {
  MetricSeries result;
  result.id = "numbers-in-treatment";
  for (const auto& [period, value] : values) result.values.push_back(figure(period, value));
  return result;
}

Comparator comparator(const std::string& name, const std::vector<std::pair<std::string, double>>& values) {
  Comparator result;
  result.name = at(name);
  for (const auto& [period, value] : values) result.values.push_back(figure(period, value));
  return result;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++found;
  return found;
}

// The SVG parses as XML; returns its root element's name.
std::string parse(const std::string& svg) {
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> document = parser.parseString(svg);
  return document->documentElement()->localName();
}

const std::vector<std::pair<std::string, double>> kThreeYears = {{"2020/21", 1602}, {"2021/22", 1750}, {"2022/23", 1814}};

TEST(Chart, LineChartIsNamedAndDescribedWithAMarkerPerFigure) {
  Chart chart = make_chart(definition(Unit::kCount), series(kThreeYears), "West Sussex", std::nullopt, "c1");
  EXPECT_EQ(parse(chart.svg), "svg");
  EXPECT_NE(chart.svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(chart.svg.find("aria-labelledby=\"c1-title\""), std::string::npos);
  EXPECT_NE(chart.svg.find("<title id=\"c1-title\">Numbers in treatment</title>"), std::string::npos);
  EXPECT_NE(chart.svg.find("<desc id=\"c1-desc\">"), std::string::npos);
  EXPECT_EQ(count(chart.svg, "<circle"), 3u + 1u) << "three figures and the key";
  EXPECT_EQ(chart.summary,
            "Numbers in treatment: West Sussex went up from 1,602 in 2020/21 to 1,814 in 2022/23.");
  EXPECT_NE(chart.svg.find(">2020/21</text>"), std::string::npos);
  EXPECT_NE(chart.svg.find(">Number</text>"), std::string::npos) << "the axis says what is counted";
  ASSERT_EQ(chart.rows.size(), 3u);
  EXPECT_EQ(chart.rows[2], (std::vector<std::string>{"2022/23", "1,814"}));
}

TEST(Chart, ComparatorsDifferInDashAndMarkerAndTheTargetIsALevelLine) {
  MetricSeries data = series(kThreeYears);
  data.comparators.push_back(comparator("England", {{"2021/22", 1500}, {"2022/23", 1700}}));
  data.comparators.push_back(comparator("the South East", {{"2022/23", 1600}}));
  data.targets.push_back({at(2000.0), at(*parse_period("March 2025")), at(Date{2023, 1, 1}), {}});
  Chart chart = make_chart(definition(Unit::kCount), data, "West Sussex", std::nullopt, "c");
  EXPECT_EQ(parse(chart.svg), "svg");
  EXPECT_EQ(count(chart.svg, "<rect"), 2u + 1u) << "England's two squares and the key's";
  EXPECT_EQ(count(chart.svg, "stroke-dasharray=\"6 4\""), 2u) << "England's line and its key";
  EXPECT_EQ(count(chart.svg, "stroke-dasharray=\"2 3\""), 2u) << "the region's";
  EXPECT_EQ(count(chart.svg, "stroke-dasharray=\"10 4\""), 2u) << "the target's";
  EXPECT_NE(chart.svg.find(">Target: 2,000 by March 2025</text>"), std::string::npos);
  EXPECT_NE(chart.summary.find("England: 1,700 in 2022/23. The South East: 1,600 in 2022/23. Target: 2,000 by March 2025."),
            std::string::npos)
      << chart.summary;
  EXPECT_EQ(chart.columns, (std::vector<std::string>{"Period", "West Sussex", "England", "the South East"}));
  EXPECT_EQ(chart.rows[0], (std::vector<std::string>{"2020/21", "1,602", "No figure", "No figure"}));
}

TEST(Chart, AsOfLeavesOutLaterFiguresAndTargetsNotYetSet) {
  MetricSeries data = series(kThreeYears);
  data.targets.push_back({at(2000.0), at(*parse_period("March 2025")), at(Date{2024, 1, 1}), {}});
  Chart chart = make_chart(definition(Unit::kCount), data, "WS", Date{2022, 12, 31}, "c");
  EXPECT_EQ(chart.rows.size(), 2u);
  EXPECT_EQ(chart.svg.find("1,814"), std::string::npos);
  EXPECT_EQ(chart.svg.find("Target"), std::string::npos);
  EXPECT_TRUE(make_chart(definition(Unit::kCount), data, "WS", Date{2020, 1, 1}, "c").svg.empty());
}

TEST(Chart, OnePeriodMakesBarsNamedUnderneath) {
  MetricSeries data = series({{"2018-20", 5.7}});
  data.comparators.push_back(comparator("England", {{"2018-20", 5.0}}));
  Chart chart = make_chart(definition(Unit::kRatePer100k, "Deaths"), data, "Southend", std::nullopt, "c");
  EXPECT_EQ(parse(chart.svg), "svg");
  EXPECT_EQ(count(chart.svg, "<rect"), 2u);
  EXPECT_NE(chart.svg.find(">Southend</text>"), std::string::npos);
  EXPECT_NE(chart.svg.find(">England</text>"), std::string::npos);
  EXPECT_NE(chart.svg.find(">Rate per 100,000</text>"), std::string::npos);
  EXPECT_EQ(chart.summary, "Deaths: Southend had 5.7 per 100,000 in 2018 to 2020. England: 5.0 per 100,000 in 2018 to 2020.");
}

TEST(Chart, NothingFromTheDataBreaksOutOfTheSvg) {
  MetricSeries data = series(kThreeYears);
  data.comparators.push_back(comparator("</text><script>alert(1)</script>", {{"2022/23", 1}}));
  Chart chart = make_chart(definition(Unit::kCount, "<b>\"&'"), data, "<i>area</i>", std::nullopt, "c");
  EXPECT_EQ(parse(chart.svg), "svg");
  EXPECT_EQ(chart.svg.find("<script"), std::string::npos);
  EXPECT_EQ(chart.svg.find("<b>"), std::string::npos);
  EXPECT_EQ(chart.svg.find("<i>"), std::string::npos);
}

TEST(Chart, SameFiguresSameBytes) {
  MetricSeries data = series(kThreeYears);
  EXPECT_EQ(make_chart(definition(Unit::kCount), data, "WS", std::nullopt, "c").svg,
            make_chart(definition(Unit::kCount), data, "WS", std::nullopt, "c").svg);
}

TEST(Chart, OddFiguresStillMakeAWellFormedChart) {
  const std::vector<std::vector<std::pair<std::string, double>>> cases = {
      {{"2021", 7}, {"2022", 7}, {"2023", 7}},          // all equal
      {{"2021", 0}, {"2022", 0}},                       // all zero
      {{"2021", -4.5}, {"2022", 3.25}},                 // negative
      {{"2021", 1.2e9}, {"2022", 2.6e9}},               // huge
      {{"2021", 0.001}, {"2022", 0.004}},               // tiny
  };
  for (Unit unit : {Unit::kCount, Unit::kPercent, Unit::kRatePer100k, Unit::kMoney, Unit::kRatio}) {
    for (const auto& values : cases) {
      Chart chart = make_chart(definition(unit), series(values), "WS", std::nullopt, "c");
      EXPECT_EQ(parse(chart.svg), "svg") << chart.svg;
      EXPECT_EQ(chart.svg.find("nan"), std::string::npos) << chart.svg;
      EXPECT_EQ(chart.svg.find("inf"), std::string::npos) << chart.svg;
    }
  }
}

TEST(Chart, AxisLabelsNeverOverlapAndStayInside) {
  std::vector<std::pair<std::string, double>> months;
  for (int i = 0; i < 24; ++i) {
    months.push_back({month_name(i % 12 + 1) + " " + std::to_string(2022 + i / 12), 100.0 + i});
  }
  Chart chart = make_chart(definition(Unit::kCount), series(months), "WS", std::nullopt, "c");
  std::regex label("<text class=\"chart-text\" x=\"([0-9.]+)\" y=\"230.0\" text-anchor=\"middle\">([^<]*)</text>");
  std::vector<std::pair<double, double>> spans;
  for (auto it = std::sregex_iterator(chart.svg.begin(), chart.svg.end(), label); it != std::sregex_iterator(); ++it) {
    double centre = std::stod((*it)[1]);
    double half = static_cast<double>((*it)[2].length()) * 7.2 / 2;
    spans.push_back({centre - half, centre + half});
  }
  ASSERT_GE(spans.size(), 3u);
  EXPECT_LT(spans.size(), 24u) << "some labels are left out to make room";
  EXPECT_GE(spans.front().first, 0);
  EXPECT_LE(spans.back().second, 400);
  for (std::size_t i = 1; i < spans.size(); ++i) EXPECT_LT(spans[i - 1].second, spans[i].first) << i;
}

TEST(Chart, ValuesForTemplates) {
  Chart chart = make_chart(definition(Unit::kCount), series(kThreeYears), "WS", std::nullopt, "c");
  mustache::Map values = chart_values(chart);
  EXPECT_TRUE(*values.at("has_chart").as_bool());
  EXPECT_EQ((*values.at("columns").as_list()).size(), 1u);
  EXPECT_EQ((*values.at("rows").as_list()).size(), 3u);
  EXPECT_FALSE(*chart_values(Chart{}).at("has_chart").as_bool());
}

}  // namespace
}  // namespace cdp
