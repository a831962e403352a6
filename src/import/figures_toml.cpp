#include "import/figures_toml.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/figures.h"

namespace cdp {

namespace {

std::string number_text(double value, int decimals) {
  DecimalParts parts = round_decimal(std::fabs(value), decimals);
  bool zero = parts.whole == "0" && parts.fraction.find_first_not_of('0') == std::string::npos;
  std::string text = (value < 0 && !zero) ? "-" : "";
  text += parts.whole;
  if (decimals > 0) text += "." + parts.fraction;
  return text;
}

// A figure in `unit`, with the places it is shown with.
std::string figure_text(double value, Unit unit) { return number_text(value, shown_decimals(unit, value)); }

std::string count_text(double value) { return figure_text(value, Unit::kCount); }

// One value as an inline table: { period = "2022/23", value = 45.3, lower = 40.1, ... }.
std::string value_line(const Observation& value, Unit unit) {
  std::string line = "  { period = " + toml_quoted(value.period.value.display());
  if (value.category.present()) line += ", category = " + toml_quoted(value.category.value);
  if (value.missing.present()) {
    line += ", missing = " + toml_quoted(value.missing.value);
  } else {
    line += ", value = " + figure_text(value.figure.value, unit);
  }
  if (value.lower.present() && value.upper.present()) {
    line += ", lower = " + figure_text(value.lower.value, unit) + ", upper = " + figure_text(value.upper.value, unit);
  }
  if (value.numerator.present()) line += ", numerator = " + count_text(value.numerator.value);
  if (value.denominator.present()) line += ", denominator = " + count_text(value.denominator.value);
  return line + " },\n";
}

// `values` and `missing` in period order, as the array `key`.
std::string values_array(const std::string& key, const std::vector<Observation>& values,
                         const std::vector<Observation>& missing, Unit unit) {
  std::vector<const Observation*> all;
  for (const std::vector<Observation>* list : {&values, &missing}) {
    for (const Observation& value : *list) all.push_back(&value);
  }
  std::stable_sort(all.begin(), all.end(), [](const Observation* a, const Observation* b) {
    return a->period.value < b->period.value;
  });
  std::string text = key + " = [\n";
  for (const Observation* value : all) text += value_line(*value, unit);
  return text + "]\n";
}

std::string assessment_table(const Assessment& assessment) {
  std::string text = "\n[[metric.assessment]]\n";
  if (assessment.period.present()) text += "period = " + toml_quoted(assessment.period.value.display()) + "\n";
  if (assessment.comparison.present()) {
    text += "against = " + toml_quoted(assessment.against.value) + "\n";
    text += "comparison = \"" + std::string(term(assessment.comparison.value).toml) + "\"\n";
  }
  if (assessment.trend.present()) text += "trend = \"" + std::string(term(assessment.trend.value).toml) + "\"\n";
  return text;
}

std::string metric_tables(const MetricSeries& series, Unit unit) {
  std::string text = "\n[[metric]]\nid = " + toml_quoted(series.id) + "\n";
  if (!series.values.empty() || !series.missing.empty()) text += values_array("values", series.values, series.missing, unit);
  for (const Comparator& comparator : series.comparators) {
    text += "\n[[metric.comparator]]\nname = " + toml_quoted(comparator.name.value) + "\n";
    text += values_array("values", comparator.values, comparator.missing, unit);
  }
  for (const Breakdown& breakdown : series.breakdowns) {
    text += "\n[[metric.breakdown]]\nby = " + toml_quoted(breakdown.by.value) + "\ncategories = [";
    for (std::size_t i = 0; i < breakdown.categories.size(); ++i) {
      text += (i ? ", " : "") + toml_quoted(breakdown.categories[i].value);
    }
    text += "]\n" + values_array("values", breakdown.values, breakdown.missing, unit);
  }
  for (const Assessment& assessment : series.assessments) text += assessment_table(assessment);
  return text;
}

}  // namespace

std::string imported_file_header(const std::string& source_file) {
  return "# written by cdpsite import figures from " + source_file + ": edits here are lost\n";
}

std::string toml_quoted(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
      quoted += escaped;
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

std::string imported_figures_toml(const std::map<std::string, MetricSeries>& series,
                                  const std::map<std::string, MetricDefinition>& catalogue,
                                  const std::string& source_file) {
  std::string text = imported_file_header(source_file) +
                     "# To change a figure, import the file again; to publish another figure for one period, write\n"
                     "# it in metrics.toml with replaces_import = true.\n";
  for (const auto& [id, one] : series) text += metric_tables(one, catalogue.at(id).unit.value);
  return text;
}

}  // namespace cdp
