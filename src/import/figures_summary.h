#pragma once
// What an import changes, in words for the person who ran it: the metrics it touches,
// values new, values changed (old -> new, with their period), values now missing,
// indicators that match no metric, and rows skipped with why.
#include <map>
#include <string>

#include "import/figures_import.h"
#include "model/cdp.h"

namespace cdp {

struct FiguresChanges {
  int added = 0;                      // values for periods the imported file did not have
  std::vector<std::string> changed;   // "drug-misuse-deaths, 2018 to 2020: 5.7 -> 5.9"
  std::vector<std::string> missing;   // "drug-misuse-deaths, 2021 to 2023: 5.9 -> missing (suppressed)"
};

// How `now` differs from `before` (the imported file as it was; empty when there was
// none): the partnership's own values only, compared as they are shown.
FiguresChanges figures_changes(const std::map<std::string, MetricSeries>& before,
                               const std::map<std::string, MetricSeries>& now,
                               const std::map<std::string, MetricDefinition>& catalogue);

// The summary printed after an import.
std::string figures_summary(const FiguresImport& imported, const FiguresChanges& changes);

}  // namespace cdp
