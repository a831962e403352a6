// A metric's [[metric.breakdown]] tables: its figures split by one dimension (client
// group, age band, sex), each category declared once and given at most one value a period.
#include <algorithm>

#include "core/suggest.h"
#include "load/data_loader.h"

namespace cdp {

namespace {

std::vector<std::string> names_of(const std::vector<Located<std::string>>& categories) {
  std::vector<std::string> names;
  for (const Located<std::string>& category : categories) names.push_back(category.value);
  return names;
}

// The categories as declared; one given twice is reported and kept once.
std::vector<Located<std::string>> read_categories(TomlReader& reader, const toml::table& entry) {
  std::vector<Located<std::string>> written, categories;
  reader.read(entry, "categories", written);
  for (Located<std::string>& category : written) {
    auto same = std::find_if(categories.begin(), categories.end(),
                             [&](const Located<std::string>& other) { return other.value == category.value; });
    if (same != categories.end()) {
      reader.error(category.pos, "the category \"" + category.value + "\" is listed twice",
                   "the other is at line " + std::to_string(same->pos.line) + "; keep one of them");
      continue;
    }
    categories.push_back(std::move(category));
  }
  return categories;
}

// A value's category must be declared, and no category given twice for one period.
bool value_fits(TomlReader& reader, const Breakdown& breakdown, const Observation& value) {
  std::vector<std::string> declared = names_of(breakdown.categories);
  if (std::find(declared.begin(), declared.end(), value.category.value) == declared.end()) {
    reader.error(value.category.pos,
                 "the category \"" + value.category.value + "\" is not one of this breakdown's `categories`",
                 did_you_mean(value.category.value, declared) + " (or add it to `categories`)");
    return false;
  }
  for (const std::vector<Observation>* list : {&breakdown.values, &breakdown.missing}) {
    for (const Observation& other : *list) {
      if (other.category.value == value.category.value && other.period.value == value.period.value) {
        reader.error(value.period.pos,
                     "the category \"" + value.category.value + "\" has two values for " + value.period.value.display(),
                     "the other is at line " + std::to_string(other.period.pos.line) + "; keep one of them");
        return false;
      }
    }
  }
  return true;
}

Breakdown read_breakdown(TomlReader& reader, const toml::table& entry) {
  reader.reject_unknown_keys(entry, {"by", "categories", "values"}, "a [[metric.breakdown]]");
  Breakdown breakdown;
  reader.read(entry, "by", breakdown.by);
  SourcePos at = reader.pos(entry);
  reader.require(entry, "by", at, "by = \"client group\"");
  reader.require(entry, "categories", at, "categories = [\"opiate\", \"non-opiate\", \"alcohol only\"]");
  reader.require(entry, "values", at, "values = [ { period = \"2023/24\", category = \"opiate\", value = 812 } ]");
  breakdown.categories = read_categories(reader, entry);
  reader.for_each_table(entry, "values", [&](const toml::table& item) {
    std::optional<Observation> value = read_observation(reader, item, true);
    if (value && value->category.present() && value_fits(reader, breakdown, *value)) {
      (value->missing.present() ? breakdown.missing : breakdown.values).push_back(std::move(*value));
    }
  });
  auto by_period = [](const Observation& a, const Observation& b) { return a.period.value < b.period.value; };
  std::stable_sort(breakdown.values.begin(), breakdown.values.end(), by_period);
  std::stable_sort(breakdown.missing.begin(), breakdown.missing.end(), by_period);
  return breakdown;
}

}  // namespace

void read_breakdowns(TomlReader& reader, const toml::table& table, MetricSeries& series) {
  reader.for_each_table(table, "breakdown", [&](const toml::table& entry) {
    Breakdown breakdown = read_breakdown(reader, entry);
    for (const Breakdown& other : series.breakdowns) {
      if (breakdown.by.present() && other.by.value == breakdown.by.value) {
        reader.error(breakdown.by.pos, "this metric already has a breakdown by " + breakdown.by.value,
                     "the other is at line " + std::to_string(other.by.pos.line) +
                         "; put all of its categories and values in one [[metric.breakdown]]");
        return;
      }
    }
    series.breakdowns.push_back(std::move(breakdown));
  });
}

}  // namespace cdp
