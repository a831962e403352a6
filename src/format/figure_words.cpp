#include "format/figure_words.h"

#include <algorithm>
#include <cmath>

#include "model/figures.h"
#include "format/format.h"

namespace cdp {

namespace {

// A point on a path to a target, shown like the figures it is compared with: counts
// are whole, since people are; others have the places of the figure judged.
std::string format_estimate(double value, Unit unit, int decimals) {
  return unit == Unit::kCount ? format_number(value, 0) : format_value(value, unit, decimals);
}

// The size of a change (not negative) in its unit, for "up 64", "up £784,000", with
// the places of the more precise of the two figures.
std::string format_change_size(double size, Unit unit, int places) {
  switch (unit) {
    case Unit::kPercent: return format_number(size, places) + " percentage points";
    default: return format_value(size, unit, places);
  }
}

// " (3.7%)": the change as a share of the previous figure.
std::string relative_change(double size, double previous) {
  if (previous == 0) return "";
  double percent = size / std::abs(previous) * 100;
  if (rounded(percent, 1) == 0) return " (less than 0.1%)";
  return " (" + format_percent(percent) + ")";
}

// "1,814 in December 2023": a figure and its period.
std::string figure_in(const Observation& observation, Unit unit) {
  return format_value(observation.figure.value, unit, observation.decimals) + " " +
         observation.period.value.with_preposition();
}

// Once the deadline has passed the verdict is final, and says which deadline it was:
// "target met by March 2024", "target not met by March 2024".
std::string verdict_words(TargetStatus status, const Period& due, const Date& today) {
  bool final = due.last() < today;
  if (final && status == TargetStatus::kMet) return "target met by " + due.display();
  if (final && status == TargetStatus::kNotMet) return "target not met by " + due.display();
  return std::string(term(status).words);
}

}  // namespace

std::string change_in_words(const Observation& current, const Observation& previous, Unit unit) {
  std::string since = " from " + figure_in(previous, unit);
  double now = as_shown(current.figure.value, unit, current.decimals);
  double before = as_shown(previous.figure.value, unit, previous.decimals);
  if (now == before) return "no change" + since;
  int places = std::max(places_shown(unit, now, current.decimals), places_shown(unit, before, previous.decimals));
  double size = std::abs(now - before);
  std::string relative = unit == Unit::kPercent ? "" : relative_change(size, before);
  return (now > before ? "up " : "down ") + format_change_size(size, unit, places) + relative + since;
}

TargetAssessment assess_target(const Observation& latest, double target, const Period& due, Better better, Unit unit,
                               const Date& today, const Observation* baseline) {
  TargetVerdict verdict = judge_target(latest, target, due, better, unit, today, baseline);
  std::string reason = figure_in(latest, unit) + " against a target of " + format_target_value(target, unit) +
                       " by " + due.display();
  if (verdict.expected) {
    reason += " (steady progress from " + figure_in(*baseline, unit) + " would mean " +
              format_estimate(*verdict.expected, unit, latest.decimals) + " " + latest.period.value.with_preposition() + ")";
  }
  const TargetStatusTerm& words = term(verdict.status);
  return {verdict.status, verdict_words(verdict.status, due, today), std::move(reason), std::string(words.css_class)};
}

ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              FigurePlaces places, const Similarity& similarity) {
  Comparison comparison = compare_figures(value, other, unit, better, places, similarity);
  const ComparisonTerm& words = term(comparison);
  return {comparison, std::string(words.words) + other_name + " (" + format_value(other, unit, places.other) + ")",
          std::string(words.css_class)};
}

}  // namespace cdp
