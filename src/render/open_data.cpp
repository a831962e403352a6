#include "render/open_data.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "render/format.h"
#include "render/governance_data.h"

namespace cdp {

namespace {

constexpr const char* kCsvHeader =
    "partnership,area,metric_id,metric_name,unit,better,period,period_start,period_end,value,numerator,"
    "denominator,note,target_value,target_by,source,metric_notes\r\n";

std::string optional_number(const Located<double>& value) { return value.present() ? csv_number(value.value) : ""; }

// One CSV row for one value of one series (the partnership's own, or a comparator's).
std::string csv_row(const Partnership& partnership, const std::string& area, const MetricDefinition& metric,
                    const Observation& value, const MetricSeries& series) {
  const Target* target = series.targets.empty() ? nullptr : &series.targets.back();
  std::vector<std::string> cells = {
      csv_text_cell(partnership.name.value), csv_text_cell(area), csv_text_cell(metric.id),
      csv_text_cell(metric.name.value), std::string(term(metric.unit.value).toml), std::string(term(metric.better.value).toml),
      csv_text_cell(value.period.value.display()), iso(value.period.value.first()), iso(value.period.value.last()),
      csv_number(value.figure.value), optional_number(value.numerator), optional_number(value.denominator),
      csv_text_cell(value.note.value), target ? csv_number(target->value.value) : "",
      target ? csv_text_cell(target->by.value.display()) : "", csv_text_cell(source_of(metric, &series)),
      csv_text_cell(series.notes.value)};
  std::string row;
  for (std::size_t i = 0; i < cells.size(); ++i) row += (i ? "," : "") + cells[i];
  return row + "\r\n";
}

std::string partnership_csv_rows(const Partnership& partnership, const CdpData& data) {
  std::string rows;
  for (const auto& [id, series] : partnership.metrics) {
    const MetricDefinition& metric = data.catalogue.at(id);
    for (const Observation& value : series.values) rows += csv_row(partnership, partnership.name.value, metric, value, series);
    for (const Comparator& comparator : series.comparators) {
      for (const Observation& value : comparator.values) rows += csv_row(partnership, comparator.name.value, metric, value, series);
    }
  }
  return rows;
}

Poco::JSON::Object::Ptr object() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Poco::JSON::Array::Ptr values_json(const std::vector<Observation>& values) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const Observation& value : values) {
    Poco::JSON::Object::Ptr item = object();
    item->set("period", value.period.value.display());
    item->set("start", iso(value.period.value.first()));
    item->set("end", iso(value.period.value.last()));
    item->set("value", value.figure.value);
    if (value.numerator.present()) item->set("numerator", value.numerator.value);
    if (value.denominator.present()) item->set("denominator", value.denominator.value);
    if (!value.note.value.empty()) item->set("note", value.note.value);
    array->add(item);
  }
  return array;
}

Poco::JSON::Object::Ptr series_json(const MetricDefinition& metric, const MetricSeries& series) {
  Poco::JSON::Object::Ptr item = object();
  item->set("id", metric.id);
  item->set("name", metric.name.value);
  item->set("unit", std::string(term(metric.unit.value).toml));
  item->set("better", std::string(term(metric.better.value).toml));
  item->set("outcome", metric.outcome.value);
  item->set("source", source_of(metric, &series));
  if (const std::string& definition = definition_of(metric, &series); !definition.empty()) {
    item->set("definition", definition);
  }
  if (!series.notes.value.empty()) item->set("notes", series.notes.value);
  item->set("values", values_json(series.values));
  if (series.baseline) item->set("baseline", values_json({*series.baseline})->getObject(0));
  Poco::JSON::Array::Ptr targets = new Poco::JSON::Array;
  for (const Target& target : series.targets) {
    Poco::JSON::Object::Ptr entry = object();
    entry->set("value", target.value.value);
    entry->set("by", target.by.value.display());
    entry->set("by_end", iso(target.by.value.last()));
    targets->add(entry);
  }
  item->set("targets", targets);
  Poco::JSON::Array::Ptr comparators = new Poco::JSON::Array;
  for (const Comparator& comparator : series.comparators) {
    Poco::JSON::Object::Ptr entry = object();
    entry->set("name", comparator.name.value);
    entry->set("values", values_json(comparator.values));
    comparators->add(entry);
  }
  item->set("comparators", comparators);
  return item;
}

