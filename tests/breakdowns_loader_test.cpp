// [[metric.breakdown]] in metrics.toml: a metric's figures by category, and each
// mistake's message.
#include <gtest/gtest.h>

#include "support/metrics_text.h"

namespace cdp {
namespace {

using testing::metrics_from;

const std::string kHead =
    "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2023/24\", value = 1500 } ]\n"
    "[[metric.breakdown]]\nby = \"client group\"\ncategories = [\"opiate\", \"alcohol only\"]\n";

TEST(ReadBreakdowns, ReadsCategoriesAndTheirValuesApartFromTheTotals) {
  testing::LoadedMetrics loaded = metrics_from(kHead +
                                               "values = [\n"
                                               "  { period = \"2023/24\", category = \"alcohol only\", value = 420 },\n"
                                               "  { period = \"2022/23\", category = \"opiate\", value = 800 },\n"
                                               "]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("numbers-in-treatment");
  ASSERT_EQ(series.values.size(), 1u);
  EXPECT_FALSE(series.values[0].category.present());
  ASSERT_EQ(series.breakdowns.size(), 1u);
  const Breakdown& breakdown = series.breakdowns[0];
  EXPECT_EQ(breakdown.by.value, "client group");
  ASSERT_EQ(breakdown.categories.size(), 2u);
  EXPECT_EQ(breakdown.categories[1].value, "alcohol only");
  ASSERT_EQ(breakdown.values.size(), 2u);
  EXPECT_EQ(breakdown.values[0].category.value, "opiate");  // sorted by period
  EXPECT_EQ(breakdown.values[1].figure.value, 420);
}

TEST(ReadBreakdowns, ACategoryNotDeclaredIsAnErrorWithTheClosestSuggested) {
  EXPECT_EQ(metrics_from(kHead + "values = [ { period = \"2023/24\", category = \"opiates\", value = 800 } ]\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:7:45: the category \"opiates\" is not one of this "
                                     "breakdown's `categories` | did you mean `opiate`? (or add it to `categories`)"});
}

TEST(ReadBreakdowns, ACategoryGivenTwiceForAPeriodIsAnError) {
  EXPECT_EQ(metrics_from(kHead + "values = [\n  { period = \"2023/24\", category = \"opiate\", value = 800 },\n"
                                 "  { period = \"2023/24\", category = \"opiate\", value = 810 },\n]\n")
                .errors,
            std::vector<std::string>{"content/ws/metrics.toml:9:14: the category \"opiate\" has two values for "
                                     "2023/24 | the other is at line 8; keep one of them"});
}

TEST(ReadBreakdowns, AValueWithoutACategoryIsAnError) {
  EXPECT_EQ(metrics_from(kHead + "values = [ { period = \"2023/24\", value = 800 } ]\n").errors,
            std::vector<std::string>{"content/ws/metrics.toml:7:12: `category` is missing here | add it, e.g. "
                                     "category = \"opiate\""});
}

}  // namespace
}  // namespace cdp
