#pragma once
// load_metrics_file on TOML text held in memory, against a small catalogue: for the
// tests of metrics.toml and of the facts it holds (assessments, breakdowns).
#include <string>
#include <vector>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp::testing {

struct LoadedMetrics {
  CdpData data;                     // the catalogue, with local metrics added
  Partnership partnership;          // its metrics
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

// Loads `text` as content/ws/metrics.toml with two framework metrics in the catalogue:
// numbers-in-treatment (higher is better) and drug-offences (no better direction).
inline LoadedMetrics metrics_from(const std::string& text) {
  LoadedMetrics loaded;
  MetricDefinition treatment;
  treatment.id = "numbers-in-treatment";
  treatment.pos = {"data/outcomes-framework.toml", 10, 6};
  treatment.better = {Better::kHigher, {"data/outcomes-framework.toml", 13, 10}};
  treatment.from_framework = true;
  loaded.data.catalogue[treatment.id] = treatment;
  MetricDefinition offences = treatment;
  offences.id = "drug-offences";
  offences.pos = {"data/outcomes-framework.toml", 20, 6};
  offences.better = {Better::kNeither, {"data/outcomes-framework.toml", 23, 10}};
  loaded.data.catalogue[offences.id] = offences;
  Diagnostics diagnostics;
  DataFile file{std::make_shared<SourceFile>("content/ws/metrics.toml", text), toml::parse(text)};
  load_metrics_file(file, loaded.partnership, loaded.data, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

}  // namespace cdp::testing
