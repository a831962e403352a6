#pragma once
// Charts of a metric's figures as static SVG, made here so that pages need no
// JavaScript. A chart comes with what a reader without sight of it needs: a text
// alternative that states the trend in words, and the same figures as a table.
//
// Two or more periods make a line chart: the partnership's line solid with round
// markers, comparators dashed with square markers and dotted with triangles, the
// target a long-dashed level line. One period makes a bar chart, one bar per area,
// each named under its bar. Lines differ in dash and marker, not only in colour, and a
// key under the plot names them, so the chart reads in grey scale and in print.
#include <optional>
#include <string>
#include <vector>

#include "model/cdp.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

struct Chart {
  std::string svg;                               // the SVG element ("" when there are no figures)
  std::string summary;                           // the trend in words: the SVG's <desc>, and the
                                                 // figure's caption (so the SVG's name is its title only)
  std::string caption;                           // the table's caption
  std::vector<std::string> columns;              // "Period", the area, comparators, "Target"
  std::vector<std::vector<std::string>> rows;    // one per period: its name, then a figure per column
};

// The chart of `series` of `definition` for `area` (the partnership's short or full
// name), with the figures, comparators and target known on `as_of` (all when absent).
// `id` makes the SVG's element ids unique on the page ("chart-numbers-in-treatment").
Chart make_chart(const MetricDefinition& definition, const MetricSeries& series, const std::string& area,
                 const std::optional<Date>& as_of, const std::string& id);

// The chart as template values: has_chart, svg (HTML), summary, caption,
// columns [{name}], rows [{period, cells [{value}]}].
mustache::Map chart_values(Chart chart);

// What chart_values gives.
const mustache::Schema& chart_schema();

}  // namespace cdp
