// A metric's [[metric.assessment]] tables: what a report says of it in words, with no
// figure ("below the national average", "has increased over the year").
#include <map>

#include "load/data_loader.h"
#include "model/assessment.h"

namespace cdp {

namespace {

const std::vector<std::string>& assessment_keys() {
  static const std::vector<std::string> keys = {"period", "against", "comparison", "trend"};
  return keys;
}

// A comparison needs the area it is made with, and an area needs a comparison.
// The comparison words, with "above" and "below" (as reports write them) read as
// higher and lower.
const std::map<std::string, Comparison>& comparison_choices() {
  static const std::map<std::string, Comparison> choices = [] {
    std::map<std::string, Comparison> all = toml_choices(comparison_terms(), &ComparisonTerm::comparison);
    all.emplace("above", Comparison::kHigher);
    all.emplace("below", Comparison::kLower);
    return all;
  }();
  return choices;
}

bool comparison_complete(TomlReader& reader, const toml::table& entry, const Assessment& assessment) {
  SourcePos at = reader.pos(entry);
  if (entry.contains("comparison")) return reader.require(entry, "against", at, "against = \"England\"");
  if (!entry.contains("against")) return true;
  reader.error(assessment.against.pos, "`against` names an area, but this assessment has no `comparison` with it",
               "add how the figure compares with it, e.g. comparison = \"worse\" (better, similar, worse, higher "
               "or lower), or remove `against`");
  return false;
}

// Better and worse say what is good: a metric that says neither direction is better
// can only be higher, similar or lower.
bool comparison_fits_metric(TomlReader& reader, const Assessment& assessment, const MetricDefinition& metric) {
  if (!assessment.comparison.present() || comparison_fits(assessment.comparison.value, metric.better.value)) {
    return true;
  }
  reader.error(assessment.comparison.pos,
               "the metric \"" + metric.id + "\" has better = \"neither\", so its figures cannot be \"" +
                   std::string(term(assessment.comparison.value).toml) + "\" than another area's",
               "write comparison = \"higher\", \"similar\" or \"lower\"");
  return false;
}

std::optional<Assessment> read_assessment(TomlReader& reader, const toml::table& entry, const MetricDefinition& metric) {
  reader.reject_unknown_keys(entry, assessment_keys(), "a [[metric.assessment]]");
  Assessment assessment;
  reader.read(entry, "period", assessment.period, DashedYears::kCalendar);
  reader.read(entry, "against", assessment.against);
  reader.read_choice(entry, "comparison", comparison_choices(), assessment.comparison);
  reader.read_choice(entry, "trend", toml_choices(trend_terms(), &TrendTerm::trend), assessment.trend);
  if (!entry.contains("comparison") && !entry.contains("trend") && !entry.contains("against")) {
    reader.error(reader.pos(entry), "this assessment says nothing: it has neither a `comparison` nor a `trend`",
                 "add one or both, e.g. comparison = \"worse\" with against = \"England\", or trend = \"increasing\"");
    return std::nullopt;
  }
  bool complete = comparison_complete(reader, entry, assessment);
  if (!comparison_fits_metric(reader, assessment, metric) || !complete) return std::nullopt;
  if (entry.contains("comparison") != assessment.comparison.present()) return std::nullopt;
  if (entry.contains("trend") != assessment.trend.present()) return std::nullopt;
  return assessment;
}

}  // namespace

void read_assessments(TomlReader& reader, const toml::table& table, const MetricDefinition& metric,
                      MetricSeries& series) {
  reader.for_each_table(table, "assessment", [&](const toml::table& entry) {
    if (std::optional<Assessment> assessment = read_assessment(reader, entry, metric)) {
      series.assessments.push_back(std::move(*assessment));
    }
  });
}

}  // namespace cdp
