#include "charts/chart_svg.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/html.h"
#include "format/format.h"

namespace cdp::chart_svg {

std::string number(double value) {
  // The same text as printf's %.1f, made without printf's cost (a chart has hundreds).
  // A chart's coordinates are rounded to tenths by hand: below a million the product
  // by ten is within a billionth of the exact one, so only a near tie (x.x5) can round
  // differently, and those go to std::to_chars, which rounds the exact value as printf.
  double magnitude = std::fabs(value);
  if (magnitude < 1e6) {
    double tenths = magnitude * 10;
    double whole = std::floor(tenths);
    double fraction = tenths - whole;
    if (std::fabs(fraction - 0.5) > 1e-6) {
      long long rounded = static_cast<long long>(fraction > 0.5 ? whole + 1 : whole);
      std::string text = std::signbit(value) ? "-" : "";
      text += std::to_string(rounded / 10);
      text += '.';
      text += static_cast<char>('0' + rounded % 10);
      return text;
    }
  }
  char text[400];  // room for the largest double written out in full
  auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 1);
  return std::string(text, error == std::errc() ? end : text);
}

// A step of 1, 2, 2.5 or 5 times a power of ten that cuts `range` into about four.
double nice_step(double range) {
  double raw = range / 4;
  double magnitude = std::pow(10, std::floor(std::log10(raw)));
  double normal = raw / magnitude;
  double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
  return nice * magnitude;
}

// From zero (bars must start there, and lines from zero do not exaggerate), to a
// round number above the largest figure or target.
Scale scale_for(const std::vector<double>& figures, Unit unit) {
  double low = std::min(0.0, *std::min_element(figures.begin(), figures.end()));
  // Headroom above the largest figure, for the labels on bars.
  double high = std::max(0.0, *std::max_element(figures.begin(), figures.end()) * 1.08);
  if (high - low < 1e-9) high = low + 1;
  Scale scale;
  scale.step = nice_step(high - low);
  scale.low = std::floor(low / scale.step) * scale.step;
  scale.high = std::ceil(high / scale.step - 1e-9) * scale.step;
  if (unit == Unit::kPercent && scale.high > 100 && high <= 100) scale.high = 100;
  return scale;
}

// The places the tick step needs: 25 -> 0, 2.5 -> 1, 0.25 -> 2.
int tick_decimals(double step) {
  for (int decimals = 0; decimals < 3; ++decimals) {
    double scaled = step * std::pow(10, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return decimals;
  }
  return 3;
}

std::string tick_label(double value, Unit unit, int decimals) {
  if (std::fabs(value) < 1e-9) value = 0;
  switch (unit) {
    case Unit::kPercent: return format_number(value, decimals) + "%";
    case Unit::kMoney: return format_money(value);
    default: return format_number(value, decimals);
  }
}

double text_width(const std::string& text) {
  std::size_t characters = 0;
  for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return static_cast<double>(characters) * kCharWidth;
}

void text(std::string& svg, double x, double y, const std::string& content, const char* anchor,
          const char* css_class) {
  append(svg, "<text class=\"", css_class, "\" x=\"", number(x), "\" y=\"", number(y), "\" text-anchor=\"", anchor,
         "\">", escape_html(content), "</text>\n");
}

void y_axis(std::string& svg, const Scale& scale, Unit unit) {
  int decimals = tick_decimals(scale.step);
  for (double value = scale.low; value <= scale.high + scale.step / 1000; value += scale.step) {
    double y = scale.y(value);
    append(svg, "<line class=\"chart-grid\" x1=\"", number(kPlotLeft), "\" x2=\"", number(kPlotRight), "\" y1=\"",
           number(y), "\" y2=\"", number(y), "\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n");
    text(svg, kPlotLeft - 6, y + 4, tick_label(value, unit, decimals), "end");
  }
  text(svg, 4, kPlotTop - 14, std::string(term(unit).axis_title));
}

// Splits a bar's name into lines that fit under it.
std::vector<std::string> wrap(const std::string& name, double width) {
  std::vector<std::string> lines(1);
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t space = name.find(' ', start);
    std::string word = name.substr(start, space == std::string::npos ? std::string::npos : space - start);
    std::string joined = lines.back().empty() ? word : lines.back() + " " + word;
    if (!lines.back().empty() && text_width(joined) > width) {
      lines.push_back(word);
    } else {
      lines.back() = joined;
    }
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return lines;
}

std::string open_svg(const std::string& id, double height) {
  return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + number(kWidth) + " " +
         number(height) + "\" width=\"" + number(kWidth) + "\" height=\"" + number(height) + "\" role=\"img\" " +
         "aria-labelledby=\"" + id + "-title\" font-family=\"system-ui, sans-serif\" font-size=\"" +
         number(kFontSize) + "\">\n";
}

}  // namespace cdp::chart_svg
