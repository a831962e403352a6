#pragma once
// Open data: every metric's figures as CSV and JSON, per partnership
// (<folder>/open-data/metrics.csv, .json) and site-wide (open-data/metrics.csv, .json),
// with period, value, unit, numerator, denominator, comparators, targets and source;
// and each partnership's own facts beside them (outputs/partnership_open_data.h), its
// meetings and milestones (outputs/governance_data.h).
// Text cells of the CSV that a spreadsheet would run as a formula are neutralised.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/cdp.h"
#include "core/generated_file.h"
#include "routes/addresses.h"

namespace cdp {

// Where make_open_data publishes, in the same order, without making the files.
std::vector<std::string> open_data_paths(const CdpData& data);

// Receives one open data file, its path relative to the site root and its bytes; false
// stops the making.
using OpenDataSink = std::function<bool(const std::string& path, std::string_view content)>;

// Makes every open data file of the site and gives each to `emit` as it is made, in a
// stable order. A data-heavy site's open data is a hundred megabytes or more, so it is
// never all held at once. False when `emit` stopped it.
bool make_open_data(const CdpData& data, const OpenDataSink& emit);

}  // namespace cdp
