#include "render/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cdp {

namespace {

std::string group_thousands(const std::string& digits) {
  std::string grouped;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) grouped.insert(grouped.begin(), ',');
    grouped.insert(grouped.begin(), *it);
    ++count;
  }
  return grouped;
}

// One decimal place, without a trailing ".0": 1.70 -> "1.7", 2.0 -> "2".
std::string one_decimal(double value) {
  std::string text = format_number(value, 1);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

bool is_better(double difference, Better better) {
  return better == Better::kHigher ? difference > 0 : difference < 0;
}

}  // namespace

std::string unit_name(Unit unit) {
  switch (unit) {
    case Unit::kCount: return "a count";
    case Unit::kPercent: return "a percentage";
    case Unit::kRatePer100k: return "a rate per 100,000";
    case Unit::kMoney: return "pounds";
    case Unit::kRatio: return "a ratio";
  }
  return "";
}

std::string format_number(double value, int decimals) {
  char buffer[64];
  // Round half away from zero on the decimal value people read (48.25 -> 48.3).
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::abs(value) * scale + 1e-9) / scale;
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
  std::string text = buffer;
  std::size_t point = text.find('.');
  std::string whole = group_thousands(text.substr(0, point));
  std::string fraction = point == std::string::npos ? "" : text.substr(point);
  bool negative = value < 0 && rounded != 0;
  return (negative ? "-" : "") + whole + fraction;
}

int default_decimals(Unit unit, double value) {
  switch (unit) {
    case Unit::kCount: return value == std::floor(value) ? 0 : 1;
    case Unit::kPercent:
    case Unit::kRatePer100k: return 1;
    case Unit::kRatio: return 2;
    case Unit::kMoney: return 0;
  }
  return 0;
}

std::string format_money(double pounds) {
  double size = std::abs(pounds);
  std::string sign = pounds < 0 ? "-" : "";
  if (size >= 1e9) return sign + "£" + one_decimal(size / 1e9) + "bn";
  if (size >= 1e6) return sign + "£" + one_decimal(size / 1e6) + "m";
  if (size >= 1000 || size == std::floor(size)) return sign + "£" + format_number(size, 0);
  return sign + "£" + format_number(size, 2);
}

std::string format_value(double value, Unit unit) {
  switch (unit) {
    case Unit::kPercent: return format_number(value, default_decimals(unit, value)) + "%";
    case Unit::kRatePer100k: return format_number(value, default_decimals(unit, value)) + " per 100,000";
    case Unit::kMoney: return format_money(value);
    default: return format_number(value, default_decimals(unit, value));
  }
}

std::string change_in_words(const DatedValue& current, const DatedValue& previous, Unit unit) {
  double difference = current.value - previous.value;
  std::string since = " from " + format_value(previous.value, unit) + " in " + previous.period.display();
  int decimals = default_decimals(unit, difference);
  if (std::abs(difference) < std::pow(10.0, -decimals) / 2) return "no change" + since;
  std::string direction = difference > 0 ? "up " : "down ";
  double size = std::abs(difference);
  if (unit == Unit::kPercent) return direction + format_number(size, 1) + " percentage points" + since;
  std::string amount = unit == Unit::kMoney ? format_money(size)
                       : unit == Unit::kRatePer100k ? format_number(size, 1) + " per 100,000"
                                                    : format_number(size, decimals);
  std::string relative = previous.value != 0
                             ? " (" + format_number(size / std::abs(previous.value) * 100, 1) + "%)"
                             : "";
  return direction + amount + relative + since;
}

TargetAssessment assess_target(const DatedValue& latest, double target, const Period& due, Better better,
                               Unit unit, const Date& today, const std::optional<DatedValue>& baseline) {
  TargetAssessment result;
  result.reason = format_value(latest.value, unit) + " in " + latest.period.display() + " against a target of " +
                  format_value(target, unit) + " by " + due.display();
  bool higher_is_better = better != Better::kLower;
  bool met = higher_is_better ? latest.value >= target : latest.value <= target;
  if (met) {
    result.status = TargetStatus::kMet;
  } else if (due.last() < today) {
    result.status = TargetStatus::kNotMet;
  } else if (baseline) {
    auto days = [](const Date& d) { return d.year * 372 + d.month * 31 + d.day; };  // ordering-accurate scale
    double span = days(due.last()) - days(baseline->period.last());
    double elapsed = days(latest.period.last()) - days(baseline->period.last());
    double expected_share = span > 0 ? std::clamp(elapsed / span, 0.0, 1.0) : 1.0;
    double needed = target - baseline->value;
    double achieved = latest.value - baseline->value;
    bool on_track = needed == 0 || achieved / needed >= expected_share;
    result.status = on_track ? TargetStatus::kOnTrack : TargetStatus::kNotOnTrack;
  } else {
    result.status = TargetStatus::kOnTrack;
  }
  switch (result.status) {
    case TargetStatus::kMet: result.words = "target met"; result.css_class = "status--met"; break;
    case TargetStatus::kOnTrack: result.words = "on track"; result.css_class = "status--on-track"; break;
    case TargetStatus::kNotOnTrack: result.words = "not on track"; result.css_class = "status--not-on-track"; break;
    case TargetStatus::kNotMet: result.words = "target not met"; result.css_class = "status--not-met"; break;
    case TargetStatus::kNoTarget: break;
  }
  return result;
}

ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              double tolerance) {
  ComparisonResult result;
  double difference = value - other;
  bool similar = unit == Unit::kPercent ? std::abs(difference) <= 0.5
                                        : std::abs(difference) <= std::abs(other) * tolerance;
  std::string figure = " (" + format_value(other, unit) + ")";
  if (similar) {
    result.comparison = Comparison::kSimilar;
    result.words = "similar to " + other_name + figure;
  } else if (better == Better::kNeither) {
    result.comparison = difference > 0 ? Comparison::kHigher : Comparison::kLower;
    result.words = (difference > 0 ? "higher than " : "lower than ") + other_name + figure;
  } else {
    result.comparison = is_better(difference, better) ? Comparison::kBetter : Comparison::kWorse;
    result.words = (result.comparison == Comparison::kBetter ? "better than " : "worse than ") + other_name + figure;
  }
  static const char* kClasses[] = {"compare--better", "compare--similar", "compare--worse", "compare--higher",
                                   "compare--lower"};
  result.css_class = kClasses[static_cast<int>(result.comparison)];
  return result;
}

}  // namespace cdp
