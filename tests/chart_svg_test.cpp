// What every chart draws the same way: round steps on the value axis, the places its
// labels need, escaped text, and names wrapped to fit under a bar.
#include "charts/chart_svg.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

namespace cdp::chart_svg {
namespace {

// Coordinates were written with printf's %.1f: the same text, ties and signs included.
TEST(ChartSvg, NumbersAreWrittenAsPrintfWroteThem) {
  for (double value : {0.0, -0.0, 0.05, 0.25, 0.35, 1.45, 2.5, -3.75, 12.3456, 1e-7, 99999.95, 1e21, -1e300}) {
    char expected[400];
    std::snprintf(expected, sizeof expected, "%.1f", value);
    EXPECT_EQ(chart_svg::number(value), expected) << value;
  }
}

// The same over a chart's range: every hundredth from -1,000 to 1,000 (ties among
// them), and values drawn at random from zero to a million and beyond.
TEST(ChartSvg, NumbersOverAChartsRangeAreWrittenAsPrintfWroteThem) {
  auto check = [](double value) {
    char expected[400];
    std::snprintf(expected, sizeof expected, "%.1f", value);
    ASSERT_EQ(chart_svg::number(value), expected) << value;
  };
  for (int hundredths = -100000; hundredths <= 100000; ++hundredths) check(hundredths / 100.0);
  std::mt19937_64 random(20261201);
  std::uniform_real_distribution<double> below_a_million(0, 2e6);
  for (int i = 0; i < 200000; ++i) check(below_a_million(random));
  for (double tie : {0.05, 0.15, 0.45, 1.25, 2.35, 999999.95, 1e6 - 0.05, 1e6 + 0.05}) check(tie);
}

TEST(ChartSvg, TheValueAxisStartsAtZeroAndRisesInRoundSteps) {
  EXPECT_DOUBLE_EQ(nice_step(1900), 500);
  EXPECT_DOUBLE_EQ(nice_step(9), 2.5);
  Scale scale = scale_for({812, 301, 117}, Unit::kCount);
  EXPECT_DOUBLE_EQ(scale.low, 0);
  EXPECT_DOUBLE_EQ(scale.high, 1000);
  EXPECT_DOUBLE_EQ(scale.y(0), kPlotBottom);
}

TEST(ChartSvg, LabelsHaveThePlacesTheStepNeeds) {
  EXPECT_EQ(tick_decimals(25), 0);
  EXPECT_EQ(tick_decimals(2.5), 1);
  EXPECT_EQ(tick_label(2.5, Unit::kPercent, 1), "2.5%");
  EXPECT_EQ(tick_label(1000, Unit::kCount, 0), "1,000");
}

TEST(ChartSvg, TextIsEscapedAndNamesWrapToFit) {
  std::string svg;
  text(svg, 1, 2, "<b>&");
  EXPECT_EQ(svg, "<text class=\"chart-text\" x=\"1.0\" y=\"2.0\" text-anchor=\"start\">&lt;b&gt;&amp;</text>\n");
  EXPECT_EQ(wrap("alcohol and non-opiate", 80), (std::vector<std::string>{"alcohol and", "non-opiate"}));
  EXPECT_EQ(text_width("é"), kCharWidth) << "a character, not a byte";
}

}  // namespace
}  // namespace cdp::chart_svg
