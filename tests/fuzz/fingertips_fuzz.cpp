// Fuzzes the Fingertips reader and the import: any bytes end in rows or a problem at a
// row and column, never a crash, and a missing value is never a figure of 0.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "import/figures_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cdp::MetricDefinition metric;
  metric.id = "drug-misuse-deaths";
  metric.better.value = cdp::Better::kLower;
  cdp::FiguresTarget target;
  target.area_codes = {"E10000032"};
  target.metrics = {{92432, &metric}};
  target.file = "fuzz.csv";
  cdp::CsvProblem problem;
  auto imported = cdp::import_fingertips([&] { return std::make_unique<std::istringstream>(text); }, target, problem);
  if (!imported) {
    if (problem.row < 1 || problem.column < 1 || problem.message.empty()) std::abort();
    return 0;
  }
  for (const auto& [id, series] : imported->series) {
    for (const cdp::Observation& missing : series.missing) {
      if (missing.figure.present() || missing.missing.value.empty()) std::abort();
    }
  }
  return 0;
}
