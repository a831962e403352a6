#include "model/period.h"

#include <array>
#include <cctype>
#include <regex>
#include <tuple>

#include "core/suggest.h"

namespace cdp {

namespace {

const std::array<std::string, 12>& month_names() {
  static const std::array<std::string, 12> names = {"january", "february", "march",     "april",
                                                    "may",     "june",     "july",      "august",
                                                    "september", "october", "november", "december"};
  return names;
}

std::string lower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// 1-12 for a full or three-letter month name ("Sept" too); 0 otherwise.
int month_number(const std::string& word) {
  std::string name = lower(word);
  if (name == "sept") name = "sep";
  for (std::size_t i = 0; i < 12; ++i) {
    const std::string& full = month_names()[i];
    if (name == full || (name.size() == 3 && full.starts_with(name))) return static_cast<int>(i) + 1;
  }
  return 0;
}

Date month_start(int year, int month) { return {year, month, 1}; }
Date month_end(int year, int month) { return {year, month, days_in_month(year, month)}; }

// The month `count` months before (year, month), as (year, month).
std::pair<int, int> months_before(int year, int month, int count) {
  int index = year * 12 + (month - 1) - count;
  return {index / 12, index % 12 + 1};
}

std::string two_digits(int year) {
  std::string text = std::to_string(year % 100);
  return text.size() == 1 ? "0" + text : text;
}

std::string short_month(int month) { return month_name(month).substr(0, 3); }

// "22" after "2022/" must be the next year: "2022/23".
bool is_next_year_suffix(int year, int suffix) { return (year + 1) % 100 == suffix; }

struct Parser {
  std::string text;     // the trimmed input
  std::string problem;  // why it failed

  std::optional<Period> fail(std::string reason) {
    problem = std::move(reason);
    return std::nullopt;
  }

  std::optional<Period> month_year(const std::string& month_word, int year, bool baseline) {
    int month = month_number(month_word);
    if (month == 0) {
      std::vector<std::string> names(month_names().begin(), month_names().end());
      std::string match = closest_match(lower(month_word), names);
      return fail("month name not recognised: '" + month_word + "'" +
                  (match.empty() ? "" : " (did you mean " + std::string(1, static_cast<char>(std::toupper(match[0]))) + match.substr(1) + "?)"));
    }
    return Period(PeriodKind::kMonth, month_start(year, month), month_end(year, month), baseline);
  }

  std::optional<Period> financial_year(int year, int suffix, int quarter) {
    if (!is_next_year_suffix(year, suffix)) {
      return fail(std::to_string(year) + "/" + two_digits(suffix) + " does not span one year; a financial year is written " +
                  std::to_string(year) + "/" + two_digits(year + 1));
    }
    if (quarter == 0) return Period(PeriodKind::kFinancialYear, {year, 4, 1}, {year + 1, 3, 31});
    if (quarter > 4) return fail("Q" + std::to_string(quarter) + " is not a quarter; quarters are Q1 to Q4");
    int first_month = 4 + (quarter - 1) * 3;  // Q1 starts in April
    int first_year = first_month > 12 ? year + 1 : year;
    first_month = (first_month - 1) % 12 + 1;
    return Period(PeriodKind::kQuarter, month_start(first_year, first_month),
                  month_end(first_year, first_month + 2));
  }

  std::optional<Period> parse() {
    static const std::regex day(R"((\d{4})-(\d{2})-(\d{2}))");
    static const std::regex month(R"(([A-Za-z]+)\.?\s+(\d{4})(\s+baseline)?)", std::regex::icase);
    static const std::regex fy(R"((\d{4})\s*[/-]\s*(\d{2}))");
    static const std::regex quarter(R"(Q(\d)\s+(\d{4})\s*[/-]\s*(\d{2}))", std::regex::icase);
    static const std::regex year(R"((\d{4}))");
    static const std::regex span(R"((\d{4})\s*(?:-|to)\s*(\d{4}))", std::regex::icase);
    static const std::regex rolling(R"((\d{1,2})\s+months?\s+to\s+([A-Za-z]+)\s+(\d{4}))", std::regex::icase);
    static const std::regex range(R"(([A-Za-z]+)\s+(\d{4})\s+(?:to|-|–)\s+([A-Za-z]+)\s+(\d{4}))", std::regex::icase);
    std::smatch m;
    if (std::regex_match(text, m, day)) {
      std::optional<Date> date = parse_iso_date(text);
      if (!date) return fail("'" + text + "' is not a real date");
      return Period(PeriodKind::kDay, *date, *date);
    }
    if (std::regex_match(text, m, quarter)) return financial_year(std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[1]));
    if (std::regex_match(text, m, rolling)) return rolling_months(std::stoi(m[1]), m[2], std::stoi(m[3]));
    if (std::regex_match(text, m, range)) return month_range(m[1], std::stoi(m[2]), m[3], std::stoi(m[4]));
    if (std::regex_match(text, m, month)) return month_year(m[1], std::stoi(m[2]), m[3].matched);
    if (std::regex_match(text, m, span)) return year_span(std::stoi(m[1]), std::stoi(m[2]));
    if (std::regex_match(text, m, fy)) {
      int first = std::stoi(m[1]), suffix = std::stoi(m[2]);
      if (text.find('-') != std::string::npos && !is_next_year_suffix(first, suffix)) {
        return year_span(first, first / 100 * 100 + suffix);  // "2018-20"
      }
      return financial_year(first, suffix, 0);
    }
    if (std::regex_match(text, m, year)) {
      int y = std::stoi(m[1]);
      return Period(PeriodKind::kCalendarYear, {y, 1, 1}, {y, 12, 31});
    }
    return fail("'" + text + "' is not in a form cdpsite knows. " + accepted_period_forms());
  }

