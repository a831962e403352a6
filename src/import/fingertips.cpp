#include "import/fingertips.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <regex>

#include "model/area_code.h"

namespace cdp {

namespace {

std::string lower_trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// The parent comparison is named after the parent's area type: "Compared to Region value
// or percentiles", "Compared to Regions (statistical) value or percentiles", or only
// "Compared to percentiles".
bool is_parent_comparison(const std::string& header) {
  if (header == "compared to percentiles") return true;
  return header.starts_with("compared to ") && header.ends_with(" value or percentiles") &&
         header != "compared to england value or percentiles";
}

std::string list_in_words(const std::vector<std::string>& names) {
  std::string words;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) words += i + 1 == names.size() ? " and " : ", ";
    words += names[i];
  }
  return words;
}

// "2023 Q1" (a calendar quarter) and "2020/21 - 22/23" (pooled financial years) in the
// words cdpsite reads; other text as it is.
std::string cdpsite_period_text(std::string_view text) {
  static const std::regex quarter(R"(^\s*(\d{4})\s*Q([1-4])\s*$)");
  static const std::regex pooled(R"(^\s*(\d{2})(\d{2})/(\d{2})\s*-\s*(\d{2})/(\d{2})\s*$)");
  static const char* const kQuarters[] = {"January to March", "April to June", "July to September",
                                          "October to December"};
  std::string written(text);
  std::smatch match;
  if (std::regex_match(written, match, quarter)) {
    return std::string(kQuarters[std::stoi(match[2].str()) - 1]) + " " + match[1].str();
  }
  if (std::regex_match(written, match, pooled)) {
    return match[1].str() + match[2].str() + "/" + match[3].str() + " to " + match[1].str() + match[4].str() + "/" +
           match[5].str();
  }
  return written;
}

}  // namespace

std::optional<Period> fingertips_period(std::string_view text, std::string* problem) {
  return parse_period(cdpsite_period_text(text), problem, DashedYears::kCalendar);
}

FingertipsReader::FingertipsReader(std::istream& in) : csv_(in) {}

bool FingertipsReader::fail(int column, std::string message, std::string hint) {
  problem_ = CsvProblem{csv_.row(), column, std::move(message), std::move(hint)};
  return false;
}

bool FingertipsReader::read_header() {
  if (!csv_.next(cells_)) {
    problem_ = csv_.problem();
    if (!problem_) {
      problem_ = CsvProblem{1, 1, "the file is empty", "download the data again from Fingertips (Download > Data)"};
    }
    return false;
  }
  struct Named {
    const char* name;
    int Columns::*column;
  };
  static const Named kNamed[] = {
      {"indicator id", &Columns::indicator_id}, {"indicator name", &Columns::indicator_name},
      {"parent code", &Columns::parent_code},   {"parent name", &Columns::parent_name},
      {"area code", &Columns::area_code},       {"area name", &Columns::area_name},
      {"sex", &Columns::sex},                   {"age", &Columns::age},
      {"category type", &Columns::category_type}, {"category", &Columns::category},
      {"time period", &Columns::period},        {"value", &Columns::value},
      {"lower ci 95.0 limit", &Columns::lower}, {"upper ci 95.0 limit", &Columns::upper},
      {"count", &Columns::count},               {"denominator", &Columns::denominator},
      {"value note", &Columns::value_note},     {"recent trend", &Columns::recent_trend},
      {"compared to england value or percentiles", &Columns::england}};
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    std::string header = lower_trimmed(cells_[i]);
    int index = static_cast<int>(i);
    for (const Named& named : kNamed) {
      if (header == named.name && columns_.*named.column < 0) columns_.*named.column = index;
    }
    if (is_parent_comparison(header) && columns_.parent < 0) columns_.parent = index;
  }
  return check_required();
}