Poco::JSON::Object::Ptr partnership_json(const Partnership& partnership, const CdpData& data) {
  Poco::JSON::Object::Ptr root = object();
  root->set("partnership", partnership.name.value);
  root->set("slug", partnership.slug.value);
  Poco::JSON::Array::Ptr metrics = new Poco::JSON::Array;
  for (const auto& [id, series] : partnership.metrics) metrics->add(series_json(data.catalogue.at(id), series));
  root->set("metrics", metrics);
  return root;
}

std::string to_text(const Poco::Dynamic::Var& json) {
  std::ostringstream out;
  if (json.type() == typeid(Poco::JSON::Object::Ptr)) {
    json.extract<Poco::JSON::Object::Ptr>()->stringify(out, 2);
  } else {
    json.extract<Poco::JSON::Array::Ptr>()->stringify(out, 2);
  }
  return out.str() + "\n";
}

}  // namespace

std::string csv_text_cell(std::string_view text) {
  std::string cell(text);
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) cell = "'" + cell;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

namespace {

// Every line of `text` but empty ones two spaces further in.
std::string indented(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool line_start = true;
  for (char c : text) {
    if (line_start && c != '\n') out += "  ";
    out += c;
    line_start = c == '\n';
  }
  return out;
}

bool has_root_partnership(const CdpData& data) {
  return std::any_of(data.partnerships.begin(), data.partnerships.end(),
                     [](const Partnership& partnership) { return partnership.folder.empty(); });
}

}  // namespace

std::vector<std::string> open_data_paths(const CdpData& data) {
  std::vector<std::string> paths;
  if (data.partnerships.empty()) return paths;
  for (const Partnership& partnership : data.partnerships) {
    paths.push_back(open_data_folder(partnership) + "metrics.csv");
    paths.push_back(open_data_folder(partnership) + "metrics.json");
    if (has_governance_data(partnership)) paths.push_back(open_data_folder(partnership) + kGovernanceJson);
  }
  if (has_root_partnership(data)) return paths;
  paths.push_back(std::string(kOpenDataFolder) + "metrics.csv");
  paths.push_back(std::string(kOpenDataFolder) + "metrics.json");
  return paths;
}

std::vector<GeneratedFile> open_data_files(const CdpData& data) {
  std::vector<GeneratedFile> files;
  if (data.partnerships.empty()) return files;
  std::string all_rows;
  // The site-wide JSON is the partnerships' objects in an array, each indented one step
  // more, as Poco would write it: built from their text, so that no partnership's JSON
  // objects outlive its own file (they take far more memory than the text).
  std::string all_json = "[\n";
  for (const Partnership& partnership : data.partnerships) {
    std::string rows = partnership_csv_rows(partnership, data);
    std::string json = to_text(partnership_json(partnership, data));
    files.push_back({open_data_folder(partnership) + "metrics.csv", kCsvHeader + rows});
    all_rows += rows;
    if (all_json.size() > 2) all_json += ",\n";
    all_json += indented(std::string_view(json).substr(0, json.size() - 1));
    files.push_back({open_data_folder(partnership) + "metrics.json", std::move(json)});
    if (has_governance_data(partnership)) {
      files.push_back({open_data_folder(partnership) + kGovernanceJson, governance_json(partnership, data)});
    }
  }
  // A partnership at the top of the site already publishes there: its figures are the site's.
  if (has_root_partnership(data)) return files;
  files.push_back({std::string(kOpenDataFolder) + "metrics.csv", kCsvHeader + all_rows});
  files.push_back({std::string(kOpenDataFolder) + "metrics.json", all_json + "\n]\n"});
  return files;
}

}  // namespace cdp
