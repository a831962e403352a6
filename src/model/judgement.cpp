#include "model/judgement.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "model/as_of.h"
#include "model/figures.h"

namespace cdp {

namespace {

// Days since 1 January 1970, for measuring how far along a path to a target we are.
double day_number(const Date& date) {
  using namespace std::chrono;
  year_month_day calendar_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                              day{static_cast<unsigned>(date.day)}};
  return static_cast<double>(sys_days(calendar_day).time_since_epoch().count());
}

// Whether the target aims for higher figures: the metric's better direction, or for a
// metric with none, the direction from the baseline to the target.
bool aims_higher(Better better, double target, const Observation* baseline) {
  if (better == Better::kHigher) return true;
  if (better == Better::kLower) return false;
  return !baseline || target >= baseline->figure.value;
}

// Whether `value` is at or beyond `mark` in the aimed-for direction.
bool reaches(double value, double mark, bool higher) { return higher ? value >= mark : value <= mark; }

// Where a straight line from the baseline to the target would be at the end of `when`.
double expected_on_path(const Observation& baseline, double target, const Period& due, const Period& when) {
  double start = day_number(baseline.period.value.last());
  double span = day_number(due.last()) - start;
  double elapsed = day_number(when.last()) - start;
  double share = span > 0 ? std::clamp(elapsed / span, 0.0, 1.0) : 1.0;
  return baseline.figure.value + (target - baseline.figure.value) * share;
}

bool within(double difference, double tolerance) {
  constexpr double kSlack = 1e-9;  // so that a difference of exactly the tolerance counts, despite binary fractions
  return std::abs(difference) <= tolerance + kSlack;
}

bool is_similar(double ours, double theirs, Unit unit, const Similarity& similarity) {
  if (unit == Unit::kPercent) return within(ours - theirs, similarity.percentage_points);
  return within(ours - theirs, similarity.relative * std::abs(theirs));
}

}  // namespace

TargetVerdict judge_target(const Observation& latest, double target, const Period& due, Better better, Unit unit,
                           const Date& today, const Observation* baseline) {
  bool higher = aims_higher(better, target, baseline);
  double value = as_shown(latest.figure.value, unit, latest.decimals);
  if (reaches(value, target, higher)) return {TargetStatus::kMet, std::nullopt};
  if (due.last() < today) return {TargetStatus::kNotMet, std::nullopt};
  // Progress can only be judged from a figure for a later period than the baseline's.
  bool after_baseline = baseline && baseline->period.value.last() < latest.period.value.last();
  if (!after_baseline) return {TargetStatus::kNotYetMet, std::nullopt};
  double expected = expected_on_path(*baseline, target, due, latest.period.value);
  double expected_as_shown = unit == Unit::kCount ? rounded(expected, 0) : as_shown(expected, unit, latest.decimals);
  bool on_track = reaches(value, expected_as_shown, higher);
  return {on_track ? TargetStatus::kOnTrack : TargetStatus::kNotOnTrack, expected};
}

const Observation* value_for_target(const std::vector<Observation>& values, const Period& due,
                                    const std::optional<Date>& as_of) {
  Date deadline = as_of && *as_of < due.last() ? *as_of : due.last();
  return latest_as_of(values, deadline);
}

Comparison compare_figures(double value, double other, Unit unit, Better better, FigurePlaces places,
                           const Similarity& similarity) {
  double ours = as_shown(value, unit, places.value);
  double theirs = as_shown(other, unit, places.other);
  if (is_similar(ours, theirs, unit, similarity)) return Comparison::kSimilar;
  bool higher = ours > theirs;
  if (better == Better::kNeither) return higher ? Comparison::kHigher : Comparison::kLower;
  return higher == (better == Better::kHigher) ? Comparison::kBetter : Comparison::kWorse;
}

}  // namespace cdp
