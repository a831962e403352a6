#include "import/figures_summary.h"

#include "model/figures.h"

namespace cdp {

namespace {

std::string shown(double value, Unit unit) {
  DecimalParts parts = round_decimal(value < 0 ? -value : value, shown_decimals(unit, value));
  return (value < 0 ? "-" : "") + parts.whole + (parts.fraction.empty() ? "" : "." + parts.fraction);
}

const Observation* find_period(const std::vector<Observation>& values, const Period& period) {
  for (const Observation& value : values) {
    if (value.period.value == period) return &value;
  }
  return nullptr;
}

void compare_series(const std::string& id, const MetricSeries* before, const MetricSeries& now, Unit unit,
                    FiguresChanges& changes) {
  static const MetricSeries kNone;
  const MetricSeries& old = before ? *before : kNone;
  for (const Observation& value : now.values) {
    const Observation* was = find_period(old.values, value.period.value);
    if (!was && !find_period(old.missing, value.period.value)) {
      ++changes.added;
      continue;
    }
    std::string old_text = was ? shown(was->figure.value, unit) : "missing";
    std::string new_text = shown(value.figure.value, unit);
    if (old_text != new_text) {
      changes.changed.push_back(id + ", " + value.period.value.display() + ": " + old_text + " -> " + new_text);
    }
  }
  for (const Observation& value : now.missing) {
    const Observation* was = find_period(old.values, value.period.value);
    if (was) {
      changes.missing.push_back(id + ", " + value.period.value.display() + ": " + shown(was->figure.value, unit) +
                                " -> missing (" + value.missing.value + ")");
    } else if (!find_period(old.missing, value.period.value)) {
      changes.missing.push_back(id + ", " + value.period.value.display() + ": missing (" + value.missing.value + ")");
    }
  }
}

std::string count_line(int count, const std::string& what) { return "  " + std::to_string(count) + " " + what + "\n"; }

}  // namespace

FiguresChanges figures_changes(const std::map<std::string, MetricSeries>& before,
                               const std::map<std::string, MetricSeries>& now,
                               const std::map<std::string, MetricDefinition>& catalogue) {
  FiguresChanges changes;
  for (const auto& [id, series] : now) {
    auto old = before.find(id);
    compare_series(id, old == before.end() ? nullptr : &old->second, series, catalogue.at(id).unit.value, changes);
  }
  return changes;
}

std::string figures_summary(const FiguresImport& imported, const FiguresChanges& changes) {
  std::string text = "Metrics touched (" + std::to_string(imported.series.size()) + "):";
  for (const auto& [id, series] : imported.series) text += " " + id;
  text += "\n";
  text += count_line(changes.added, "values new");
  text += count_line(static_cast<int>(changes.changed.size()), "values changed");
  for (const std::string& line : changes.changed) text += "    " + line + "\n";
  text += count_line(static_cast<int>(changes.missing.size()), "values now missing");
  for (const std::string& line : changes.missing) text += "    " + line + "\n";
  text += count_line(static_cast<int>(imported.unmatched.size()), "indicators matched to no metric");
  for (const auto& [indicator, name] : imported.unmatched) {
    text += "    " + std::to_string(indicator) + " " + name + " (give its metric fingertips_id = " +
            std::to_string(indicator) + " in metrics.toml)\n";
  }
  int skipped = 0;
  for (const auto& [why, count] : imported.skipped) skipped += count;
  text += count_line(skipped, "rows skipped, of " + std::to_string(imported.rows));
  for (const auto& [why, count] : imported.skipped) text += "    " + std::to_string(count) + " " + why + "\n";
  return text;
}

}  // namespace cdp