bool FingertipsReader::check_required() {
  static const std::pair<const char*, int Columns::*> kRequired[] = {{"Indicator ID", &Columns::indicator_id},
                                                                     {"Area Code", &Columns::area_code},
                                                                     {"Time period", &Columns::period},
                                                                     {"Value", &Columns::value}};
  std::vector<std::string> missing;
  for (const auto& [name, column] : kRequired) {
    if (columns_.*column < 0) missing.push_back(name);
  }
  if (missing.empty()) return true;
  bool looks_like_sheet = std::any_of(cells_.begin(), cells_.end(), [](const std::string& cell) {
    return lower_trimmed(cell) == "metric";
  });
  std::string hint = looks_like_sheet ? "it looks like a spreadsheet with a metric column, which cdpsite cannot "
                                        "import yet; import the Fingertips download itself (Download > Data)"
                                      : "import the CSV Fingertips downloads (Download > Data), with its first row "
                                        "of column names as it came";
  return fail(1, "this is not a Fingertips download: it has no column " + list_in_words(missing), hint);
}

std::string FingertipsReader::cell(int index) const {
  if (index < 0 || index >= static_cast<int>(cells_.size())) return "";
  std::string_view text = cells_[static_cast<std::size_t>(index)];
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

bool FingertipsReader::number(int index, const char* name, std::optional<double>& out) {
  out.reset();
  std::string text = cell(index);
  if (text.empty()) return true;
  double parsed = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(parsed)) {
    return fail(index + 1, std::string("the ") + name + " \"" + text + "\" is not a number",
                "write it as a number with a decimal point and no other characters (e.g. 45.3), or leave it blank "
                "where there is no figure");
  }
  out = parsed;
  return true;
}

bool FingertipsReader::read_cells(FingertipsRow& row) {
  row = FingertipsRow{};
  row.row = csv_.row();
  std::string id = cell(columns_.indicator_id);
  auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), row.indicator_id);
  if (error != std::errc() || end != id.data() + id.size() || row.indicator_id <= 0) {
    return fail(columns_.indicator_id + 1, "the Indicator ID \"" + id + "\" is not a whole number",
                "each row's Indicator ID is the number Fingertips gives the indicator, e.g. 90244");
  }
  row.area_code = cell(columns_.area_code);
  if (std::optional<std::string> problem = area_code_problem(row.area_code)) {
    return fail(columns_.area_code + 1, *problem, "each row's Area Code is the ONS code of its area");
  }
  row.period_text = cell(columns_.period);
  auto known = periods_.find(row.period_text);
  if (known == periods_.end()) {
    std::string problem;
    std::optional<Period> period = fingertips_period(row.period_text, &problem);
    if (!period) {
      return fail(columns_.period + 1, "cdpsite cannot read the Time period \"" + row.period_text + "\"", problem);
    }
    known = periods_.emplace(row.period_text, *period).first;
  }
  row.period = known->second;
  return number(columns_.value, "Value", row.value) && number(columns_.lower, "Lower CI 95.0 limit", row.lower) &&
         number(columns_.upper, "Upper CI 95.0 limit", row.upper) && number(columns_.count, "Count", row.count) &&
         number(columns_.denominator, "Denominator", row.denominator);
}

bool FingertipsReader::next(FingertipsRow& row) {
  for (;;) {
    if (problem_) return false;
    if (!csv_.next(cells_)) {
      problem_ = csv_.problem();
      return false;
    }
    if (cells_.size() == 1 && cells_[0].empty()) continue;  // a blank line
    if (!read_cells(row)) return false;
    row.indicator_name = cell(columns_.indicator_name);
    row.parent_code = cell(columns_.parent_code);
    row.parent_name = cell(columns_.parent_name);
    row.area_name = cell(columns_.area_name);
    row.sex = cell(columns_.sex);
    row.age = cell(columns_.age);
    row.category_type = cell(columns_.category_type);
    row.category = cell(columns_.category);
    row.value_note = cell(columns_.value_note);
    row.recent_trend = cell(columns_.recent_trend);
    row.compared_to_england = cell(columns_.england);
    row.compared_to_parent = cell(columns_.parent);
    return true;
  }
}

}  // namespace cdp
