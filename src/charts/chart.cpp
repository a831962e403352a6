#include "charts/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/html.h"
#include "model/as_of.h"
#include "model/figures.h"
#include "charts/chart_svg.h"
#include "format/format.h"

namespace cdp {

namespace {

using namespace chart_svg;

// How each line looks: colour, dash and marker differ, so it reads without colour.
struct LineStyle {
  const char* colour;
  const char* dash;    // stroke-dasharray, "" for solid
  const char* marker;  // "circle", "square", "triangle", "diamond"
};
constexpr LineStyle kAreaStyle = {"#1d70b8", "", "circle"};
constexpr LineStyle kComparatorStyles[] = {
    {"#505a5f", "6 4", "square"}, {"#8a4100", "2 3", "triangle"}, {"#4c2c92", "8 3 2 3", "diamond"}};
constexpr const char* kTargetColour = "#0b0c0c";
constexpr const char* kTargetDash = "10 4";

// One line of the chart: a name and a figure (or none) for each period.
struct Series {
  std::string name;
  std::vector<std::optional<double>> values;  // aligned with the chart's periods
  std::vector<int> decimals;                  // the places each value is shown with (-1: the unit's)
  LineStyle style;
};

void marker(std::string& svg, const LineStyle& style, double x, double y) {
  std::string_view shape = style.marker;
  std::string fill;
  append(fill, " fill=\"", style.colour, "\"");
  if (shape == "circle") {
    append(svg, "<circle cx=\"", number(x), "\" cy=\"", number(y), "\" r=\"4\"", fill, "/>\n");
  } else if (shape == "square") {
    append(svg, "<rect x=\"", number(x - 3.5), "\" y=\"", number(y - 3.5), "\" width=\"7\" height=\"7\"", fill, "/>\n");
  } else if (shape == "triangle") {
    append(svg, "<path d=\"M", number(x), " ", number(y - 4.5), " L", number(x + 4.5), " ", number(y + 3.5), " L",
           number(x - 4.5), " ", number(y + 3.5), " Z\"", fill, "/>\n");
  } else {
    append(svg, "<path d=\"M", number(x), " ", number(y - 5), " L", number(x + 5), " ", number(y), " L", number(x), " ",
           number(y + 5), " L", number(x - 5), " ", number(y), " Z\"", fill, "/>\n");
  }
}

std::string stroke(const char* colour, const char* dash, double width) {
  std::string attributes;
  append(attributes, " fill=\"none\" stroke=\"", colour, "\" stroke-width=\"", number(width), "\"");
  if (*dash) append(attributes, " stroke-dasharray=\"", dash, "\"");
  return attributes;
}

// Which period labels fit under the axis without touching: the first, the last, and
// those between that leave room around them.
std::vector<bool> labels_that_fit(const std::vector<double>& xs, const std::vector<std::string>& labels) {
  std::vector<bool> shown(labels.size(), false);
  auto left = [&](std::size_t i) { return xs[i] - text_width(labels[i]) / 2; };
  auto right = [&](std::size_t i) { return xs[i] + text_width(labels[i]) / 2; };
  shown.front() = true;
  if (labels.size() > 1 && left(labels.size() - 1) >= right(0) + 8) shown.back() = true;
  double last_right = right(0);
  for (std::size_t i = 1; i + 1 < labels.size(); ++i) {
    bool clear_of_last = !shown.back() || right(i) + 8 <= left(labels.size() - 1);
    if (left(i) >= last_right + 8 && clear_of_last) {
      shown[i] = true;
      last_right = right(i);
    }
  }
  return shown;
}

// The x of each period, clamped so that centred labels stay inside the drawing.
std::vector<double> period_xs(std::size_t count) {
  std::vector<double> xs;
  double span = kPlotRight - kPlotLeft - 2 * kEdgePad;
  for (std::size_t i = 0; i < count; ++i) {
    xs.push_back(kPlotLeft + kEdgePad +
                 (count == 1 ? span / 2 : span * static_cast<double>(i) / static_cast<double>(count - 1)));
  }
  return xs;
}

void x_labels(std::string& svg, const std::vector<double>& xs, const std::vector<std::string>& labels) {
  std::vector<bool> shown = labels_that_fit(xs, labels);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!shown[i]) continue;
    double half = text_width(labels[i]) / 2;
    double x = std::clamp(xs[i], half + 2, kWidth - half - 2);
    text(svg, x, kPlotBottom + 20, labels[i], "middle");
  }
}

