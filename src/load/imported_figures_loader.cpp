// A partnership's imported/NAME.toml files, written by `cdpsite import figures`: each
// holds [[metric]] series like metrics.toml's, added to the hand-written ones value by
// value. The hand-written file wins only where it says so (`replaces_import = true`);
// otherwise a figure given in both places is an error naming both.
#include <algorithm>

#include "load/data_loader.h"

namespace cdp {

namespace {

// Where the hand-written and the imported value for one figure are.
struct Clash {
  const Observation& hand;      // the value in metrics.toml
  const Observation& imported;  // the value in the imported file
};

std::string place(const SourcePos& pos) { return pos.file.str() + ":" + std::to_string(pos.line); }

void report_clash(const Clash& clash, const std::string& metric, const CdpData& data, Diagnostics& diagnostics) {
  const SourcePos& at = clash.hand.period.pos;
  std::string what = "the figure of \"" + metric + "\" for " + clash.hand.period.value.display();
  if (clash.hand.category.present()) what += " (" + clash.hand.category.value + ")";
  std::string message = what + " is written here and also imported at " + place(clash.imported.period.pos);
  std::string hint = "remove it here to use the imported figure, or add replaces_import = true to this value to "
                     "publish it instead of the imported one";
  auto file = data.files.find(at.file.str());
  diagnostics.add(file == data.files.end() ? error_in(at.file.str(), message, hint)
                                           : error_at(*file->second, at, message, hint));
}

bool same_figure(const Observation& a, const Observation& b) {
  return a.period.value == b.period.value && a.category.value == b.category.value;
}

// The hand-written value (a figure or a missing one) for the same figure as `imported`.
const Observation* hand_value(const std::vector<Observation>& values, const std::vector<Observation>& missing,
                              const Observation& imported) {
  for (const std::vector<Observation>* list : {&values, &missing}) {
    auto found = std::find_if(list->begin(), list->end(), [&](const Observation& hand) { return same_figure(hand, imported); });
    if (found != list->end()) return &*found;
  }
  return nullptr;
}

// Where a merge reports to: the metric's id, the loaded files and the diagnostics.
struct MergeContext {
  const std::string& metric;
  const CdpData& data;
  Diagnostics& diagnostics;
};

// Adds each imported value (figure or missing) that the hand-written ones do not give.
void merge_values(std::vector<Observation>& values, std::vector<Observation>& missing,
                  std::vector<Observation>&& imported_values, std::vector<Observation>&& imported_missing,
                  const MergeContext& context) {
  std::vector<Observation> added_values, added_missing;
  for (std::vector<Observation>* list : {&imported_values, &imported_missing}) {
    for (Observation& imported : *list) {
      if (const Observation* hand = hand_value(values, missing, imported)) {
        if (!hand->replaces_import) report_clash({*hand, imported}, context.metric, context.data, context.diagnostics);
        continue;
      }
      (list == &imported_values ? added_values : added_missing).push_back(std::move(imported));
    }
  }
  auto by_period = [](const Observation& a, const Observation& b) { return a.period.value < b.period.value; };
  auto append_sorted = [&](std::vector<Observation>& into, std::vector<Observation>& added) {
    into.insert(into.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    std::stable_sort(into.begin(), into.end(), by_period);
  };
  append_sorted(values, added_values);
  append_sorted(missing, added_missing);
}

void merge_comparators(MetricSeries& hand, std::vector<Comparator>&& imported, const MergeContext& context) {
  for (Comparator& comparator : imported) {
    auto same = std::find_if(hand.comparators.begin(), hand.comparators.end(),
                             [&](const Comparator& other) { return other.name.value == comparator.name.value; });
    if (same == hand.comparators.end()) {
      hand.comparators.push_back(std::move(comparator));
      continue;
    }
    merge_values(same->values, same->missing, std::move(comparator.values), std::move(comparator.missing), context);
  }
}

void merge_breakdowns(MetricSeries& hand, std::vector<Breakdown>&& imported, const MergeContext& context) {
  for (Breakdown& breakdown : imported) {
    auto same = std::find_if(hand.breakdowns.begin(), hand.breakdowns.end(),
                             [&](const Breakdown& other) { return other.by.value == breakdown.by.value; });
    if (same == hand.breakdowns.end()) {
      hand.breakdowns.push_back(std::move(breakdown));
      continue;
    }
    for (Located<std::string>& category : breakdown.categories) {
      bool declared = std::any_of(same->categories.begin(), same->categories.end(),
                                  [&](const Located<std::string>& other) { return other.value == category.value; });
      if (!declared) same->categories.push_back(std::move(category));
    }
    merge_values(same->values, same->missing, std::move(breakdown.values), std::move(breakdown.missing), context);
  }
}

// An imported judgement is kept unless the hand-written ones already judge the same
// thing (a comparison with the same area, or a trend) for the same period.
void merge_assessments(MetricSeries& hand, std::vector<Assessment>&& imported) {
  auto said_by_hand = [&](const Assessment& assessment) {
    return std::any_of(hand.assessments.begin(), hand.assessments.end(), [&](const Assessment& other) {
      bool same_period = other.period.present() == assessment.period.present() &&
                         (!other.period.present() || other.period.value == assessment.period.value);
      bool same_comparison = assessment.comparison.present() && other.comparison.present() &&
                             other.against.value == assessment.against.value;
      bool same_trend = assessment.trend.present() && other.trend.present();
      return same_period && (same_comparison || same_trend);
    });
  };
  for (Assessment& assessment : imported) {
    if (!said_by_hand(assessment)) hand.assessments.push_back(std::move(assessment));
  }
}

void merge_series(MetricSeries& hand, MetricSeries&& imported, const MergeContext& context) {
  merge_values(hand.values, hand.missing, std::move(imported.values), std::move(imported.missing), context);
  merge_comparators(hand, std::move(imported.comparators), context);
  merge_breakdowns(hand, std::move(imported.breakdowns), context);
  merge_assessments(hand, std::move(imported.assessments));
}

}  // namespace

void load_imported_figures_file(const DataFile& file, Partnership& partnership, CdpData& data,
                                Diagnostics& diagnostics) {
  std::map<std::string, MetricSeries> imported;
  read_metric_series(file, "an imported figures file", imported, data, diagnostics);
  for (auto& [id, series] : imported) {
    auto hand = partnership.metrics.find(id);
    if (hand == partnership.metrics.end()) {
      partnership.metrics.emplace(id, std::move(series));
      continue;
    }
    merge_series(hand->second, std::move(series), {id, data, diagnostics});
    apply_decimals(data.catalogue.at(id), hand->second);
  }
}

}  // namespace cdp
