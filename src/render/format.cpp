#include "render/format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <stdexcept>

namespace cdp {

namespace {

// ---------------------------------------------------------------------------
// Decimal text

void require_finite(double value) {
  if (std::isfinite(value)) return;
  throw std::invalid_argument("cannot show a figure that is not a finite number (" +
                              std::string(std::isnan(value) ? "NaN" : "infinity") +
                              "); the data should have been rejected when it was loaded");
}

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

struct DecimalParts {
  std::string whole;     // digits before the point, at least "0"
  std::string fraction;  // digits after it, exactly as many as asked for
};

// `magnitude` (not negative) rounded half away from zero to `decimals` places.
DecimalParts round_decimal(double magnitude, int decimals) {
  std::string text = shortest_decimal(magnitude);
  std::size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  auto places = static_cast<std::size_t>(decimals);
  bool round_up = fraction.size() > places && fraction[places] >= '5';
  fraction.resize(places, '0');
  std::string digits = whole + fraction;
  if (round_up) add_one_to_last_digit(digits);
  std::size_t whole_length = digits.size() - places;
  return {digits.substr(0, whole_length), digits.substr(whole_length)};
}

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

int clamp_decimals(int decimals) { return std::clamp(decimals, 0, 20); }

// The value as it is shown to `decimals` places, as a number again, so that change,
// status and comparison work on the figures people see.
double rounded(double value, int decimals) {
  DecimalParts parts = round_decimal(std::abs(value), clamp_decimals(decimals));
  std::string text = parts.whole + (parts.fraction.empty() ? "" : "." + parts.fraction);
  double magnitude = 0;
  std::from_chars(text.data(), text.data() + text.size(), magnitude);
  return value < 0 ? -magnitude : magnitude;
}

// "1.70" -> "1.7", "2.0" -> "2", "1,814" unchanged.
std::string without_trailing_zeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  return text;
}

// ---------------------------------------------------------------------------
// Figures as shown

// Money is shown in pence under £1,000 and in whole pounds (or coarser) above.
int money_decimals(double pounds) { return rounded(std::abs(pounds), 2) < 1000 ? 2 : 0; }

// The figure as it is shown in its unit, as a number.
double as_shown(double value, Unit unit) {
  if (unit == Unit::kMoney) return rounded(value, money_decimals(value));
  return rounded(value, default_decimals(unit, value));
}

// A point on a path to a target, shown like the figures it is compared with; counts
// are whole, since people are.
std::string format_estimate(double value, Unit unit) {
  return unit == Unit::kCount ? format_number(value, 0) : format_value(value, unit);
}

// Millions or billions to three places at most, without trailing zeros, so that no
// figure a council wrote is rounded away: (1.7, "m") -> "£1.7m", (1.699, "m") -> "£1.699m".
std::string scaled_money(double amount, const char* suffix) {
  return "£" + without_trailing_zeros(format_number(amount, 3)) + suffix;
}

// The size of a change (not negative) in its unit, for "up 64", "up £784,000".
std::string format_change_size(double size, Unit unit, int count_decimals) {
  switch (unit) {
    case Unit::kCount: return format_number(size, count_decimals);
    case Unit::kPercent: return format_number(size, 1) + " percentage points";
    default: return format_value(size, unit);
  }
}

// " (3.7%)": the change as a share of the previous figure.
std::string relative_change(double size, double previous) {
  if (previous == 0) return "";
  double percent = size / std::abs(previous) * 100;
  if (rounded(percent, 1) == 0) return " (less than 0.1%)";
  return " (" + format_percent(percent) + ")";
}

// ---------------------------------------------------------------------------
// Targets

// Days since 1 January 1970, for measuring how far along a path to a target we are.
double day_number(const Date& date) {
  using namespace std::chrono;
  year_month_day calendar_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                              day{static_cast<unsigned>(date.day)}};
  return static_cast<double>(sys_days(calendar_day).time_since_epoch().count());
}

