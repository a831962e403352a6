#pragma once
// What every chart of charts/chart.cpp and charts/grouped_chart.cpp draws the same way:
// the drawing's size, the value axis from zero with round ticks, text that is escaped
// and measured, and the <svg> element itself (named by its <title>).
#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"

namespace cdp::chart_svg {

// The drawing, in SVG units. 400 wide keeps 13-unit text legible when the chart is
// scaled down to a 320-pixel screen (about 10 pixels).
inline constexpr double kWidth = 400;
inline constexpr double kPlotLeft = 56;
inline constexpr double kPlotRight = kWidth - 16;
inline constexpr double kPlotTop = 30;
inline constexpr double kPlotBottom = 210;
inline constexpr double kEdgePad = 14;      // space between the axis and the first and last points
inline constexpr double kFontSize = 13;
inline constexpr double kCharWidth = 7.2;   // a generous average width of a character at kFontSize
inline constexpr double kLegendRow = 20;

// A coordinate as SVG writes it: one decimal place.
std::string number(double value);

// Appends each part to `svg` in turn: a chart is written piece by piece, not joined from
// temporary strings (a data-heavy site draws thousands of charts).
template <typename... Parts>
void append(std::string& svg, const Parts&... parts) {
  (svg.append(std::string_view(parts)), ...);
}

// The value axis: from `low` to `high` in steps of `step`.
struct Scale {
  double low = 0, high = 1, step = 1;
  double y(double value) const { return kPlotBottom - (value - low) / (high - low) * (kPlotBottom - kPlotTop); }
};

// A step of 1, 2, 2.5 or 5 times a power of ten that cuts `range` into about four.
double nice_step(double range);

// From zero (bars must start there, and lines from zero do not exaggerate), to a
// round number above the largest of `figures` (not empty).
Scale scale_for(const std::vector<double>& figures, Unit unit);

// The places the tick step needs: 25 -> 0, 2.5 -> 1, 0.25 -> 2.
int tick_decimals(double step);

// A figure as an axis or bar label: "25%", "£1.7m", "1,814".
std::string tick_label(double value, Unit unit, int decimals);

// The width `text` takes at kFontSize, generously.
double text_width(const std::string& text);

// Appends a <text> element holding `content`, escaped.
void text(std::string& svg, double x, double y, const std::string& content, const char* anchor = "start",
          const char* css_class = "chart-text");

// Appends the value axis: grid lines, tick labels and the unit's axis title.
void y_axis(std::string& svg, const Scale& scale, Unit unit);

// Splits a bar's name into lines that fit `width`.
std::vector<std::string> wrap(const std::string& name, double width);

// The opening <svg> tag of a chart `height` tall, named by the element `id`-title.
std::string open_svg(const std::string& id, double height);

}  // namespace cdp::chart_svg