void line(std::string& svg, const Series& series, const std::vector<double>& xs, const Scale& scale) {
  std::string path;
  bool pen_down = false;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (!series.values[i]) {
      pen_down = false;
      continue;
    }
    append(path, (pen_down ? " L" : (path.empty() ? "M" : " M")), number(xs[i]), " ",
           number(scale.y(*series.values[i])));
    pen_down = true;
  }
  append(svg, "<path class=\"chart-line\" d=\"", path, "\"", stroke(series.style.colour, series.style.dash, 2.5),
         "/>\n");
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (series.values[i]) marker(svg, series.style, xs[i], scale.y(*series.values[i]));
  }
}

void target_line(std::string& svg, double target, const Scale& scale) {
  double y = scale.y(target);
  append(svg, "<line class=\"chart-target\" x1=\"", number(kPlotLeft), "\" x2=\"", number(kPlotRight), "\" y1=\"",
         number(y), "\" y2=\"", number(y), "\"", stroke(kTargetColour, kTargetDash, 2), "/>\n");
}

// The key under the plot: a sample of each line and its name.
void legend(std::string& svg, const std::vector<Series>& lines, const std::string& target_words, double top) {
  double y = top;
  for (const Series& series : lines) {
    append(svg, "<line x1=\"", number(kPlotLeft), "\" x2=\"", number(kPlotLeft + 30), "\" y1=\"", number(y - 4),
           "\" y2=\"", number(y - 4), "\"", stroke(series.style.colour, series.style.dash, 2.5), "/>\n");
    marker(svg, series.style, kPlotLeft + 15, y - 4);
    text(svg, kPlotLeft + 38, y, series.name);
    y += kLegendRow;
  }
  if (!target_words.empty()) {
    append(svg, "<line x1=\"", number(kPlotLeft), "\" x2=\"", number(kPlotLeft + 30), "\" y1=\"", number(y - 4),
           "\" y2=\"", number(y - 4), "\"", stroke(kTargetColour, kTargetDash, 2), "/>\n");
    text(svg, kPlotLeft + 38, y, target_words);
  }
}

struct Drawing {
  std::vector<Period> periods;             // the area's periods known by the date, in order
  std::vector<Series> series;              // the area first, then comparators
  std::optional<double> target;            // the target in force
  std::string target_words;                // "Target: 2,000 by March 2025"
};

std::vector<double> all_figures(const Drawing& drawing) {
  std::vector<double> figures;
  for (const Series& series : drawing.series) {
    for (const std::optional<double>& value : series.values) {
      if (value) figures.push_back(*value);
    }
  }
  if (drawing.target) figures.push_back(*drawing.target);
  return figures;
}

std::string line_chart(const Drawing& drawing, Unit unit, const std::string& heading) {
  Scale scale = scale_for(all_figures(drawing), unit);
  std::vector<double> xs = period_xs(drawing.periods.size());
  std::vector<std::string> labels;
  for (const Period& period : drawing.periods) labels.push_back(period.label());
  std::string svg = heading;
  y_axis(svg, scale, unit);
  x_labels(svg, xs, labels);
  if (drawing.target) target_line(svg, *drawing.target, scale);
  for (auto series = drawing.series.rbegin(); series != drawing.series.rend(); ++series) line(svg, *series, xs, scale);
  legend(svg, drawing.series, drawing.target_words, kPlotBottom + 48);
  return svg;
}

