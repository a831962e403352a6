#include "import/figures_import.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "import/fingertips.h"
#include "model/area_code.h"
#include "model/assessment.h"

namespace cdp {

namespace {

// Whose figures a row gives.
enum class AreaRole { kOurs, kEngland, kParent, kOther };

// A figure's identity: the same row twice (an area under several area types) counts once.
using FigureKey = std::tuple<int, std::string, std::string, std::string, std::string, std::string, Date, Date>;

FigureKey key_of(const FingertipsRow& row) {
  return {row.indicator_id, row.area_code, row.sex, row.age, row.category_type, row.category, row.period.first(),
          row.period.last()};
}

bool same_figures(const FingertipsRow& a, const FingertipsRow& b) {
  return a.value == b.value && a.lower == b.lower && a.upper == b.upper && a.count == b.count &&
         a.denominator == b.denominator;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Pass 1: the parent areas (region) of the partnership's areas.
std::optional<std::set<std::string>> parents_of(std::istream& in, const FiguresTarget& target, CsvProblem& problem) {
  FingertipsReader reader(in);
  std::set<std::string> parents;
  FingertipsRow row;
  bool read = reader.read_header();
  while (read && reader.next(row)) {
    if (target.area_codes.count(row.area_code) && !row.parent_code.empty()) parents.insert(row.parent_code);
  }
  if (reader.problem()) {
    problem = *reader.problem();
    return std::nullopt;
  }
  return parents;
}

// The rows kept from pass 2, by indicator, each once.
struct KeptRows {
  std::map<int, std::vector<FingertipsRow>> by_indicator;  // rows of matched indicators for the areas read
  std::map<FigureKey, int> seen;                           // each figure's first row
};

class Collector {
 public:
  Collector(const FiguresTarget& target, std::set<std::string> parents, FiguresImport& result)
      : target_(target), parents_(std::move(parents)), result_(result) {}

  // Keeps or skips `row`; false (with `problem`) for a figure given twice differently.
  bool take(FingertipsRow&& row, CsvProblem& problem) {
    ++result_.rows;
    result_.areas_in_file.emplace(row.area_code, row.area_name);
    AreaRole role = role_of(row.area_code);
    if (role == AreaRole::kOther) return skip("rows for other areas");
    if (!target_.metrics.count(row.indicator_id)) {
      if (role == AreaRole::kOurs) result_.unmatched.emplace(row.indicator_id, row.indicator_name);
      return skip("rows of indicators that match no metric (give the metric fingertips_id = ID)");
    }
    auto [first, added] = kept_.seen.emplace(key_of(row), row.row);
    if (!added) return repeated(row, first->second, problem);
    kept_.by_indicator[row.indicator_id].push_back(std::move(row));
    return true;
  }

  KeptRows& kept() { return kept_; }

 private:
  AreaRole role_of(const std::string& code) const {
    if (target_.area_codes.count(code)) return AreaRole::kOurs;
    if (code == kEnglandAreaCode) return AreaRole::kEngland;
    if (parents_.count(code)) return AreaRole::kParent;
    return AreaRole::kOther;
  }

  bool skip(const std::string& why) {
    ++result_.skipped[why];
    return true;
  }

  // The same figure again: once more under another area type when it agrees, else an error.
  bool repeated(const FingertipsRow& row, int first_row, CsvProblem& problem) {
    const std::vector<FingertipsRow>& rows = kept_.by_indicator[row.indicator_id];
    auto first = std::find_if(rows.begin(), rows.end(), [&](const FingertipsRow& other) { return other.row == first_row; });
    if (first != rows.end() && same_figures(*first, row)) return skip("rows repeated under another area type");
    problem = {row.row, 1,
               "this row gives other figures than row " + std::to_string(first_row) + " for the same indicator, area, " +
                   "sex, age, category and period (" + row.period_text + ")",
               "keep one of the two rows: download the data again from Fingertips, or remove the wrong row"};
    return false;
  }

  const FiguresTarget& target_;
  std::set<std::string> parents_;
  FiguresImport& result_;
  KeptRows kept_;
};

// Which slot of a metric a row of its own area fills.
struct Slot {
  std::string by;        // "" for the headline; else what the breakdown is by: "sex", "age", "Deprivation deciles"
  std::string category;  // the breakdown's category
};

// The headline's sex and age: "Persons" (or the only sex given) and the age given for the
// most periods among the partnership's rows of that sex with no category.
struct Headline {
  std::string sex;
  std::string age;
};

Headline headline_of(const std::vector<FingertipsRow>& rows, const std::set<std::string>& ours) {
  Headline headline;
  for (const FingertipsRow& row : rows) {
    if (row.sex == "Persons" || headline.sex.empty()) headline.sex = row.sex;
  }
  std::map<std::string, int> periods_by_age;
  std::vector<std::string> ages;
  for (const FingertipsRow& row : rows) {
    if (row.sex != headline.sex || !row.category_type.empty() || !ours.count(row.area_code)) continue;
    if (periods_by_age[row.age]++ == 0) ages.push_back(row.age);
  }
  int most = 0;
  for (const std::string& age : ages) {
    if (periods_by_age[age] > most) {
      most = periods_by_age[age];
      headline.age = age;
    }
  }
  return headline;
}

std::optional<Slot> slot_of(const FingertipsRow& row, const Headline& headline) {
  bool same_sex = row.sex == headline.sex, same_age = row.age == headline.age;
  if (!row.category_type.empty()) {
    if (!same_sex || !same_age) return std::nullopt;
    return Slot{row.category_type, row.category};
  }
  if (same_sex && same_age) return Slot{};
  if (same_age) return Slot{"sex", row.sex};
  if (same_sex) return Slot{"age", row.age};
  return std::nullopt;
}

Observation observation_of(const FingertipsRow& row, const std::string& file, int value_column) {
  SourcePos at{file, row.row, value_column};
  Observation observation;
  observation.period = {row.period, at};
  if (row.value) {
    observation.figure = {*row.value, at};
    if (row.lower && row.upper) {
      observation.lower = {*row.lower, at};
      observation.upper = {*row.upper, at};
    }
  } else {
    observation.missing = {row.value_note.empty() ? "not published" : row.value_note, at};
  }
  if (row.count) observation.numerator = {*row.count, at};
  if (row.denominator) observation.denominator = {*row.denominator, at};
  return observation;
}

void add_value(std::vector<Observation>& values, std::vector<Observation>& missing, Observation&& observation) {
  (observation.missing.present() ? missing : values).push_back(std::move(observation));
}

std::optional<Comparison> comparison_of(const std::string& written) {
  std::string text = lower(written);
  static const std::pair<const char*, Comparison> kWords[] = {{"better", Comparison::kBetter},
                                                             {"similar", Comparison::kSimilar},
                                                             {"worse", Comparison::kWorse},
                                                             {"higher", Comparison::kHigher},
                                                             {"lower", Comparison::kLower}};
  for (const auto& [word, comparison] : kWords) {
    if (text.starts_with(word)) return comparison;
  }
  return std::nullopt;  // "Not compared", blank, or quintiles
}

std::optional<Trend> trend_of(const std::string& written) {
  std::string text = lower(written);
  if (text.starts_with("increasing")) return Trend::kIncreasing;
  if (text.starts_with("decreasing")) return Trend::kDecreasing;
  if (text.starts_with("no significant change")) return Trend::kStable;
  return std::nullopt;  // "Cannot be calculated", "Could not be calculated", blank
}

void add_comparison(MetricSeries& series, const FingertipsRow& row, const std::string& written,
                    const std::string& against, const MetricDefinition& metric, const SourcePos& at) {
  std::optional<Comparison> comparison = comparison_of(written);
  if (!comparison || against.empty() || !comparison_fits(*comparison, metric.better.value)) return;
  Assessment assessment;
  assessment.period = {row.period, at};
  assessment.against = {against, at};
  assessment.comparison = {*comparison, at};
  series.assessments.push_back(std::move(assessment));
}

Breakdown& breakdown_for(MetricSeries& series, const Slot& slot, const SourcePos& at) {
  auto same = std::find_if(series.breakdowns.begin(), series.breakdowns.end(),
                           [&](const Breakdown& breakdown) { return breakdown.by.value == slot.by; });
  if (same != series.breakdowns.end()) return *same;
  series.breakdowns.push_back(Breakdown{});
  series.breakdowns.back().by = {slot.by, at};
  return series.breakdowns.back();
}

void add_to_breakdown(MetricSeries& series, const Slot& slot, Observation&& observation) {
  Breakdown& breakdown = breakdown_for(series, slot, observation.period.pos);
  bool declared = std::any_of(breakdown.categories.begin(), breakdown.categories.end(),
                              [&](const Located<std::string>& category) { return category.value == slot.category; });
  if (!declared) breakdown.categories.push_back({slot.category, observation.period.pos});
  observation.category = {slot.category, observation.period.pos};
  add_value(breakdown.values, breakdown.missing, std::move(observation));
}

Comparator& comparator_for(MetricSeries& series, const std::string& name, const SourcePos& at) {
  auto same = std::find_if(series.comparators.begin(), series.comparators.end(),
                           [&](const Comparator& comparator) { return comparator.name.value == name; });
  if (same != series.comparators.end()) return *same;
  series.comparators.push_back(Comparator{});
  series.comparators.back().name = {name, at};
  return series.comparators.back();
}

// The "Recent Trend" of the latest of the partnership's headline rows that gives one.
void add_trend(MetricSeries& series, const std::vector<const FingertipsRow*>& headline_rows, const std::string& file) {
  const FingertipsRow* latest = nullptr;
  for (const FingertipsRow* row : headline_rows) {
    if (trend_of(row->recent_trend) && (!latest || latest->period < row->period)) latest = row;
  }
  if (!latest) return;
  std::optional<Trend> trend = trend_of(latest->recent_trend);
  SourcePos at{file, latest->row, 1};
  Assessment assessment;
  assessment.period = {latest->period, at};
  assessment.trend = {*trend, at};
  series.assessments.push_back(std::move(assessment));
}

void sort_series(MetricSeries& series) {
  auto by_period = [](const Observation& a, const Observation& b) { return a.period.value < b.period.value; };
  auto sort = [&](std::vector<Observation>& values) { std::stable_sort(values.begin(), values.end(), by_period); };
  sort(series.values);
  sort(series.missing);
  for (Comparator& comparator : series.comparators) {
    sort(comparator.values);
    sort(comparator.missing);
  }
  for (Breakdown& breakdown : series.breakdowns) {
    sort(breakdown.values);
    sort(breakdown.missing);
  }
  std::stable_sort(series.assessments.begin(), series.assessments.end(),
                   [](const Assessment& a, const Assessment& b) { return a.period.value < b.period.value; });
}

// Where the rows of one indicator go in its metric's series.
class SeriesBuilder {
 public:
  SeriesBuilder(const FiguresTarget& target, const MetricDefinition& metric, MetricSeries& series, FiguresImport& result)
      : target_(target), metric_(metric), series_(series), result_(result) {}

  void add(const std::vector<FingertipsRow>& rows) {
    Headline headline = headline_of(rows, target_.area_codes);
    std::vector<const FingertipsRow*> ours;
    for (const FingertipsRow& row : rows) {
      std::optional<Slot> slot = slot_of(row, headline);
      if (!slot) {
        ++result_.skipped["rows by both sex and age, or by category for one sex or age only"];
        continue;
      }
      add_row(row, *slot, ours);
    }
    add_trend(series_, ours, target_.file);
  }

 private:
  void add_row(const FingertipsRow& row, const Slot& slot, std::vector<const FingertipsRow*>& ours) {
    SourcePos at{target_.file, row.row, 1};
    Observation observation = observation_of(row, target_.file, 1);
    if (!target_.area_codes.count(row.area_code)) {
      if (!slot.by.empty()) return;  // comparators are shown for the headline only
      std::string name = row.area_code == kEnglandAreaCode ? "England" : row.area_name;
      Comparator& comparator = comparator_for(series_, name, at);
      add_value(comparator.values, comparator.missing, std::move(observation));
      return;
    }
    if (!slot.by.empty()) {
      add_to_breakdown(series_, slot, std::move(observation));
      return;
    }
    add_value(series_.values, series_.missing, std::move(observation));
    ours.push_back(&row);
    add_comparison(series_, row, row.compared_to_england, "England", metric_, at);
    add_comparison(series_, row, row.compared_to_parent, row.parent_name, metric_, at);
  }

  const FiguresTarget& target_;
  const MetricDefinition& metric_;
  MetricSeries& series_;
  FiguresImport& result_;
};

}  // namespace

std::optional<FiguresImport> import_fingertips(const OpenFile& open, const FiguresTarget& target, CsvProblem& problem) {
  std::unique_ptr<std::istream> first = open();
  std::optional<std::set<std::string>> parents = parents_of(*first, target, problem);
  if (!parents) return std::nullopt;
  first.reset();
  FiguresImport result;
  Collector collector(target, std::move(*parents), result);
  std::unique_ptr<std::istream> second = open();
  FingertipsReader reader(*second);
  FingertipsRow row;
  reader.read_header();
  while (reader.next(row)) {
    if (!collector.take(std::move(row), problem)) return std::nullopt;
  }
  if (reader.problem()) {
    problem = *reader.problem();
    return std::nullopt;
  }
  for (auto& [indicator, rows] : collector.kept().by_indicator) {
    const MetricDefinition& metric = *target.metrics.at(indicator);
    MetricSeries& series = result.series[metric.id];
    series.id = metric.id;
    SeriesBuilder(target, metric, series, result).add(rows);
    sort_series(series);
  }
  return result;
}

}  // namespace cdp
