#pragma once
// Formatting of figures, done once in C++ and handed to templates as ready text
// (British English, GOV.UK style): thousands separators, percentages, rates per
// 100,000, money ("£1.7m", "£916,000"), change in words, status against a target and
// comparison with England or the region, with the reason in words, not colour alone.
#include <optional>
#include <string>

#include "model/date.h"
#include "model/period.h"

namespace cdp {

enum class Unit { kCount, kPercent, kRatePer100k, kMoney, kRatio };

// Which way is better for a metric.
enum class Better { kHigher, kLower, kNeither };

// "count", "percentage", "rate per 100,000", "pounds", "ratio".
std::string unit_name(Unit unit);

// 1814 -> "1,814"; 48.25 with 1 decimal -> "48.3"; trailing ".0" dropped only when
// decimals is 0. Negative numbers get a minus sign ("−" is not used: plain "-").
std::string format_number(double value, int decimals = 0);

// The decimals shown for a unit unless the value needs more: counts 0, percents 1,
// rates 1, ratios 2.
int default_decimals(Unit unit, double value);

// A value in its unit: "1,814", "48.3%", "12.5 per 100,000", "£1.7m", "0.45".
std::string format_value(double value, Unit unit);

// Money: "£916,000", "£1.7m", "£2m", "£1.2bn", "£450".
std::string format_money(double pounds);

// A dated value, for change and comparison sentences.
struct DatedValue {
  double value = 0;  // the figure
  Period period;     // when it applies
};

// "up 64 (3.7%) from 1,750 in 2022/23"; percentages change in percentage points
// ("down 2.1 percentage points from 50.4% in 2021/22"); "no change from ...".
std::string change_in_words(const DatedValue& current, const DatedValue& previous, Unit unit);

enum class TargetStatus { kMet, kOnTrack, kNotOnTrack, kNotMet, kNoTarget };

struct TargetAssessment {
  TargetStatus status = TargetStatus::kNoTarget;  // the verdict
  std::string words;        // "target met", "on track", "not on track", "not met"
  std::string reason;       // "1,814 against a target of 2,000 by March 2025"
  std::string css_class;    // "status--met", "status--on-track", ...
};

// Judges `latest` against a target of `target` due by `due`, as of `today`. With a
// baseline, "on track" means at least the straight-line share of the way from the
// baseline to the target for the time elapsed.
TargetAssessment assess_target(const DatedValue& latest, double target, const Period& due, Better better,
                               Unit unit, const Date& today, const std::optional<DatedValue>& baseline);

enum class Comparison { kBetter, kSimilar, kWorse, kHigher, kLower };

struct ComparisonResult {
  Comparison comparison = Comparison::kSimilar;  // the verdict
  std::string words;      // "better than England (45.0%)"
  std::string css_class;  // "compare--better", ...
};

// Compares a value with a comparator's for the same period. "Similar" means within
// `tolerance` relative difference (or 0.5 percentage points for percentages). With
// no better direction the words say only higher or lower.
ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              double tolerance = 0.02);

}  // namespace cdp
