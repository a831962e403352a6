// A partnership's metrics.toml: its figures for framework metrics, and its own local
// metrics (which define themselves with a name, unit and direction).
#include <algorithm>

#include "load/data_loader.h"
#include "model/metric_suggestions.h"

namespace cdp {

namespace {

const std::vector<std::string>& series_keys() {
  static std::vector<std::string> keys = [] {
    std::vector<std::string> all = {"values",     "baseline",  "target", "comparator",
                                    "assessment", "breakdown", "notes",  "decimals"};
    for (const std::string& key : metric_definition_keys()) all.push_back(key);
    return all;
  }();
  return keys;
}

const std::vector<std::string>& observation_keys(bool in_breakdown) {
  static const std::vector<std::string> keys = {"period", "value",   "numerator", "denominator",    "note",
                                                "lower",  "upper",   "missing",   "replaces_import"};
  static const std::vector<std::string> with_category = [] {
    std::vector<std::string> all = keys;
    all.push_back("category");
    return all;
  }();
  return in_breakdown ? with_category : keys;
}

// A 95% confidence interval is given whole (lower and upper), around a figure.
void read_interval(TomlReader& reader, const toml::table& entry, Observation& observation) {
  reader.read(entry, "lower", observation.lower);
  reader.read(entry, "upper", observation.upper);
  if (observation.lower.present() != observation.upper.present()) {
    const Located<double>& given = observation.lower.present() ? observation.lower : observation.upper;
    reader.error(given.pos, "a confidence interval needs both its `lower` and its `upper` limit",
                 "give both, e.g. lower = 40.1, upper = 48.3, or remove this one");
    observation.lower = observation.upper = {};
  } else if (observation.lower.present() && observation.lower.value > observation.upper.value) {
    reader.error(observation.lower.pos, "the interval's `lower` limit is above its `upper` limit",
                 "swap them: lower is the smaller figure");
  }
}

// A value with no figure says why (`missing`), and a figure says nothing is missing.
bool figure_or_reason(TomlReader& reader, const toml::table& entry, const Observation& observation) {
  SourcePos at = reader.pos(entry);
  if (entry.contains("missing")) {
    if (!entry.contains("value")) return reader.require(entry, "missing", at, "missing = \"suppressed\"");
    reader.error(observation.missing.pos, "this value has a figure and also says it is `missing`",
                 "remove `missing`, or remove `value` if the figure was not published");
    return false;
  }
  return reader.require(entry, "value", at, "value = 1814 (or missing = \"suppressed\" when it was not published)");
}

}  // namespace

std::optional<Observation> read_observation(TomlReader& reader, const toml::table& entry, bool in_breakdown) {
  reader.reject_unknown_keys(entry, observation_keys(in_breakdown), in_breakdown ? "a breakdown's value" : "a value");
  Observation observation;
  reader.read(entry, "period", observation.period, DashedYears::kCalendar);
  reader.read(entry, "value", observation.figure);
  if (observation.figure.present()) observation.decimals = reader.decimals_written(*entry.get("value"));
  reader.read(entry, "numerator", observation.numerator);
  reader.read(entry, "denominator", observation.denominator);
  reader.read(entry, "note", observation.note);
  reader.read(entry, "missing", observation.missing);
  read_interval(reader, entry, observation);
  Located<bool> replaces;
  reader.read(entry, "replaces_import", replaces);
  observation.replaces_import = replaces.value;
  if (in_breakdown) reader.read(entry, "category", observation.category);
  SourcePos at = reader.pos(entry);
  bool complete = reader.require(entry, "period", at, "period = \"2022/23\"") &&
                  figure_or_reason(reader, entry, observation) &&
                  (!in_breakdown || reader.require(entry, "category", at, "category = \"opiate\""));
  bool has_figure = observation.figure.present() || observation.missing.present();
  if (!complete || !observation.period.present() || !has_figure) return std::nullopt;
  return observation;
}

namespace {

bool by_period(const Observation& a, const Observation& b) { return a.period.value < b.period.value; }

// A value given for a period that already has one (a figure or a missing one).
const Observation* same_period(const std::vector<Observation>& values, const std::vector<Observation>& missing,
                               const Observation& observation) {
  for (const std::vector<Observation>* list : {&values, &missing}) {
    for (const Observation& other : *list) {
      if (other.period.value == observation.period.value) return &other;
    }
  }
  return nullptr;
}

// A series' values from an array of value tables: those with figures, sorted by period;
// those given as missing go to `missing`. A period given twice is reported.
std::vector<Observation> read_series(TomlReader& reader, const toml::table& table, std::string_view key,
                                     std::vector<Observation>& missing) {
  std::vector<Observation> values;
  reader.for_each_table(table, key, [&](const toml::table& entry) {
    std::optional<Observation> observation = read_observation(reader, entry);
    if (!observation) return;
    if (const Observation* other = same_period(values, missing, *observation)) {
      reader.error(observation->period.pos,
                   "the period " + observation->period.value.display() + " is given twice in this series",
                   "the other is at line " + std::to_string(other->period.pos.line) + "; keep one of them");
    }
    (observation->missing.present() ? missing : values).push_back(std::move(*observation));
  });
  std::stable_sort(values.begin(), values.end(), by_period);
  std::stable_sort(missing.begin(), missing.end(), by_period);
  // A data-heavy site holds hundreds of thousands of figures: none of the room grown for
  // them is kept empty.
  values.shrink_to_fit();
  return values;
}

// A baseline is a figure to measure progress from: one that is missing cannot be.
void read_baseline(TomlReader& reader, const toml::table& entry, MetricSeries& series) {
  std::optional<Observation> baseline = read_observation(reader, entry);
  if (baseline && baseline->missing.present()) {
    reader.error(baseline->missing.pos, "a baseline needs a figure: progress cannot be measured from a missing one",
                 "give the first published figure as the baseline, with its period");
    return;
  }
  series.baseline = std::move(baseline);
}

void read_target(TomlReader& reader, const toml::table& entry, MetricSeries& series) {
  reader.reject_unknown_keys(entry, {"value", "by", "set_on", "set_by"}, "a target");
  Target target;
  reader.read(entry, "value", target.value);
  reader.read(entry, "by", target.by, DashedYears::kAsk);
  reader.read(entry, "set_on", target.set_on);
  reader.read(entry, "set_by", target.set_by);
  SourcePos at = reader.pos(entry);
  bool set_by_said = !entry.contains("set_by") || reader.require(entry, "set_by", at, "set_by = \"the Government\"");
  if (reader.require(entry, "value", at, "value = 2000") && reader.require(entry, "by", at, "by = \"March 2025\"") &&
      set_by_said) {
    series.targets.push_back(std::move(target));
  }
}

void read_targets(TomlReader& reader, const toml::table& table, MetricSeries& series) {
  const toml::node* node = table.get("target");
  if (!node) return;
  if (const toml::table* single = node->as_table()) {
    read_target(reader, *single, series);
  } else {
    reader.for_each_table(table, "target", [&](const toml::table& entry) { read_target(reader, entry, series); });
  }
}

void read_comparators(TomlReader& reader, const toml::table& table, MetricSeries& series) {
  reader.for_each_table(table, "comparator", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"name", "values"}, "a [[metric.comparator]]");
    Comparator comparator;
    reader.read(entry, "name", comparator.name);
    reader.require(entry, "name", reader.pos(entry), "name = \"England\"");
    comparator.values = read_series(reader, entry, "values", comparator.missing);
    for (const Comparator& other : series.comparators) {
      if (comparator.name.present() && other.name.value == comparator.name.value) {
        reader.error(comparator.name.pos, "the comparator \"" + comparator.name.value + "\" is given twice for this metric",
                     "the other is at line " + std::to_string(other.name.pos.line) +
                         "; keep one [[metric.comparator]] for it, with all of its values");
      }
    }
    series.comparators.push_back(std::move(comparator));
  });
}

