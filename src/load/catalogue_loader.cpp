// The metric catalogue: outcomes and metric definitions, from the framework file that
// ships with the tool and from a site's own data/*.toml.
#include "load/data_loader.h"

namespace cdp {

namespace {

const std::map<std::string, Unit>& unit_names() {
  static const std::map<std::string, Unit> names = toml_choices(unit_terms(), &UnitTerm::unit);
  return names;
}

const std::map<std::string, Better>& better_names() {
  static const std::map<std::string, Better> names = toml_choices(better_terms(), &BetterTerm::better);
  return names;
}

const std::vector<std::string>& outcome_keys() {
  static const std::vector<std::string> keys = {"id", "name", "kind"};
  return keys;
}

const std::vector<std::string>& catalogue_keys() {
  static const std::vector<std::string> keys = {"outcome", "metric"};
  return keys;
}

void load_outcome(TomlReader& reader, const toml::table& table, CdpData& data) {
  reader.reject_unknown_keys(table, outcome_keys(), "an [[outcome]]");
  static const std::map<std::string, OutcomeKind> kinds = toml_choices(outcome_kind_terms(), &OutcomeKindTerm::kind);
  Located<std::string> id, name;
  Located<OutcomeKind> kind{OutcomeKind::kIntermediate, {}};
  bool id_ok = reader.read_id(table, "id", id);
  reader.read(table, "name", name);
  reader.read_choice(table, "kind", kinds, kind);
  SourcePos at = reader.pos(table);
  if (!id_ok || !reader.require(table, "id", at, "id = \"reduce-drug-use\"") ||
      !reader.require(table, "name", at, "name = \"Reduce drug use\"")) {
    return;
  }
  for (const Outcome& outcome : data.outcomes) {
    if (outcome.id == id.value) {
      reader.error(id.pos, "the outcome \"" + id.value + "\" is defined twice", "give each outcome its own id");
      return;
    }
  }
  data.outcomes.push_back({id.value, id.pos, name.value, kind});
}

}  // namespace

const std::vector<std::string>& metric_definition_keys() {
  static const std::vector<std::string> keys = {"id",      "name",     "unit",   "better",    "outcome",
                                                "headline", "source", "definition", "decimals", "fingertips_id"};
  return keys;
}

void read_fingertips_id(TomlReader& reader, const toml::table& table, Located<int>& out) {
  Located<int> id;
  reader.read(table, "fingertips_id", id);
  if (!id.present()) return;
  if (id.value <= 0) {
    reader.error(id.pos, "a Fingertips indicator id is a whole number above 0",
                 "copy the Indicator ID column of the Fingertips download, e.g. fingertips_id = 90244");
    return;
  }
  out = id;
}

void read_decimals(TomlReader& reader, const toml::table& table, Located<int>& out) {
  constexpr int kMost = 6;
  Located<int> decimals;
  reader.read(table, "decimals", decimals);
  if (!decimals.present()) return;
  if (decimals.value < 0 || decimals.value > kMost) {
    reader.error(decimals.pos, "`decimals` is " + std::to_string(decimals.value) + "; it must be 0 to " + std::to_string(kMost),
                 "give the number of places after the decimal point every figure of the metric is shown with, "
                 "e.g. decimals = 1 for 58.0%, or leave it out to show each figure as it is written");
    return;
  }
  out = decimals;
}

std::string where_defined(const MetricDefinition& definition) {
  if (definition.from_framework) return "in the outcomes framework that ships with cdpsite";
  return "at " + definition.pos.file + ":" + std::to_string(definition.pos.line);
}

void read_metric_definition(TomlReader& reader, const toml::table& table, MetricDefinition& definition) {
  reader.read(table, "name", definition.name);
  reader.read_choice(table, "unit", unit_names(), definition.unit);
  reader.read_choice(table, "better", better_names(), definition.better);
  reader.read(table, "outcome", definition.outcome);
  reader.read(table, "headline", definition.headline);
  reader.read(table, "source", definition.source);
  reader.read(table, "definition", definition.definition);
  read_decimals(reader, table, definition.decimals);
  read_fingertips_id(reader, table, definition.fingertips_id);
  SourcePos at = reader.pos(table);
  reader.require(table, "name", at, "name = \"Numbers in treatment\"");
  reader.require(table, "unit", at, "unit = \"count\" (or percent, rate_per_100k, money, ratio)");
  reader.require(table, "better", at, "better = \"higher\" (or lower, neither)");
}

void load_catalogue(const DataFile& file, CdpData& data, bool from_framework, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.reject_unknown_keys(file.table, catalogue_keys(), file.source->path().str());
  reader.for_each_table(file.table, "outcome", [&](const toml::table& table) { load_outcome(reader, table, data); });
  reader.for_each_table(file.table, "metric", [&](const toml::table& table) {
    reader.reject_unknown_keys(table, metric_definition_keys(), "a [[metric]] definition");
    MetricDefinition definition;
    Located<std::string> id;
    if (!reader.read_id(table, "id", id) || !reader.require(table, "id", reader.pos(table), "id = \"numbers-in-treatment\"")) return;
    definition.id = id.value;
    definition.pos = id.pos;
    definition.from_framework = from_framework;
    read_metric_definition(reader, table, definition);
    auto [existing, added] = data.catalogue.emplace(definition.id, definition);
    if (!added) {
      reader.error(id.pos, "the metric \"" + id.value + "\" is already defined " + where_defined(existing->second),
                   "choose another id for your own metric, or give values for the existing one in metrics.toml");
    }
  });
}

}  // namespace cdp
