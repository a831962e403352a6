#include "render/format.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

DatedValue at(double value, const char* period) { return {value, *parse_period(period)}; }

TEST(Format, NumbersGetThousandsSeparators) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(999), "999");
  EXPECT_EQ(format_number(1814), "1,814");
  EXPECT_EQ(format_number(1234567), "1,234,567");
  EXPECT_EQ(format_number(-4200), "-4,200");
  EXPECT_EQ(format_number(48.25, 1), "48.3");
  EXPECT_EQ(format_number(0.05, 1), "0.1");
  EXPECT_EQ(format_number(-0.01, 1), "0.0");
}

TEST(Format, ValuesInTheirUnits) {
  EXPECT_EQ(format_value(1814, Unit::kCount), "1,814");
  EXPECT_EQ(format_value(48.3, Unit::kPercent), "48.3%");
  EXPECT_EQ(format_value(49, Unit::kPercent), "49.0%");
  EXPECT_EQ(format_value(5.7, Unit::kRatePer100k), "5.7 per 100,000");
  EXPECT_EQ(format_value(0.456, Unit::kRatio), "0.46");
}

TEST(Format, MoneyAsCouncilsWriteIt) {
  EXPECT_EQ(format_money(916000), "£916,000");
  EXPECT_EQ(format_money(1700000), "£1.7m");
  EXPECT_EQ(format_money(1699000), "£1.7m");
  EXPECT_EQ(format_money(2000000), "£2m");
  EXPECT_EQ(format_money(1200000000), "£1.2bn");
  EXPECT_EQ(format_money(450), "£450");
  EXPECT_EQ(format_money(12.5), "£12.50");
}

TEST(Format, ChangeInWords) {
  EXPECT_EQ(change_in_words(at(1814, "December 2023"), at(1750, "December 2022"), Unit::kCount),
            "up 64 (3.7%) from 1,750 in December 2022");
  EXPECT_EQ(change_in_words(at(48.3, "2022/23"), at(50.4, "2021/22"), Unit::kPercent),
            "down 2.1 percentage points from 50.4% in 2021/22");
  EXPECT_EQ(change_in_words(at(41, "2023/24"), at(41, "2022/23"), Unit::kCount), "no change from 41 in 2022/23");
  EXPECT_EQ(change_in_words(at(6.9, "2021-23"), at(5.7, "2018-20"), Unit::kRatePer100k),
            "up 1.2 per 100,000 (21.1%) from 5.7 per 100,000 in 2018 to 2020");
  EXPECT_EQ(change_in_words(at(1700000, "2023/24"), at(916000, "2022/23"), Unit::kMoney),
            "up £784,000 (85.6%) from £916,000 in 2022/23");
  EXPECT_EQ(change_in_words(at(5, "2023"), at(0, "2022"), Unit::kCount), "up 5 from 0 in 2022");
}

TEST(Format, TargetMetOnTrackAndNot) {
  Period due = *parse_period("March 2025");
  Date before{2024, 6, 1}, after{2025, 6, 1};
  EXPECT_EQ(assess_target(at(2100, "2023/24"), 2000, due, Better::kHigher, Unit::kCount, before, {}).words, "target met");
  EXPECT_EQ(assess_target(at(1900, "2023/24"), 2000, due, Better::kHigher, Unit::kCount, after, {}).words,
            "target not met");
  auto on_track = assess_target(at(1900, "2023/24"), 2000, due, Better::kHigher, Unit::kCount, before,
                                at(1000, "2021/22"));
  EXPECT_EQ(on_track.words, "on track");
  EXPECT_EQ(on_track.css_class, "status--on-track");
  EXPECT_EQ(on_track.reason, "1,900 in 2023/24 against a target of 2,000 by March 2025");
  EXPECT_EQ(assess_target(at(1100, "2023/24"), 2000, due, Better::kHigher, Unit::kCount, before, at(1000, "2021/22")).words,
            "not on track");
  EXPECT_EQ(assess_target(at(4.0, "2023"), 5.0, due, Better::kLower, Unit::kRatePer100k, before, {}).words, "target met");
}

TEST(Format, ComparisonUsesTheBetterDirection) {
  EXPECT_EQ(compare_with(5.7, 5.0, "England", Unit::kRatePer100k, Better::kLower).words,
            "worse than England (5.0 per 100,000)");
  EXPECT_EQ(compare_with(3.0, 5.0, "England", Unit::kRatePer100k, Better::kLower).words,
            "better than England (5.0 per 100,000)");
  EXPECT_EQ(compare_with(48.3, 48.0, "England", Unit::kPercent, Better::kHigher).words, "similar to England (48.0%)");
  EXPECT_EQ(compare_with(49.0, 40.0, "the region", Unit::kPercent, Better::kHigher).css_class, "compare--better");
  EXPECT_EQ(compare_with(700, 600, "England", Unit::kCount, Better::kNeither).words, "higher than England (600)");
}

}  // namespace
}  // namespace cdp
