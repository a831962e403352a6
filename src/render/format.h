#pragma once
// Formatting of figures, done once in C++ and handed to templates as ready text
// (British English, GOV.UK style): thousands separators, percentages, rates per
// 100,000, money ("£1.7m", "£916,000"), change in words, status against a target and
// comparison with England or the region, with the reason in words, not colour alone.
//
// Rounding is half away from zero on the decimal a person reads (48.25 -> "48.3",
// 0.05 -> "0.1"), not on the binary double underneath. Change, status and comparison
// are worked out from figures rounded as they are shown, so that the words never
// contradict the numbers beside them ("no change" is never said between "48.3%" and
// "48.4%", and "up 0.1" never between two figures shown as "48.3%").
//
// Every function here throws std::invalid_argument when given NaN or infinity: the
// loader rejects those, so one arriving here is a bug, and it must not reach a page as
// "nan%".
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/period.h"

namespace cdp {

// What a metric's figures measure.
enum class Unit { kCount, kPercent, kRatePer100k, kMoney, kRatio };

// Which way is better for a metric.
enum class Better { kHigher, kLower, kNeither };

// For sentences such as "measured as a percentage": "a count", "a percentage",
// "a rate per 100,000", "an amount in pounds", "a ratio".
std::string unit_name(Unit unit);

// ---------------------------------------------------------------------------
// Numbers

// Exactly `decimals` places (0 to 20), with thousands separators: 1814 -> "1,814",
// (48.25, 1) -> "48.3", (49, 1) -> "49.0", -4200 -> "-4,200". A value that rounds to
// zero has no minus sign: (-0.01, 1) -> "0.0".
std::string format_number(double value, int decimals = 0);

// The decimals the value has, up to `max_decimals`, with no trailing zeros: 1814 ->
// "1,814", 48.30 -> "48.3", 0.916 -> "0.916", (1.23456, 3) -> "1.235".
std::string format_number_as_given(double value, int max_decimals = 3);

// The places shown for a figure in `unit`: counts 0 (1 when not whole), percentages 1,
// rates 1, ratios 2, money 0 (format_money decides its own).
int default_decimals(Unit unit, double value);

std::string format_percent(double percent, int decimals = 1);  // 48.3 -> "48.3%"
std::string format_rate(double per_100k, int decimals = 1);     // 12.5 -> "12.5 per 100,000"
std::string format_ratio(double ratio, int decimals = 2);       // 0.456 -> "0.46"

// Money as councils write it: under £1,000 with pence when there are any ("£450",
// "£12.50"); whole pounds up to a million ("£916,000"); then millions and billions to
// at most three places, without trailing zeros ("£1.7m", "£1.699m", "£2m", "£1.2bn"),
// so that two amounts a document tells apart stay apart. Pence are never shown for
// £1,000 or more. Negative amounts: "-£450".
std::string format_money(double pounds);

// A figure in its unit: "1,814", "48.3%", "12.5 per 100,000", "£1.7m", "0.46".
std::string format_value(double value, Unit unit);

// A target, as given up to the unit's places, so that round targets read as written:
// 50 percent -> "50%", 52.5 -> "52.5%", 2000 -> "2,000", 5 per 100,000 -> "5 per 100,000".
std::string format_target_value(double value, Unit unit);

// ---------------------------------------------------------------------------
// Change

// A figure and the period it applies to.
struct DatedValue {
  double value = 0;  // the figure
  Period period;     // when it applies
};

// The change from `previous` to `current`, for a sentence after the current figure:
//   "up 64 (3.7%) from 1,750 in December 2022"
//   "down 2.1 percentage points from 50.4% in 2021/22" (percentages: points, no relative %)
//   "up 1.2 per 100,000 (21.1%) from 5.7 per 100,000 in 2018 to 2020"
//   "up £784,000 (85.6%) from £916,000 in 2022/23"
//   "no change from 41 in 2022/23"
// The relative change is left out when the previous figure is zero, and reads "less
// than 0.1%" when it rounds to nothing.
std::string change_in_words(const DatedValue& current, const DatedValue& previous, Unit unit);

// ---------------------------------------------------------------------------
// Status against a target

enum class TargetStatus {
  kMet,         // the latest figure reaches the target
  kOnTrack,     // not yet reached, but at least where steady progress from the baseline would be
  kNotOnTrack,  // not yet reached, and behind steady progress from the baseline
  kNotYetMet,   // not yet reached, still time, and no baseline (or no figure since it) to judge progress by
  kNotMet,      // the target date has passed without reaching it
  kNoTarget,    // there is no target
};

// "target met", "on track", "not on track", "not yet met", "target not met", "no target".
std::string_view target_status_words(TargetStatus status);
// "status--met", "status--on-track", "status--not-on-track", "status--not-yet-met",
// "status--not-met", "status--no-target".
std::string_view target_status_class(TargetStatus status);

struct TargetAssessment {
  TargetStatus status = TargetStatus::kNoTarget;  // the verdict
  std::string words;      // target_status_words(status): "target met", "on track" ...
  std::string reason;     // "1,900 in 2023/24 against a target of 2,000 by March 2025"
  std::string css_class;  // target_status_class(status): "status--met", "status--on-track" ...
};

// Judges `latest` against `target`, due by the end of `due`, as of `today` (a
// document's as-of date, or the build date):
// - met when the latest figure, as shown, is at or beyond the target in the better
//   direction;
// - otherwise not met when `due` ended before `today`;
// - otherwise, with a baseline whose period ended before the latest figure's, on track
//   when the latest figure is at least where a straight line from the baseline (at the
//   end of its period) to the target (at the end of `due`) would be at the end of the
//   latest figure's period; the reason then says where that line would be;
// - otherwise (no baseline, or no figure since it) not yet met.
// With Better::kNeither the target's direction is taken from the baseline (a target
// above the baseline aims higher), or is higher when there is no baseline.
TargetAssessment assess_target(const DatedValue& latest, double target, const Period& due, Better better,
                               Unit unit, const Date& today, const std::optional<DatedValue>& baseline);

// ---------------------------------------------------------------------------
// Comparison with England or the region

enum class Comparison {
  kBetter,   // beyond "similar", in the better direction
  kSimilar,  // within the Similarity tolerance
  kWorse,    // beyond "similar", in the worse direction
  kHigher,   // beyond "similar" and higher, for a metric with no better direction
  kLower,    // beyond "similar" and lower, for a metric with no better direction
};

// "compare--better", "compare--similar", "compare--worse", "compare--higher", "compare--lower".
std::string_view comparison_class(Comparison comparison);

// How close two figures must be to be called "similar". It is a plain-words
// tolerance, not a test of statistical significance (the data carry no confidence
// intervals). Both bounds are inclusive.
struct Similarity {
  double relative = 0.02;          // for counts, rates, money and ratios: a share of the comparator's figure (2%)
  double percentage_points = 0.5;  // for percentages: an absolute difference in points
};

struct ComparisonResult {
  Comparison comparison = Comparison::kSimilar;  // the verdict
  std::string words;      // "better than England (45.0%)", "similar to England (48.1%)"
  std::string css_class;  // comparison_class(comparison)
};

// Compares `value` with a comparator's figure for the same period, using the metric's
// better direction: "better than England (45.0%)", "similar to England (48.1%)",
// "worse than the South East (52.0%)"; with no better direction, "higher than" or
// "lower than".
ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              const Similarity& similarity = {});

}  // namespace cdp