std::string bar_chart(const Drawing& drawing, Unit unit, const std::string& heading) {
  std::vector<const Series*> bars;
  for (const Series& series : drawing.series) {
    if (series.values.front()) bars.push_back(&series);
  }
  Scale scale = scale_for(all_figures(drawing), unit);
  std::string svg = heading;
  y_axis(svg, scale, unit);
  double slot = (kPlotRight - kPlotLeft) / static_cast<double>(bars.size());
  double width = std::min(64.0, slot * 0.6);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    double value = *bars[i]->values.front();
    double centre = kPlotLeft + slot * (static_cast<double>(i) + 0.5);
    double top = std::min(scale.y(value), scale.y(0));
    double height = std::fabs(scale.y(value) - scale.y(0));
    append(svg, "<rect x=\"", number(centre - width / 2), "\" y=\"", number(top), "\" width=\"", number(width),
           "\" height=\"", number(height), "\" fill=\"", bars[i]->style.colour, "\"/>\n");
    int places = places_shown(unit, value, bars[i]->decimals.front());
    text(svg, centre, top - 5, tick_label(value, unit, places), "middle", "chart-text chart-value");
    double y = kPlotBottom + 20;
    for (const std::string& part : wrap(bars[i]->name, slot - 6)) {
      text(svg, centre, y, part, "middle");
      y += 16;
    }
  }
  if (drawing.target) target_line(svg, *drawing.target, scale);
  legend(svg, {}, drawing.target_words, kPlotBottom + 72);
  return svg;
}

// The area's figures and each comparator's, for the periods the area has (as of the date).
Drawing drawing_for(const MetricDefinition& definition, const MetricSeries& series, const std::string& area,
                    const std::optional<Date>& as_of) {
  Drawing drawing;
  std::vector<Period>& periods = drawing.periods;
  Series own{area, {}, {}, kAreaStyle};
  for (const Observation& value : series.values) {
    if (as_of && !value.period.value.ended_by(*as_of)) continue;
    periods.push_back(value.period.value);
    own.values.push_back(value.figure.value);
    own.decimals.push_back(value.decimals);
  }
  drawing.series.push_back(std::move(own));
  std::size_t style = 0;
  for (const Comparator& comparator : series.comparators) {
    Series other{comparator.name.value, std::vector<std::optional<double>>(periods.size()),
                 std::vector<int>(periods.size(), -1), kComparatorStyles[style % std::size(kComparatorStyles)]};
    bool any = false;
    for (const Observation& value : comparator.values) {
      if (as_of && !value.period.value.ended_by(*as_of)) continue;
      auto at = std::find(periods.begin(), periods.end(), value.period.value);
      if (at == periods.end()) continue;
      other.values[at - periods.begin()] = value.figure.value;
      other.decimals[at - periods.begin()] = value.decimals;
      any = true;
    }
    if (!any) continue;
    drawing.series.push_back(std::move(other));
    ++style;
  }
  if (const Target* target = target_as_of(series, as_of)) {
    drawing.target = target->value.value;
    drawing.target_words = "Target: " + format_target_value(target->value.value, definition.unit.value) + " by " +
                           target->by.value.display();
  }
  return drawing;
}

// "the East of England" starts a sentence as "The East of England".
std::string sentence_case(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// The value of `line` for the period at `p`, as shown.
std::string figure(const Series& line, std::size_t p, Unit unit) {
  return line.values[p] ? format_value(*line.values[p], unit, line.decimals[p]) : "No figure";
}

// "West Sussex went up from 1,602 in 2020/21 to 1,814 in December 2023. England: ..."
std::string summary_for(const MetricDefinition& definition, const Drawing& drawing) {
  const std::vector<Period>& periods = drawing.periods;
  Unit unit = definition.unit.value;
  const Series& own = drawing.series.front();
  std::string first = figure(own, 0, unit);
  std::string last = figure(own, own.values.size() - 1, unit);
  std::string words = definition.name.value + ": " + own.name + " ";
  if (periods.size() == 1) {
    words += "had " + last + " " + periods.back().with_preposition() + ".";
  } else if (first == last) {
    words += "stayed at " + last + " from " + periods.front().display() + " to " + periods.back().display() + ".";
  } else {
    bool up = *own.values.back() > *own.values.front();
    words += std::string(up ? "went up" : "went down") + " from " + first + " " + periods.front().with_preposition() +
             " to " + last + " " + periods.back().with_preposition() + ".";
  }
  for (std::size_t i = 1; i < drawing.series.size(); ++i) {
    const Series& other = drawing.series[i];
    for (std::size_t p = periods.size(); p-- > 0;) {
      if (!other.values[p]) continue;
      words += " " + sentence_case(other.name) + ": " + figure(other, p, unit) + " " +
               periods[p].with_preposition() + ".";
      break;
    }
  }
  if (drawing.target) words += " " + drawing.target_words + ".";
  return words;
}

}  // namespace

