#pragma once
// A metric's breakdown by category (model/cdp.h Breakdown) as a grouped bar chart: a
// group of bars for each period, a bar for each category. Each category has its own
// fill pattern as well as its colour, and a key names them in order, so the chart
// reads in grey scale and in print; the same figures come as a table (rows: periods,
// columns: categories) in the Chart it returns, with the chart's <title> and a
// summary in words as its <desc> and caption.
#include <optional>
#include <string>

#include "model/cdp.h"
#include "charts/chart.h"

namespace cdp {

// The chart of `breakdown` of the metric `definition`, with the values whose period
// ended by `as_of` (all when absent); no svg when there are none. `id` makes the SVG's
// element ids unique on the page.
Chart make_grouped_chart(const MetricDefinition& definition, const Breakdown& breakdown,
                         const std::optional<Date>& as_of, const std::string& id);

// "By client group": the heading a breakdown is shown under.
std::string breakdown_heading(const Breakdown& breakdown);

}  // namespace cdp
