#include "outputs/open_data.h"

#include <algorithm>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "core/parallel.h"
#include "outputs/csv_row.h"
#include "format/format.h"
#include "outputs/partnership_open_data.h"
#include "outputs/governance_data.h"

namespace cdp {

namespace {

constexpr const char* kCsvHeader =
    "partnership,area,metric_id,metric_name,unit,better,period,period_start,period_end,value,numerator,"
    "denominator,note,target_value,target_by,source,metric_notes,category,comparison,compared_with,trend,"
    "target_set_by,lower_95,upper_95,missing_reason\r\n";

// Whose figures a CSV row holds. A target and the partnership's notes on its series
// are the partnership's: a comparator's row (England) never carries them, and a
// category's row carries the notes but not the target, which is for the whole series.
enum class RowOf { kPartnership, kCategory, kComparator };

// What one CSV row says beyond the metric and its series: a value (the partnership's
// own, a category's or a comparator's), or a judgement in words with no figure.
struct RowFacts {
  RowOf whose = RowOf::kPartnership;         // whose figures the row holds
  std::string area;                          // the partnership's name, or the comparator's
  const Period* period = nullptr;            // null for an assessment of the metric as a whole
  const Observation* value = nullptr;        // null for an assessment
  const Assessment* assessment = nullptr;    // null for a value
};

void add_value_cells(CsvRow& row, const Observation* value) {
  if (!value) {
    for (int i = 0; i < 4; ++i) row.plain("");
    return;
  }
  row.plain(value->missing.present() ? "" : csv_number(value->figure.value));
  row.number(value->numerator);
  row.number(value->denominator);
  row.text(value->note.value);
}

void add_assessment_cells(CsvRow& row, const Assessment* assessment) {
  if (!assessment) {
    for (int i = 0; i < 3; ++i) row.plain("");
    return;
  }
  row.plain(assessment->comparison.present() ? term(assessment->comparison.value).toml : "");
  row.text(assessment->against.value);
  row.plain(assessment->trend.present() ? term(assessment->trend.value).toml : "");
}

// The value's 95% confidence interval, and why it has no figure when it is missing.
void add_interval_cells(CsvRow& row, const Observation* value) {
  row.number(value ? value->lower : Located<double>{});
  row.number(value ? value->upper : Located<double>{});
  row.text(value ? value->missing.value : "");
}

void add_csv_row(std::string& rows, const Partnership& partnership, const MetricDefinition& metric,
                 const MetricSeries& series, const RowFacts& facts) {
  bool own = facts.whose == RowOf::kPartnership;
  const Target* target = series.targets.empty() || !own ? nullptr : &series.targets.back();
  const Period* period = facts.period;
  CsvRow row(rows);
  row.text(partnership.name.value);
  row.text(facts.area);
  row.text(metric.id);
  row.text(metric.name.value);
  row.plain(term(metric.unit.value).toml);
  row.plain(term(metric.better.value).toml);
  row.text(period ? period->display() : "");
  row.plain(period ? iso(period->first()) : "");
  row.plain(period ? iso(period->last()) : "");
  add_value_cells(row, facts.value);
  row.plain(target ? csv_number(target->value.value) : "");
  row.text(target ? target->by.value.display() : "");
  row.text(source_of(metric, &series));
  row.text(facts.whose == RowOf::kComparator ? "" : series.notes.value);
  row.text(facts.value ? facts.value->category.value : "");
  add_assessment_cells(row, facts.assessment);
  row.text(target ? target->set_by.value : "");
  add_interval_cells(row, facts.value);
  row.end();
}

// The rows of one series: its values, its values by category, its comparators' values,
// then its assessments in words.
void add_series_csv_rows(std::string& rows, const Partnership& partnership, const MetricDefinition& metric,
                         const MetricSeries& series) {
  auto add_values = [&](RowOf whose, const std::string& area, const std::vector<Observation>& values,
                        const std::vector<Observation>& missing) {
    for (const std::vector<Observation>* list : {&values, &missing}) {
      for (const Observation& value : *list) {
        add_csv_row(rows, partnership, metric, series, {whose, area, &value.period.value, &value, nullptr});
      }
    }
  };
  add_values(RowOf::kPartnership, partnership.name.value, series.values, series.missing);
  for (const Breakdown& breakdown : series.breakdowns) {
    add_values(RowOf::kCategory, partnership.name.value, breakdown.values, breakdown.missing);
  }
  for (const Comparator& comparator : series.comparators) {
    add_values(RowOf::kComparator, comparator.name.value, comparator.values, comparator.missing);
  }
  for (const Assessment& assessment : series.assessments) {
    const Period* period = assessment.period.present() ? &assessment.period.value : nullptr;
    add_csv_row(rows, partnership, metric, series,
                {RowOf::kPartnership, partnership.name.value, period, nullptr, &assessment});
  }
}

std::string partnership_csv_rows(const Partnership& partnership, const CdpData& data) {
  std::string rows;
  for (const auto& [id, series] : partnership.metrics) add_series_csv_rows(rows, partnership, data.catalogue.at(id), series);
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
    if (value.missing.present()) {
      item->set("missing", value.missing.value);
    } else {
      item->set("value", value.figure.value);
    }
    if (value.lower.present()) item->set("lower_95", value.lower.value);
    if (value.upper.present()) item->set("upper_95", value.upper.value);
    if (value.numerator.present()) item->set("numerator", value.numerator.value);
    if (value.denominator.present()) item->set("denominator", value.denominator.value);
    if (!value.note.value.empty()) item->set("note", value.note.value);
    if (value.category.present()) item->set("category", value.category.value);
    array->add(item);
  }
  return array;
}

// Each breakdown: what it is by, its categories in order, and its values (each with its category).
Poco::JSON::Array::Ptr breakdowns_json(const std::vector<Breakdown>& breakdowns) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const Breakdown& breakdown : breakdowns) {
    Poco::JSON::Object::Ptr entry = object();
    entry->set("by", breakdown.by.value);
    Poco::JSON::Array::Ptr categories = new Poco::JSON::Array;
    for (const Located<std::string>& category : breakdown.categories) categories->add(category.value);
    entry->set("categories", categories);
    entry->set("values", values_json(breakdown.values));
    if (!breakdown.missing.empty()) entry->set("missing", values_json(breakdown.missing));
    array->add(entry);
  }
  return array;
}

