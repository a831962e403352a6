#include "charts/grouped_chart.h"

#include <algorithm>
#include <cmath>

#include "core/html.h"
#include "model/figures.h"
#include "charts/chart_svg.h"
#include "format/format.h"

namespace cdp {

namespace {

using namespace chart_svg;

// How each category's bars are filled: a colour and a pattern, so that they differ
// without colour too. The colours have at least 4.5:1 against white.
struct BarStyle {
  const char* colour;
  const char* pattern;  // "" for solid; else the lines drawn across a 6-unit tile
};
constexpr BarStyle kBarStyles[] = {
    {"#1d70b8", ""},
    {"#505a5f", "<path d=\"M0 6 L6 0\" stroke-width=\"2\"/>"},
    {"#8a4100", "<path d=\"M0 3 L6 3\" stroke-width=\"2\"/>"},
    {"#4c2c92", "<path d=\"M0 0 L6 6 M0 6 L6 0\" stroke-width=\"1.5\"/>"},
    {"#00703c", "<path d=\"M3 0 L3 6\" stroke-width=\"2\"/>"},
    {"#b10e1e", "<circle cx=\"3\" cy=\"3\" r=\"1.5\"/>"},
};
constexpr double kKeySwatch = 14;

const BarStyle& style_of(std::size_t category) { return kBarStyles[category % std::size(kBarStyles)]; }

std::string fill_of(std::size_t category, const std::string& id) {
  const BarStyle& style = style_of(category);
  return *style.pattern ? "url(#" + id + "-fill-" + std::to_string(category) + ")" : style.colour;
}

// The <pattern> of each patterned category, drawn in its colour on white.
std::string pattern_defs(std::size_t categories, const std::string& id) {
  std::string defs = "<defs>\n";
  for (std::size_t c = 0; c < categories; ++c) {
    const BarStyle& style = style_of(c);
    if (!*style.pattern) continue;
    defs += "<pattern id=\"" + id + "-fill-" + std::to_string(c) +
            "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"><rect width=\"6\" height=\"6\" "
            "fill=\"#ffffff\"/><g stroke=\"" + style.colour + "\" fill=\"" + style.colour + "\">" + style.pattern +
            "</g></pattern>\n";
  }
  return defs + "</defs>\n";
}

// The breakdown's figures by period (rows) and category (columns).
struct Grid {
  std::vector<Period> periods;                                  // in order
  std::vector<std::vector<const Observation*>> cells;          // [period][category], null when none
};

Grid grid_for(const Breakdown& breakdown, const std::optional<Date>& as_of) {
  Grid grid;
  for (const Observation& value : breakdown.values) {
    if (as_of && !value.period.value.ended_by(*as_of)) continue;
    if (grid.periods.empty() || !(grid.periods.back() == value.period.value)) {
      grid.periods.push_back(value.period.value);
      grid.cells.emplace_back(breakdown.categories.size(), nullptr);
    }
    for (std::size_t c = 0; c < breakdown.categories.size(); ++c) {
      if (breakdown.categories[c].value == value.category.value) grid.cells.back()[c] = &value;
    }
  }
  return grid;
}

std::string figure(const Observation* value, Unit unit) {
  return value ? format_value(value->figure.value, unit, value->decimals) : "No figure";
}

void bar(std::string& svg, double x, double width, const Observation& value, const Scale& scale, Unit unit,
         const std::string& fill, const char* outline) {
  double top = std::min(scale.y(value.figure.value), scale.y(0));
  double height = std::fabs(scale.y(value.figure.value) - scale.y(0));
  append(svg, "<rect x=\"", number(x), "\" y=\"", number(top), "\" width=\"", number(width), "\" height=\"",
         number(height), "\" fill=\"", fill, "\" stroke=\"", outline, "\" stroke-width=\"1\"/>\n");
  // A label fits above a bar that is wide enough for it.
  std::string label = tick_label(value.figure.value, unit, places_shown(unit, value.figure.value, value.decimals));
  if (text_width(label) <= width + 6) text(svg, x + width / 2, top - 5, label, "middle", "chart-text chart-value");
}

// The groups of bars, a period's name under each group.
void groups(std::string& svg, const Grid& grid, std::size_t categories, const Scale& scale, Unit unit,
            const std::string& id) {
  double slot = (kPlotRight - kPlotLeft) / static_cast<double>(grid.periods.size());
  double width = std::min(40.0, slot * 0.8 / static_cast<double>(categories));
  for (std::size_t p = 0; p < grid.periods.size(); ++p) {
    double left = kPlotLeft + slot * (static_cast<double>(p) + 0.5) - width * static_cast<double>(categories) / 2;
    for (std::size_t c = 0; c < categories; ++c) {
      if (const Observation* value = grid.cells[p][c]) {
        bar(svg, left + width * static_cast<double>(c), width, *value, scale, unit, fill_of(c, id), style_of(c).colour);
      }
    }
    double y = kPlotBottom + 20;
    for (const std::string& part : wrap(grid.periods[p].label(), slot - 6)) {
      text(svg, kPlotLeft + slot * (static_cast<double>(p) + 0.5), y, part, "middle");
      y += 16;
    }
  }
}

// The key under the plot: each category's swatch and name, in the order of the bars.
void key(std::string& svg, const Breakdown& breakdown, const std::string& id, double top) {
  double y = top;
  for (std::size_t c = 0; c < breakdown.categories.size(); ++c) {
    append(svg, "<rect x=\"", number(kPlotLeft), "\" y=\"", number(y - kKeySwatch + 2), "\" width=\"",
           number(kKeySwatch), "\" height=\"", number(kKeySwatch), "\" fill=\"", fill_of(c, id), "\" stroke=\"",
           style_of(c).colour, "\" stroke-width=\"1\"/>\n");
    text(svg, kPlotLeft + kKeySwatch + 8, y, breakdown.categories[c].value);
    y += kLegendRow;
  }
}

// "Numbers in treatment by client group, in 2023/24: opiate 800; non-opiate 300."
std::string summary_for(const MetricDefinition& definition, const Breakdown& breakdown, const Grid& grid) {
  std::string words = definition.name.value + " by " + breakdown.by.value + ", " +
                      grid.periods.back().with_preposition() + ":";
  const std::vector<const Observation*>& latest = grid.cells.back();
  for (std::size_t c = 0; c < latest.size(); ++c) {
    words += std::string(c ? ";" : "") + " " + breakdown.categories[c].value + " " +
             figure(latest[c], definition.unit.value);
  }
  words += ".";
  if (grid.periods.size() > 1) {
    words += " The chart also shows " + std::to_string(grid.periods.size() - 1) + " earlier period" +
             (grid.periods.size() > 2 ? "s" : "") + ", from " + grid.periods.front().display() + ".";
  }
  return words;
}

std::vector<double> figures_of(const Grid& grid) {
  std::vector<double> figures;
  for (const auto& row : grid.cells) {
    for (const Observation* value : row) {
      if (value) figures.push_back(value->figure.value);
    }
  }
  return figures;
}

}  // namespace

std::string breakdown_heading(const Breakdown& breakdown) { return "By " + breakdown.by.value; }

Chart make_grouped_chart(const MetricDefinition& definition, const Breakdown& breakdown,
                         const std::optional<Date>& as_of, const std::string& id) {
  Chart chart;
  Grid grid = grid_for(breakdown, as_of);
  if (grid.periods.empty() || breakdown.categories.empty()) return chart;
  Unit unit = definition.unit.value;
  std::string title = definition.name.value + " by " + breakdown.by.value;
  chart.summary = summary_for(definition, breakdown, grid);
  double height = kPlotBottom + 56 + static_cast<double>(breakdown.categories.size()) * kLegendRow;
  Scale scale = scale_for(figures_of(grid), unit);
  std::string svg = open_svg(id, height) + "<title id=\"" + id + "-title\">" + escape_html(title) +
                    "</title>\n<desc id=\"" + id + "-desc\">" + escape_html(chart.summary) + "</desc>\n" +
                    pattern_defs(breakdown.categories.size(), id);
  y_axis(svg, scale, unit);
  groups(svg, grid, breakdown.categories.size(), scale, unit, id);
  key(svg, breakdown, id, kPlotBottom + 56);
  chart.svg = svg + "</svg>";
  chart.caption = title + ": the figures in the chart";
  chart.columns.push_back("Period");
  for (const Located<std::string>& category : breakdown.categories) chart.columns.push_back(category.value);
  for (std::size_t p = 0; p < grid.periods.size(); ++p) {
    std::vector<std::string> row{grid.periods[p].display()};
    for (const Observation* value : grid.cells[p]) row.push_back(figure(value, unit));
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

}  // namespace cdp