Chart make_chart(const MetricDefinition& definition, const MetricSeries& series, const std::string& area,
                 const std::optional<Date>& as_of, const std::string& id) {
  Chart chart;
  Drawing drawing = drawing_for(definition, series, area, as_of);
  if (drawing.periods.empty()) return chart;
  Unit unit = definition.unit.value;
  chart.summary = summary_for(definition, drawing);
  bool bars = drawing.periods.size() == 1;
  std::size_t legend_rows = (bars ? 0 : drawing.series.size()) + (drawing.target ? 1 : 0);
  double height = kPlotBottom + (bars ? 72 : 48) + static_cast<double>(legend_rows) * kLegendRow;
  std::string heading = open_svg(id, height) + "<title id=\"" + id + "-title\">" + escape_html(definition.name.value) +
                        "</title>\n<desc id=\"" + id + "-desc\">" + escape_html(chart.summary) + "</desc>\n";
  chart.svg = (bars ? bar_chart(drawing, unit, heading) : line_chart(drawing, unit, heading)) + "</svg>";
  chart.caption = definition.name.value + ": the figures in the chart" +
                  (drawing.target ? " (" + drawing.target_words + ")" : "");
  chart.columns.push_back("Period");
  for (const Series& line : drawing.series) chart.columns.push_back(line.name);
  for (std::size_t p = 0; p < drawing.periods.size(); ++p) {
    std::vector<std::string> row{drawing.periods[p].display()};
    for (const Series& line : drawing.series) row.push_back(figure(line, p, unit));
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

namespace {

// A map of one key, its value moved in: a map's list constructor copies each value.
mustache::Map map_of(std::string key, mustache::Value value) {
  mustache::Map map;
  map.set(std::move(key), std::move(value));
  return map;
}

}  // namespace

mustache::Map chart_values(Chart chart) {
  mustache::List columns, rows;
  for (std::size_t c = 1; c < chart.columns.size(); ++c) columns.push_back(map_of("name", std::move(chart.columns[c])));
  for (std::vector<std::string>& row : chart.rows) {
    mustache::List cells;
    for (std::size_t c = 1; c < row.size(); ++c) cells.push_back(map_of("value", std::move(row[c])));
    mustache::Map item = map_of("period", std::move(row.front()));
    item.set("cells", std::move(cells));
    rows.push_back(std::move(item));
  }
  bool has_chart = !chart.svg.empty();
  mustache::Map values = map_of("svg", std::move(chart.svg));  // the largest: thousands of bytes
  values.set("has_chart", has_chart);
  values.set("summary", std::move(chart.summary));
  values.set("caption", std::move(chart.caption));
  values.set("columns", std::move(columns));
  values.set("rows", std::move(rows));
  return values;
}

const mustache::Schema& chart_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "A chart of a metric over time, with the same figures as a table.",
      {{"has_chart", Schema::flag("Whether there is anything to draw.")},
       {"svg", Schema::html("The chart, as inline SVG.")},
       {"summary", Schema::text("What the chart shows, in words.")},
       {"caption", Schema::text("The table's caption.")},
       {"columns", Schema::list("The table's columns after the period: the area, then each comparator.",
                                Schema::map("", {{"name", Schema::text("The column's heading.")}}))},
       {"rows", Schema::list("The table's rows, one per period.",
                             Schema::map("", {{"period", Schema::text("The period.")},
                                              {"cells", Schema::list("The values, one per column.",
                                                                     Schema::map("", {{"value", Schema::text("The value, or – when none.")}}))}}))}});
  return schema;
}

}  // namespace cdp
