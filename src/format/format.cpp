#include "format/format.h"

#include <algorithm>
#include <cmath>

#include "model/figures.h"

namespace cdp {

namespace {

constexpr const char* kNotANumber = "(not a number)";

// "1234567" -> "1,234,567".
std::string group_thousands(const std::string& digits) {
  std::string grouped;
  std::size_t count = digits.size();
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0 && (count - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

bool is_zero(const DecimalParts& parts) {
  auto zero = [](const std::string& digits) { return digits.find_first_not_of('0') == std::string::npos; };
  return zero(parts.whole) && zero(parts.fraction);
}

// A minus sign for a negative value, unless it rounded to zero ("-0.0" helps nobody).
std::string sign_for(double value, const DecimalParts& parts) { return value < 0 && !is_zero(parts) ? "-" : ""; }

// Millions or billions to three places at most, without trailing zeros, so that no
// figure a council wrote is rounded away: (1.7, "m") -> "£1.7m", (1.699, "m") -> "£1.699m".
std::string scaled_money(double amount, const char* suffix) {
  return "£" + without_trailing_zeros(format_number(amount, 3)) + suffix;
}

}  // namespace

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return kNotANumber;
  DecimalParts parts = round_decimal(std::abs(value), decimals);
  std::string number = group_thousands(parts.whole) + (parts.fraction.empty() ? "" : "." + parts.fraction);
  return sign_for(value, parts) + number;
}

std::string format_number_as_given(double value, int max_decimals) {
  return without_trailing_zeros(format_number(value, max_decimals));
}

std::string without_trailing_zeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  return text;
}

std::string format_percent(double percent, int decimals) { return format_number(percent, decimals) + "%"; }

std::string format_rate(double per_100k, int decimals) { return format_number(per_100k, decimals) + " per 100,000"; }

std::string format_ratio(double ratio, int decimals) { return format_number(ratio, decimals); }

std::string format_money(double pounds) {
  if (!std::isfinite(pounds)) return kNotANumber;
  double size = std::abs(pounds);
  std::string sign = pounds < 0 && rounded(size, 2) != 0 ? "-" : "";
  // Each threshold is tested on the rounded figure, so that £999,999.60 is "£1m", not
  // "£1,000,000", and £999.96m is "£1bn", not "£1,000m".
  if (rounded(size / 1e6, 3) >= 1000) return sign + scaled_money(size / 1e9, "bn");
  if (rounded(size, 0) >= 1e6) return sign + scaled_money(size / 1e6, "m");
  int decimals = money_decimals(size);
  bool whole_pounds = decimals == 0 || rounded(size, 2) == std::floor(rounded(size, 2));
  return sign + "£" + format_number(size, whole_pounds ? 0 : 2);
}

std::string format_value(double value, Unit unit, int decimals) {
  int places = places_shown(unit, value, decimals);
  switch (unit) {
    case Unit::kCount: return format_number(value, places);
    case Unit::kPercent: return format_percent(value, places);
    case Unit::kRatePer100k: return format_rate(value, places);
    case Unit::kMoney: return format_money(value);
    case Unit::kRatio: return format_ratio(value, places);
  }
  return format_number(value);
}

std::string format_target_value(double value, Unit unit) {
  int decimals = shown_decimals(unit, value);
  switch (unit) {
    case Unit::kPercent: return format_number_as_given(value, decimals) + "%";
    case Unit::kRatePer100k: return format_number_as_given(value, decimals) + " per 100,000";
    case Unit::kMoney: return format_money(value);
    default: return format_number_as_given(value, decimals);
  }
}

std::string format_file_size(std::uintmax_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double size = static_cast<double>(bytes) / 1024;
  if (rounded(size, 0) < 1024) return format_number(std::max(size, 1.0)) + " KB";
  size /= 1024;
  if (rounded(size, 1) < 1024) return without_trailing_zeros(format_number(size, 1)) + " MB";
  return without_trailing_zeros(format_number(size / 1024, 1)) + " GB";
}

}  // namespace cdp
