#include "render/metric_view.h"

#include <gtest/gtest.h>

#include "mustache/conformance.h"
#include "support/metrics_text.h"

namespace cdp {
namespace {

// numbers-in-treatment (a count, higher is better) with two figures, a target and an
// England comparator.
testing::LoadedMetrics treatment_figures() {
  testing::LoadedMetrics loaded = testing::metrics_from(
      "[[metric]]\nid = \"numbers-in-treatment\"\n"
      "values = [ { period = \"2022/23\", value = 1750 }, { period = \"December 2023\", value = 1814 } ]\n"
      "target = { value = 2000, by = \"March 2025\", set_by = \"the Government\" }\n"
      "[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"December 2023\", value = 1700 } ]\n");
  EXPECT_TRUE(loaded.errors.empty()) << loaded.errors.front();
  return loaded;
}

MetricView view_of(const testing::LoadedMetrics& loaded, const std::optional<Date>& as_of) {
  return make_metric_view(loaded.data.catalogue.at("numbers-in-treatment"),
                          &loaded.partnership.metrics.at("numbers-in-treatment"), as_of, Date{2024, 1, 15});
}

TEST(MetricView, TheLatestFigureInWordsWithItsChangeTargetAndComparison) {
  testing::LoadedMetrics loaded = treatment_figures();
  MetricView view = view_of(loaded, std::nullopt);
  EXPECT_EQ(view.id, "numbers-in-treatment");
  EXPECT_TRUE(view.has_value);
  EXPECT_EQ(view.value, "1,814");
  EXPECT_EQ(view.period, "December 2023");
  EXPECT_EQ(view.period_phrase, "in December 2023");
  EXPECT_EQ(view.value_in_words, "1,814 in December 2023");
  EXPECT_EQ(view.change, "up 64 (3.7%) from 1,750 in 2022/23");
  EXPECT_EQ(view.target_words, "not yet met");
  EXPECT_EQ(view.target_reason,
            "1,814 in December 2023 against a target of 2,000 by March 2025 (set by the Government)");
  EXPECT_EQ(view.target_class, "status--not-yet-met");
  ASSERT_EQ(view.comparisons.size(), 1u);
  EXPECT_EQ(view.comparisons[0].css_class, "compare--better");
}

// As of a date, the view shows what was known then: the later figure is not there yet,
// so there is nothing to change from, and no comparator value for that period.
TEST(MetricView, AsOfADateOnlyWhatWasKnownThen) {
  testing::LoadedMetrics loaded = treatment_figures();
  MetricView view = view_of(loaded, Date{2023, 6, 30});
  EXPECT_EQ(view.value_in_words, "1,750 in 2022/23");
  EXPECT_EQ(view.change, "");
  EXPECT_TRUE(view.comparisons.empty());
}

TEST(MetricView, AMetricWithoutFiguresHasOnlyItsNameAndSource) {
  testing::LoadedMetrics loaded = treatment_figures();
  MetricView view = make_metric_view(loaded.data.catalogue.at("drug-offences"), nullptr, std::nullopt, Date{2024, 1, 15});
  EXPECT_EQ(view.id, "drug-offences");
  EXPECT_FALSE(view.has_value);
  EXPECT_EQ(view.value, "");
  EXPECT_EQ(view.target_words, "");
  mustache::Map values = metric_view_values(view);
  EXPECT_FALSE(*values.at("has_value").as_bool());
  EXPECT_FALSE(*values.at("has_change").as_bool());
  EXPECT_FALSE(*values.at("has_target").as_bool());
}

TEST(MetricView, ValuesAreWhatTheirSchemasDescribe) {
  testing::LoadedMetrics loaded = treatment_figures();
  mustache::Map values = metric_view_values(view_of(loaded, std::nullopt));
  EXPECT_EQ(values.at("change").as_string(), "up 64 (3.7%) from 1,750 in 2022/23");
  EXPECT_TRUE(*values.at("has_comparisons").as_bool());
  EXPECT_EQ(mustache::departures(mustache::Value(values), metric_view_schema()), std::vector<std::string>{});

  Action action;
  action.title.value = "Naloxone in *every* hostel";
  action.status.value = ActionStatus::kComplete;
  action.completed = {*parse_period("March 2024"), {FilePath("ws/priorities.toml"), 3, 1}};
  mustache::Map action_map = action_values(action);
  EXPECT_EQ(action_map.at("title_html").as_string(), "Naloxone in <em>every</em> hostel");
  EXPECT_EQ(action_map.at("status_words").as_string(), "Complete");
  EXPECT_EQ(action_map.at("status_class").as_string(), "status--complete");
  EXPECT_EQ(action_map.at("completed").as_string(), "March 2024");
  EXPECT_EQ(action_map.at("due").as_string(), "");
  EXPECT_EQ(mustache::departures(mustache::Value(action_map), action_schema()), std::vector<std::string>{});
}

}  // namespace
}  // namespace cdp