  std::optional<Period> rolling_months(int count, const std::string& month_word, int year) {
    int month = month_number(month_word);
    if (month == 0) return month_year(month_word, year, false);
    if (count < 1 || count > 60) return fail("a rolling period must be between 1 and 60 months");
    auto [first_year, first_month] = months_before(year, month, count - 1);
    return Period(PeriodKind::kRollingMonths, month_start(first_year, first_month), month_end(year, month));
  }

  std::optional<Period> month_range(const std::string& from_word, int from_year, const std::string& to_word, int to_year) {
    std::optional<Period> from = month_year(from_word, from_year, false);
    if (!from) return std::nullopt;
    std::optional<Period> to = month_year(to_word, to_year, false);
    if (!to) return std::nullopt;
    if (to->last() < from->first()) return fail("the period ends before it starts");
    return Period(PeriodKind::kRange, from->first(), to->last());
  }

  std::optional<Period> year_span(int first, int last) {
    if (last <= first) return fail(std::to_string(first) + "-" + std::to_string(last) + " ends before it starts");
    return Period(PeriodKind::kYearSpan, {first, 1, 1}, {last, 12, 31});
  }
};

std::string trim(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t");
  std::size_t end = text.find_last_not_of(" \t");
  return start == std::string_view::npos ? "" : std::string(text.substr(start, end - start + 1));
}

// The financial year a quarter belongs to, as "2023/24".
std::string financial_year_of(const Date& first) {
  int start = first.month >= 4 ? first.year : first.year - 1;
  return std::to_string(start) + "/" + two_digits(start + 1);
}

int quarter_of(const Date& first) { return (first.month + 8) % 12 / 3 + 1; }

}  // namespace

Period::Period(PeriodKind kind, Date first, Date last, bool baseline)
    : kind_(kind), first_(first), last_(last), baseline_(baseline) {}

std::string Period::display() const {
  switch (kind_) {
    case PeriodKind::kDay: return long_date(first_);
    case PeriodKind::kMonth: return month_name(first_.month) + " " + std::to_string(first_.year);
    case PeriodKind::kQuarter:
      return "Q" + std::to_string(quarter_of(first_)) + " " + financial_year_of(first_) + " (" +
             month_name(first_.month) + " to " + month_name(last_.month) + " " + std::to_string(last_.year) + ")";
    case PeriodKind::kFinancialYear: return std::to_string(first_.year) + "/" + two_digits(last_.year);
    case PeriodKind::kCalendarYear: return std::to_string(first_.year);
    case PeriodKind::kYearSpan: return std::to_string(first_.year) + " to " + std::to_string(last_.year);
    case PeriodKind::kRollingMonths: {
      int months = (last_.year - first_.year) * 12 + last_.month - first_.month + 1;
      return std::to_string(months) + " months to " + month_name(last_.month) + " " + std::to_string(last_.year);
    }
    case PeriodKind::kRange:
      return month_name(first_.month) + " " + std::to_string(first_.year) + " to " + month_name(last_.month) + " " +
             std::to_string(last_.year);
  }
  return "";
}

std::string Period::label() const {
  switch (kind_) {
    case PeriodKind::kMonth: return short_month(first_.month) + " " + std::to_string(first_.year);
    case PeriodKind::kQuarter: {
      std::string year = financial_year_of(first_);
      return "Q" + std::to_string(quarter_of(first_)) + " " + year.substr(2);
    }
    case PeriodKind::kYearSpan: return std::to_string(first_.year) + "-" + two_digits(last_.year);
    case PeriodKind::kRollingMonths: return "to " + short_month(last_.month) + " " + std::to_string(last_.year);
    case PeriodKind::kRange:
      return short_month(first_.month) + " " + std::to_string(first_.year) + "–" + short_month(last_.month) + " " +
             std::to_string(last_.year);
    default: return display();
  }
}

bool Period::operator<(const Period& other) const {
  return std::tie(last_, first_) < std::tie(other.last_, other.first_);
}

bool Period::operator==(const Period& other) const { return first_ == other.first_ && last_ == other.last_; }

const std::string& accepted_period_forms() {
  static const std::string forms =
      "Write a month (\"December 2023\" or \"Dec 2023\"), a financial year (\"2022/23\"), a quarter "
      "(\"Q3 2023/24\"), a calendar year (\"2023\"), years (\"2018-20\"), a rolling period (\"12 months to "
      "May 2023\"), a range (\"April 2023 to March 2025\"), a baseline month (\"March 2022 baseline\") or a "
      "date (\"2024-03-31\").";
  return forms;
}

static bool is_real(const Date& date) { return is_valid_date(date.year, date.month, date.day); }

std::optional<Period> parse_period(std::string_view text, std::string* problem) {
  Parser parser{trim(text), ""};
  std::optional<Period> period = parser.parse();
  if (period && (!is_real(period->first()) || !is_real(period->last()))) {
    period.reset();
    parser.problem = "the years of a period must be between 1 and 9999";
  }
  if (!period && problem) *problem = parser.problem;
  return period;
}

}  // namespace cdp