// Whether the target aims for higher figures: the metric's better direction, or for a
// metric with none, the direction from the baseline to the target.
bool aims_higher(Better better, double target, const std::optional<DatedValue>& baseline) {
  if (better == Better::kHigher) return true;
  if (better == Better::kLower) return false;
  return !baseline || target >= baseline->value;
}

// Whether `value` is at or beyond `mark` in the aimed-for direction.
bool reaches(double value, double mark, bool higher) { return higher ? value >= mark : value <= mark; }

// Where a straight line from the baseline to the target would be at the end of `when`.
double expected_on_path(const DatedValue& baseline, double target, const Period& due, const Period& when) {
  double start = day_number(baseline.period.last());
  double span = day_number(due.last()) - start;
  double elapsed = day_number(when.last()) - start;
  double share = span > 0 ? std::clamp(elapsed / span, 0.0, 1.0) : 1.0;
  return baseline.value + (target - baseline.value) * share;
}

TargetAssessment assessment(TargetStatus status, std::string reason) {
  return {status, std::string(target_status_words(status)), std::move(reason),
          std::string(target_status_class(status))};
}

// ---------------------------------------------------------------------------
// Comparison

bool within(double difference, double tolerance) {
  constexpr double kSlack = 1e-9;  // so that a difference of exactly the tolerance counts, despite binary fractions
  return std::abs(difference) <= tolerance + kSlack;
}

bool is_similar(double ours, double theirs, Unit unit, const Similarity& similarity) {
  if (unit == Unit::kPercent) return within(ours - theirs, similarity.percentage_points);
  return within(ours - theirs, similarity.relative * std::abs(theirs));
}

Comparison comparison_of(double ours, double theirs, Unit unit, Better better, const Similarity& similarity) {
  if (is_similar(ours, theirs, unit, similarity)) return Comparison::kSimilar;
  bool higher = ours > theirs;
  if (better == Better::kNeither) return higher ? Comparison::kHigher : Comparison::kLower;
  return higher == (better == Better::kHigher) ? Comparison::kBetter : Comparison::kWorse;
}

std::string comparison_words(Comparison comparison) {
  switch (comparison) {
    case Comparison::kBetter: return "better than ";
    case Comparison::kSimilar: return "similar to ";
    case Comparison::kWorse: return "worse than ";
    case Comparison::kHigher: return "higher than ";
    case Comparison::kLower: return "lower than ";
  }
  return "";
}

}  // namespace

std::string unit_name(Unit unit) {
  switch (unit) {
    case Unit::kCount: return "a count";
    case Unit::kPercent: return "a percentage";
    case Unit::kRatePer100k: return "a rate per 100,000";
    case Unit::kMoney: return "an amount in pounds";
    case Unit::kRatio: return "a ratio";
  }
  return "";
}

std::string format_number(double value, int decimals) {
  require_finite(value);
  DecimalParts parts = round_decimal(std::abs(value), clamp_decimals(decimals));
  std::string number = group_thousands(parts.whole) + (parts.fraction.empty() ? "" : "." + parts.fraction);
  return sign_for(value, parts) + number;
}

