#include "model/figures.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace cdp {

namespace {

// The shortest decimal that reads back as `magnitude` (0.1 -> "0.1", not
// "0.1000000000000000055511151231257827"), in plain digits without an exponent. That is
// the number a person wrote or would write, so it is what gets rounded.
std::string shortest_decimal(double magnitude) {
  std::array<char, 400> buffer;  // the largest double has 309 digits before the point
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude, std::chars_format::fixed);
  return std::string(buffer.data(), error == std::errc() ? end : buffer.data());
}

// Adds one to the last digit of a string of digits, carrying: "199" -> "200", "99" -> "100".
void add_one_to_last_digit(std::string& digits) {
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return;
    }
    *it = '0';
  }
  digits.insert(digits.begin(), '1');
}

int clamp_decimals(int decimals) { return std::clamp(decimals, 0, 20); }

}  // namespace

DecimalParts round_decimal(double magnitude, int decimals) {
  std::string text = shortest_decimal(magnitude);
  std::size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  auto places = static_cast<std::size_t>(clamp_decimals(decimals));
  bool round_up = fraction.size() > places && fraction[places] >= '5';
  fraction.resize(places, '0');
  std::string digits = whole + fraction;
  if (round_up) add_one_to_last_digit(digits);
  std::size_t whole_length = digits.size() - places;
  return {digits.substr(0, whole_length), digits.substr(whole_length)};
}

double rounded(double value, int decimals) {
  DecimalParts parts = round_decimal(std::abs(value), decimals);
  std::string text = parts.whole + (parts.fraction.empty() ? "" : "." + parts.fraction);
  double magnitude = 0;
  std::from_chars(text.data(), text.data() + text.size(), magnitude);
  return value < 0 ? -magnitude : magnitude;
}

int shown_decimals(Unit unit, double value) {
  switch (unit) {
    case Unit::kCount: return value == std::floor(value) ? 0 : 1;
    case Unit::kPercent:
    case Unit::kRatePer100k: return 1;
    case Unit::kRatio: return 2;
    case Unit::kMoney: return 0;
  }
  return 0;
}

int money_decimals(double pounds) { return rounded(std::abs(pounds), 2) < 1000 ? 2 : 0; }

int places_shown(Unit unit, double value, int decimals) {
  return decimals >= 0 && unit != Unit::kMoney ? decimals : shown_decimals(unit, value);
}

double as_shown(double value, Unit unit, int decimals) {
  if (unit == Unit::kMoney) return rounded(value, money_decimals(value));
  return rounded(value, places_shown(unit, value, decimals));
}

}  // namespace cdp