// Each judgement in words with no figure, with only the keys it gives.
Poco::JSON::Array::Ptr assessments_json(const std::vector<Assessment>& assessments) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const Assessment& assessment : assessments) {
    Poco::JSON::Object::Ptr entry = object();
    if (assessment.period.present()) {
      entry->set("period", assessment.period.value.display());
      entry->set("start", iso(assessment.period.value.first()));
      entry->set("end", iso(assessment.period.value.last()));
    }
    if (assessment.comparison.present()) {
      entry->set("comparison", std::string(term(assessment.comparison.value).toml));
      entry->set("compared_with", assessment.against.value);
    }
    if (assessment.trend.present()) entry->set("trend", std::string(term(assessment.trend.value).toml));
    array->add(entry);
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
  if (!series.missing.empty()) item->set("missing", values_json(series.missing));
  if (series.baseline) item->set("baseline", values_json({*series.baseline})->getObject(0));
  Poco::JSON::Array::Ptr targets = new Poco::JSON::Array;
  for (const Target& target : series.targets) {
    Poco::JSON::Object::Ptr entry = object();
    entry->set("value", target.value.value);
    entry->set("by", target.by.value.display());
    entry->set("by_end", iso(target.by.value.last()));
    if (target.set_by.present()) entry->set("set_by", target.set_by.value);
    targets->add(entry);
  }
  item->set("targets", targets);
  Poco::JSON::Array::Ptr comparators = new Poco::JSON::Array;
  for (const Comparator& comparator : series.comparators) {
    Poco::JSON::Object::Ptr entry = object();
    entry->set("name", comparator.name.value);
    entry->set("values", values_json(comparator.values));
    if (!comparator.missing.empty()) entry->set("missing", values_json(comparator.missing));
    comparators->add(entry);
  }
  item->set("comparators", comparators);
  if (!series.breakdowns.empty()) item->set("breakdowns", breakdowns_json(series.breakdowns));
  if (!series.assessments.empty()) item->set("assessments", assessments_json(series.assessments));
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

namespace {

// Every line of `text` but empty ones two spaces further in.
// Appends `text` indented one step (two spaces at the start of each line that is not empty).
void append_indented(std::string& out, std::string_view text) {
  bool line_start = true;
  for (char c : text) {
    if (line_start && c != '\n') out += "  ";
    out += c;
    line_start = c == '\n';
  }
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
    paths.push_back(open_data_folder(partnership) + kMetricsCsv);
    paths.push_back(open_data_folder(partnership) + kMetricsJson);
    for (std::string& path : partnership_open_data_paths(partnership)) paths.push_back(std::move(path));
    if (has_governance_data(partnership)) paths.push_back(open_data_folder(partnership) + kGovernanceJson);
  }
  if (has_root_partnership(data)) return paths;
  paths.push_back(std::string(kOpenDataFolder) + kMetricsCsv);
  paths.push_back(std::string(kOpenDataFolder) + kMetricsJson);
  return paths;
}

namespace {

// One partnership's open data: its CSV rows (for its file and the site's), its JSON
// text (likewise), and its other files.
struct PartnershipOpenData {
  std::string rows;
  std::string json;
  std::vector<GeneratedFile> others;
};

PartnershipOpenData open_data_of(const Partnership& partnership, const CdpData& data) {
  PartnershipOpenData made{partnership_csv_rows(partnership, data), to_text(partnership_json(partnership, data)),
                           partnership_open_data_files(partnership)};
  if (has_governance_data(partnership)) {
    made.others.push_back({open_data_folder(partnership) + kGovernanceJson, governance_json(partnership, data)});
  }
  return made;
}

bool emit_files_of(const Partnership& partnership, const PartnershipOpenData& made, const OpenDataSink& emit) {
  std::string folder = open_data_folder(partnership);
  if (!emit(folder + kMetricsCsv, kCsvHeader + made.rows) || !emit(folder + kMetricsJson, made.json)) return false;
  for (const GeneratedFile& file : made.others) {
    if (!emit(file.path, file.content)) return false;
  }
  return true;
}

template <class Part>
std::size_t total_size(const std::vector<PartnershipOpenData>& made, Part part) {
  std::size_t size = 0;
  for (const PartnershipOpenData& partnership : made) size += (partnership.*part).size();
  return size;
}

// The site-wide CSV: every partnership's rows under one header. Each partnership's rows
// are let go of as they are copied, so that the text is never held twice.
std::string site_csv(std::vector<PartnershipOpenData>& made) {
  std::string csv = kCsvHeader;
  csv.reserve(csv.size() + total_size(made, &PartnershipOpenData::rows));
  for (PartnershipOpenData& partnership : made) {
    csv += partnership.rows;
    partnership.rows = {};
  }
  return csv;
}

// The site-wide JSON is the partnerships' objects in an array, each indented one step
// more, as Poco would write it: built from their text, so that no partnership's JSON
// objects outlive its own file (they take far more memory than the text).
std::string site_json(std::vector<PartnershipOpenData>& made) {
  std::string json = "[\n";
  std::size_t size = total_size(made, &PartnershipOpenData::json);
  json.reserve(size + size / 4);  // the indentation adds two spaces to each of its lines
  for (PartnershipOpenData& partnership : made) {
    if (json.size() > 2) json += ",\n";
    append_indented(json, std::string_view(partnership.json).substr(0, partnership.json.size() - 1));
    partnership.json = {};
  }
  return json + "\n]\n";
}

}  // namespace

bool make_open_data(const CdpData& data, const OpenDataSink& emit) {
  if (data.partnerships.empty()) return true;
  // Made on every core: with many partnerships, this was a quarter of a build on one.
  std::vector<PartnershipOpenData> made(data.partnerships.size());
  parallel_for(made.size(), [&](std::size_t i) { made[i] = open_data_of(data.partnerships[i], data); });
  for (std::size_t i = 0; i < made.size(); ++i) {
    if (!emit_files_of(data.partnerships[i], made[i], emit)) return false;
    made[i].others = {};
  }
  // A partnership at the top of the site already publishes there: its figures are the site's.
  if (has_root_partnership(data)) return true;
  return emit(std::string(kOpenDataFolder) + kMetricsCsv, site_csv(made)) &&
         emit(std::string(kOpenDataFolder) + kMetricsJson, site_json(made));
}

}  // namespace cdp
