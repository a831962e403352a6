#pragma once
// The domain's rules for judging figures: a metric against its target, and beside a
// comparator such as England. Verdicts only; format/figure_words.h says them in words.
#include <optional>

#include "model/cdp.h"
#include "model/figures.h"
#include "model/vocabulary.h"

namespace cdp {

struct TargetVerdict {
  TargetStatus status = TargetStatus::kNoTarget;  // the verdict
  // For a verdict on progress (on track or not): where a straight line from the
  // baseline to the target is at the end of the latest figure's period.
  std::optional<double> expected;
};

// Judges `latest` against `target`, due by the end of `due`, as of `today` (a
// document's as-of date, or the build date), on figures as shown:
// - met when the latest figure is at or beyond the target in the better direction;
// - otherwise not met when `due` ended before `today`;
// - otherwise, with a baseline whose period ended before the latest figure's, on track
//   when the latest figure is at least where a straight line from the baseline (at the
//   end of its period) to the target (at the end of `due`) would be at the end of the
//   latest figure's period;
// - otherwise (no baseline, or no figure since it) not yet met.
// With Better::kNeither the target's direction is taken from the baseline (a target
// above the baseline aims higher), or is higher when there is no baseline.
TargetVerdict judge_target(const Observation& latest, double target, const Period& due, Better better, Unit unit,
                           const Date& today, const Observation* baseline);

// The value a target due by the end of `due` is judged on: the latest whose period
// ended by then (and by `as_of`, when given). A figure for a later period is news
// about the metric, not about the old target. nullptr when there is none.
const Observation* value_for_target(const std::vector<Observation>& values, const Period& due,
                                    const std::optional<Date>& as_of);

// How close two figures must be to be called "similar". It is a plain-words
// tolerance, not a test of statistical significance (the data carry no confidence
// intervals). Both bounds are inclusive.
struct Similarity {
  double relative = 0.02;          // for counts, rates, money and ratios: a share of the comparator's figure (2%)
  double percentage_points = 0.5;  // for percentages: an absolute difference in points
};

// `value` beside a comparator's `other` for the same period, on figures as shown,
// using the metric's better direction (higher or lower when it has none).
// `places` are the places each was written with, so that they are judged as shown.
Comparison compare_figures(double value, double other, Unit unit, Better better, FigurePlaces places = {},
                           const Similarity& similarity = {});

}  // namespace cdp
