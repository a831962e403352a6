// A breakdown as a grouped bar chart: well-formed SVG named by its title, described in
// words, a bar per category and period, categories told apart by pattern as well as
// colour, the same figures as a table, and nothing from the data breaking out.
#include "charts/grouped_chart.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <gtest/gtest.h>

namespace cdp {
namespace {

template <typename T>
Located<T> at(T value) { return Located<T>{std::move(value), {"metrics.toml", 1, 1}}; }

Observation value(const std::string& period, const std::string& category, double figure) {
  Observation observation;
  observation.period = at(*parse_period(period));
  observation.category = at(category);
  observation.figure = at(figure);
  return observation;
}

MetricDefinition treatment() {
  MetricDefinition metric;
  metric.id = "numbers-in-treatment";
  metric.name = at(std::string("Numbers in treatment"));
  metric.unit = at(Unit::kCount);
  metric.better = at(Better::kHigher);
  return metric;
}

Breakdown by_client_group() {
  Breakdown breakdown;
  breakdown.by = at(std::string("client group"));
  breakdown.categories = {at(std::string("opiate")), at(std::string("non-opiate")), at(std::string("alcohol only"))};
  breakdown.values = {value("2022/23", "opiate", 790), value("2022/23", "alcohol only", 400),
                      value("2023/24", "opiate", 812), value("2023/24", "non-opiate", 301),
                      value("2023/24", "alcohol only", 420)};
  return breakdown;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++found;
  return found;
}

std::string root_of(const std::string& svg) {
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> document = parser.parseString(svg);
  return document->documentElement()->localName();
}

TEST(GroupedChart, IsNamedDescribedAndHasABarPerCategoryAndPeriod) {
  Chart chart = make_grouped_chart(treatment(), by_client_group(), std::nullopt, "g1");
  EXPECT_EQ(root_of(chart.svg), "svg");
  EXPECT_NE(chart.svg.find("aria-labelledby=\"g1-title\""), std::string::npos);
  EXPECT_NE(chart.svg.find("<title id=\"g1-title\">Numbers in treatment by client group</title>"), std::string::npos);
  EXPECT_EQ(chart.summary,
            "Numbers in treatment by client group, in 2023/24: opiate 812; non-opiate 301; alcohol only 420. "
            "The chart also shows 1 earlier period, from 2022/23.");
  EXPECT_NE(chart.svg.find("<desc id=\"g1-desc\">" + chart.summary + "</desc>"), std::string::npos);
  EXPECT_EQ(count(chart.svg, "<rect x="), 5u + 3u) << "five bars and a key swatch per category";
  EXPECT_NE(chart.svg.find(">alcohol only</text>"), std::string::npos) << "the key names each category";
}

TEST(GroupedChart, CategoriesDifferInPatternAsWellAsColour) {
  Chart chart = make_grouped_chart(treatment(), by_client_group(), std::nullopt, "g1");
  EXPECT_EQ(count(chart.svg, "<pattern id=\"g1-fill-"), 2u) << "the first is solid, the others patterned";
  EXPECT_NE(chart.svg.find("fill=\"url(#g1-fill-1)\""), std::string::npos);
  EXPECT_NE(chart.svg.find("fill=\"url(#g1-fill-2)\""), std::string::npos);
}

TEST(GroupedChart, TheTableHasAColumnPerCategoryAndSaysWhereThereIsNoFigure) {
  Chart chart = make_grouped_chart(treatment(), by_client_group(), std::nullopt, "g1");
  EXPECT_EQ(chart.columns, (std::vector<std::string>{"Period", "opiate", "non-opiate", "alcohol only"}));
  ASSERT_EQ(chart.rows.size(), 2u);
  EXPECT_EQ(chart.rows[0], (std::vector<std::string>{"2022/23", "790", "No figure", "400"}));
  EXPECT_EQ(chart.caption, "Numbers in treatment by client group: the figures in the chart");
}

TEST(GroupedChart, AsOfLeavesOutLaterPeriods) {
  Chart chart = make_grouped_chart(treatment(), by_client_group(), Date{2023, 10, 1}, "g1");
  ASSERT_EQ(chart.rows.size(), 1u);
  EXPECT_EQ(chart.rows[0][0], "2022/23");
  EXPECT_TRUE(make_grouped_chart(treatment(), by_client_group(), Date{2022, 10, 1}, "g1").svg.empty());
}

TEST(GroupedChart, NothingFromTheDataBreaksOutOfTheSvg) {
  Breakdown breakdown = by_client_group();
  breakdown.categories[0].value = "<script>alert(1)</script>";
  for (Observation& one : breakdown.values) {
    if (one.category.value == "opiate") one.category.value = breakdown.categories[0].value;
  }
  Chart chart = make_grouped_chart(treatment(), breakdown, std::nullopt, "g1");
  EXPECT_EQ(chart.svg.find("<script>"), std::string::npos);
  EXPECT_EQ(root_of(chart.svg), "svg");
}

}  // namespace
}  // namespace cdp
