#include "model/validate.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/suggest.h"
#include "model/metric_suggestions.h"

namespace cdp {

namespace {

// Diagnostics here point at values already loaded, so they carry no excerpt line.
void report(Diagnostics& diagnostics, const SourcePos& pos, std::string message, std::string hint) {
  Diagnostic d;
  d.pos = pos;
  d.message = std::move(message);
  d.hint = std::move(hint);
  diagnostics.add(std::move(d));
}

void check_value(const MetricDefinition& metric, const Located<double>& value, Diagnostics& diagnostics) {
  std::string reason = impossible_value_reason(value.value, metric.unit.value);
  if (reason.empty()) return;
  report(diagnostics, value.pos, reason + " (" + metric.id + " is measured in " + std::string(term(metric.unit.value).in_words) + ")",
         "check the figure against its source");
}

void check_series_values(const MetricDefinition& metric, const MetricSeries& series, Diagnostics& diagnostics) {
  for (const Observation& observation : series.values) check_value(metric, observation.figure, diagnostics);
  if (series.baseline) check_value(metric, series.baseline->figure, diagnostics);
  for (const Target& target : series.targets) check_value(metric, target.value, diagnostics);
  for (const Comparator& comparator : series.comparators) {
    for (const Observation& observation : comparator.values) check_value(metric, observation.figure, diagnostics);
  }
  for (const Breakdown& breakdown : series.breakdowns) {
    for (const Observation& observation : breakdown.values) check_value(metric, observation.figure, diagnostics);
  }
}

void check_targets(const MetricSeries& series, Diagnostics& diagnostics) {
  if (!series.baseline) return;
  const Period& baseline = series.baseline->period.value;
  for (const Target& target : series.targets) {
    if (target.by.value.last() < baseline.last()) {
      report(diagnostics, target.by.pos,
             "this target is due by " + target.by.value.display() + ", before its baseline (" + baseline.display() + ")",
             "a target comes after the baseline it improves on; check both periods");
    }
  }
}

void check_metric_references(const CdpData& data, const Partnership& partnership, Diagnostics& diagnostics) {
  for (const Priority& priority : partnership.priorities) {
    for (const Located<std::string>& metric : priority.metrics) {
      if (data.catalogue.count(metric.value)) continue;
      report(diagnostics, metric.pos, "priority " + std::to_string(priority.number.value) + " lists the metric \"" +
                                          metric.value + "\", which does not exist",
             metric_id_hint(metric.value, data.catalogue));
    }
  }
  for (const auto& [id, series] : partnership.metrics) {
    auto metric = data.catalogue.find(id);
    if (metric == data.catalogue.end()) continue;
    check_series_values(metric->second, series, diagnostics);
    check_targets(series, diagnostics);
  }
}

void check_outcomes(const CdpData& data, Diagnostics& diagnostics) {
  std::vector<std::string> outcome_ids;
  for (const Outcome& outcome : data.outcomes) outcome_ids.push_back(outcome.id);
  for (const auto& [id, metric] : data.catalogue) {
    if (!metric.outcome.present()) continue;
    if (std::find(outcome_ids.begin(), outcome_ids.end(), metric.outcome.value) != outcome_ids.end()) continue;
    report(diagnostics, metric.outcome.pos, "the outcome \"" + metric.outcome.value + "\" does not exist",
           did_you_mean(metric.outcome.value, outcome_ids));
  }
}

void check_unique_slugs(const CdpData& data, Diagnostics& diagnostics) {
  std::map<std::string, const Partnership*> seen;
  for (const Partnership& partnership : data.partnerships) {
    auto [it, added] = seen.emplace(partnership.slug.value, &partnership);
    if (added) continue;
    report(diagnostics, partnership.slug.present() ? partnership.slug.pos : partnership.pos,
           "two partnerships have the slug \"" + partnership.slug.value + "\"",
           "the other is " + it->second->pos.file + "; give one a different `slug`");
  }
}

}  // namespace

std::string impossible_value_reason(double value, Unit unit) {
  if (!std::isfinite(value)) return "this value is not a finite number";
  switch (unit) {
    case Unit::kPercent:
      if (value < 0) return "a percentage cannot be negative";
      if (value > 100) return "a percentage cannot be over 100";
      return "";
    case Unit::kCount:
      if (value < 0) return "a count cannot be negative";
      if (value != std::floor(value)) return "a count must be a whole number";
      return "";
    case Unit::kMoney:
    case Unit::kRatePer100k:
    case Unit::kRatio:
      return value < 0 ? "this value cannot be negative" : "";
  }
  return "";
}

void validate_cdp_data(const CdpData& data, Diagnostics& diagnostics) {
  check_outcomes(data, diagnostics);
  check_unique_slugs(data, diagnostics);
  for (const Partnership& partnership : data.partnerships) check_metric_references(data, partnership, diagnostics);
}

}  // namespace cdp
