#pragma once
// A metric as a reader sees it on a date: every figure already formatted in words, for
// shortcodes, metric pages and cards alike (computed once here, never in templates).
#include <optional>
#include <string>
#include <vector>

#include "model/cdp.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

struct ComparisonView {
  std::string words;      // "better than England (45.0%)"
  std::string css_class;  // "compare--better"
};

struct MetricView {
  std::string id;              // metric id
  std::string name;            // metric name
  bool has_value = false;      // a value was known by the as-of date
  std::string value;           // "1,814"
  std::string interval;        // its 95% confidence interval: "3.9 to 5.2 per 100,000" ("" when not given)
  std::string period;          // "December 2023"
  std::string period_phrase;   // "in December 2023", "on 31 March 2024", "in the 12 months to May 2023"
  std::string value_in_words;  // "1,814 in December 2023"
  std::string change;          // "up 64 (3.7%) from 1,750 in 2022/23" ("" with no previous value)
  std::string target_words;    // "on track" ("" with no target)
  std::string target_reason;   // "1,814 in December 2023 against a target of 2,000 by March 2025",
                               // and who set it when known: "... by March 2025 (set by the Government)"
  std::string target_class;    // "status--on-track"
  std::vector<ComparisonView> comparisons;  // one per comparator with a value
  std::vector<ComparisonView> assessments;  // the report's judgements with no figure: "worse than England"
  std::string assessed_comparison;          // the first of them that compares with an area ("" when none)
  std::string assessed_trend;               // the first of them that is a trend ("" when none)
  std::string source;          // who publishes it
};

// The view of `series` (may be null: no figures) of `definition`, as of `as_of`
// (today's figures when absent). `today` judges whether a target's date has passed.
MetricView make_metric_view(const MetricDefinition& definition, const MetricSeries* series,
                            const std::optional<Date>& as_of, const Date& today);

// The 95% confidence interval of `value` in words, each limit shown like the figure and
// the unit said once: "3.9 to 5.2 per 100,000", "40.1 to 48.3%" ("" when not given).
std::string interval_words(const Observation& value, Unit unit);

// The view as template values.
mustache::Map metric_view_values(const MetricView& view);

// An action as template values: title_html, owner, due, status_words, status_class, completed.
mustache::Map action_values(const Action& action);

// What metric_view_values gives.
const mustache::Schema& metric_view_schema();
// What action_values gives.
const mustache::Schema& action_schema();

}  // namespace cdp