bool defines_metric(const toml::table& table) {
  return table.contains("name") || table.contains("unit") || table.contains("better");
}

// Adds a local metric's definition to the catalogue; false if it clashes.
bool define_local_metric(TomlReader& reader, const toml::table& table, const Located<std::string>& id,
                         CdpData& data) {
  auto existing = data.catalogue.find(id.value);
  if (existing != data.catalogue.end()) {
    if (!existing->second.from_framework && existing->second.pos.file == id.pos.file) return true;
    reader.error(id.pos, "the metric \"" + id.value + "\" is already defined " + where_defined(existing->second),
                 "remove name, unit and better here to give values for it, or choose another id for a local metric");
    return false;
  }
  MetricDefinition definition;
  definition.id = id.value;
  definition.pos = id.pos;
  read_metric_definition(reader, table, definition);
  data.catalogue.emplace(id.value, std::move(definition));
  return true;
}

}  // namespace

void apply_decimals(const MetricDefinition& metric, MetricSeries& series) {
  const Located<int>& decimals = series.decimals.present() ? series.decimals : metric.decimals;
  if (!decimals.present()) return;
  auto apply = [&](std::vector<Observation>& values) {
    for (Observation& value : values) value.decimals = decimals.value;
  };
  apply(series.values);
  for (Breakdown& breakdown : series.breakdowns) apply(breakdown.values);
  if (series.baseline) series.baseline->decimals = decimals.value;
  for (Comparator& comparator : series.comparators) apply(comparator.values);
}

