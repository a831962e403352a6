#pragma once
// The file `cdpsite import figures` owns in a partnership's folder (imported/NAME.toml):
// its series written as metrics.toml's [[metric]] tables, headed by the file they came
// from. Figures are written with the places the metric's unit is shown with (a rate
// 45.3, a count 1814), so that a figure reads on the page as Fingertips shows it;
// written the same way from the same figures, byte for byte.
#include <map>
#include <string>

#include "model/cdp.h"

namespace cdp {

// The first line of every imported file.
std::string imported_file_header(const std::string& source_file);

// The whole imported file for `series` (by metric id), each of whose metrics is in `catalogue`.
std::string imported_figures_toml(const std::map<std::string, MetricSeries>& series,
                                  const std::map<std::string, MetricDefinition>& catalogue,
                                  const std::string& source_file);

// `text` as a TOML string in double quotes.
std::string toml_quoted(std::string_view text);

}  // namespace cdp