std::string format_number_as_given(double value, int max_decimals) {
  return without_trailing_zeros(format_number(value, max_decimals));
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

std::string format_percent(double percent, int decimals) { return format_number(percent, decimals) + "%"; }

std::string format_rate(double per_100k, int decimals) { return format_number(per_100k, decimals) + " per 100,000"; }

std::string format_ratio(double ratio, int decimals) { return format_number(ratio, decimals); }

std::string format_money(double pounds) {
  require_finite(pounds);
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

std::string format_value(double value, Unit unit) {
  switch (unit) {
    case Unit::kCount: return format_number(value, default_decimals(unit, value));
    case Unit::kPercent: return format_percent(value);
    case Unit::kRatePer100k: return format_rate(value);
    case Unit::kMoney: return format_money(value);
    case Unit::kRatio: return format_ratio(value);
  }
  return format_number(value);
}

std::string format_target_value(double value, Unit unit) {
  int decimals = default_decimals(unit, value);
  switch (unit) {
    case Unit::kPercent: return format_number_as_given(value, decimals) + "%";
    case Unit::kRatePer100k: return format_number_as_given(value, decimals) + " per 100,000";
    case Unit::kMoney: return format_money(value);
    default: return format_number_as_given(value, decimals);
  }
}

std::string change_in_words(const DatedValue& current, const DatedValue& previous, Unit unit) {
  require_finite(current.value);
  require_finite(previous.value);
  std::string since = " from " + format_value(previous.value, unit) + " " + previous.period.with_preposition();
  double now = as_shown(current.value, unit);
  double before = as_shown(previous.value, unit);
  if (now == before) return "no change" + since;
  int count_decimals = std::max(default_decimals(Unit::kCount, now), default_decimals(Unit::kCount, before));
  double size = std::abs(now - before);
  std::string relative = unit == Unit::kPercent ? "" : relative_change(size, before);
  return (now > before ? "up " : "down ") + format_change_size(size, unit, count_decimals) + relative + since;
}

std::string_view target_status_words(TargetStatus status) {
  switch (status) {
    case TargetStatus::kMet: return "target met";
    case TargetStatus::kOnTrack: return "on track";
    case TargetStatus::kNotOnTrack: return "not on track";
    case TargetStatus::kNotYetMet: return "not yet met";
    case TargetStatus::kNotMet: return "target not met";
    case TargetStatus::kNoTarget: return "no target";
  }
  return "";
}

std::string_view target_status_class(TargetStatus status) {
  switch (status) {
    case TargetStatus::kMet: return "status--met";
    case TargetStatus::kOnTrack: return "status--on-track";
    case TargetStatus::kNotOnTrack: return "status--not-on-track";
    case TargetStatus::kNotYetMet: return "status--not-yet-met";
    case TargetStatus::kNotMet: return "status--not-met";
    case TargetStatus::kNoTarget: return "status--no-target";
  }
  return "";
}

TargetAssessment assess_target(const DatedValue& latest, double target, const Period& due, Better better,
                               Unit unit, const Date& today, const std::optional<DatedValue>& baseline) {
  require_finite(latest.value);
  require_finite(target);
  if (baseline) require_finite(baseline->value);
  bool higher = aims_higher(better, target, baseline);
  double value = as_shown(latest.value, unit);
  std::string reason = format_value(latest.value, unit) + " " + latest.period.with_preposition() +
                       " against a target of " + format_target_value(target, unit) + " by " + due.display();
  if (reaches(value, target, higher)) return assessment(TargetStatus::kMet, reason);
  if (due.last() < today) return assessment(TargetStatus::kNotMet, reason);
  // Progress can only be judged from a figure for a later period than the baseline's.
  bool after_baseline = baseline && baseline->period.last() < latest.period.last();
  if (!after_baseline) return assessment(TargetStatus::kNotYetMet, reason);
  double expected = expected_on_path(*baseline, target, due, latest.period);
  double expected_as_shown = unit == Unit::kCount ? rounded(expected, 0) : as_shown(expected, unit);
  reason += " (steady progress from " + format_value(baseline->value, unit) + " " +
            baseline->period.with_preposition() + " would mean " + format_estimate(expected, unit) + " " +
            latest.period.with_preposition() + ")";
  bool on_track = reaches(value, expected_as_shown, higher);
  return assessment(on_track ? TargetStatus::kOnTrack : TargetStatus::kNotOnTrack, reason);
}

std::string_view comparison_class(Comparison comparison) {
  switch (comparison) {
    case Comparison::kBetter: return "compare--better";
    case Comparison::kSimilar: return "compare--similar";
    case Comparison::kWorse: return "compare--worse";
    case Comparison::kHigher: return "compare--higher";
    case Comparison::kLower: return "compare--lower";
  }
  return "";
}

ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              const Similarity& similarity) {
  require_finite(value);
  require_finite(other);
  Comparison comparison = comparison_of(as_shown(value, unit), as_shown(other, unit), unit, better, similarity);
  std::string words = comparison_words(comparison) + other_name + " (" + format_value(other, unit) + ")";
  return {comparison, std::move(words), std::string(comparison_class(comparison))};
}

}  // namespace cdp