namespace {

// A metric defined elsewhere (the framework, another file) may be given the
// partnership's own source, definition and decimals, shown instead of the catalogue's; where it
// belongs (outcome, headline) is the catalogue's to say.
void read_own_words(TomlReader& reader, const toml::table& table, const MetricDefinition& metric,
                    MetricSeries& series) {
  reader.read(table, "source", series.source);
  reader.read(table, "definition", series.definition);
  read_decimals(reader, table, series.decimals);
  read_fingertips_id(reader, table, series.fingertips_id);
  if (metric.pos.file == series.pos.file) return;  // a local metric defined here: these are its own
  for (const char* key : {"outcome", "headline"}) {
    if (const toml::node* node = table.get(key)) {
      reader.error(reader.pos(*node),
                   "`" + std::string(key) + "` cannot be changed here: the metric \"" + metric.id + "\" is defined " +
                       where_defined(metric),
                   "remove `" + std::string(key) + "`; a partnership may give its own source, definition and notes "
                                                   "for a metric defined elsewhere");
    }
  }
}

}  // namespace

void load_metrics_file(const DataFile& file, Partnership& partnership, CdpData& data, Diagnostics& diagnostics) {
  read_metric_series(file, "metrics.toml", partnership.metrics, data, diagnostics);
}

void read_metric_series(const DataFile& file, std::string_view file_kind, std::map<std::string, MetricSeries>& into,
                        CdpData& data, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.reject_unknown_keys(file.table, {"metric"}, file_kind);
  reader.for_each_table(file.table, "metric", [&](const toml::table& table) {
    reader.reject_unknown_keys(table, series_keys(), "a [[metric]]");
    Located<std::string> id;
    if (!reader.read_id(table, "id", id) || !reader.require(table, "id", reader.pos(table), "id = \"numbers-in-treatment\"")) return;
    if (defines_metric(table) && !define_local_metric(reader, table, id, data)) return;
    if (!data.catalogue.count(id.value)) {
      reader.error(id.pos, "there is no metric with the id \"" + id.value + "\"",
                   metric_id_hint(id.value, data.catalogue) +
                       " (to add a local metric, give it a name, unit and better here)");
      return;
    }
    MetricSeries series;
    series.id = id.value;
    series.pos = id.pos;
    series.values = read_series(reader, table, "values", series.missing);
    if (const toml::table* baseline = reader.table_at(table, "baseline")) read_baseline(reader, *baseline, series);
    read_targets(reader, table, series);
    read_comparators(reader, table, series);
    read_assessments(reader, table, data.catalogue.at(id.value), series);
    read_breakdowns(reader, table, series);
    reader.read(table, "notes", series.notes);
    read_own_words(reader, table, data.catalogue.at(id.value), series);
    apply_decimals(data.catalogue.at(id.value), series);
    if (into.count(id.value)) {
      reader.error(id.pos, "the metric \"" + id.value + "\" is given twice in this file",
                   "put all of its values in one [[metric]] block");
      return;
    }
    into.emplace(id.value, std::move(series));
  });
}

}  // namespace cdp
