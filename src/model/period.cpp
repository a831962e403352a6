#include "model/period.h"

#include <array>
#include <charconv>
#include <tuple>
#include <vector>

#include "core/suggest.h"
#include "model/period_parts.h"

namespace cdp {

namespace period_parts {

// ---------------------------------------------------------------------------
// Months and years in words

const std::vector<std::string>& lowercase_month_names() {
  static const std::vector<std::string> names = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  return names;
}

// 1 to 12 for a month written in full or as its first three letters ("Sept" too);
// 0 otherwise. `word` is lower case.
int month_number(std::string_view word) {
  if (word == "sept") word = "sep";
  for (std::size_t i = 0; i < 12; ++i) {
    const std::string& full = lowercase_month_names()[i];
    if (word == full || (word.size() == 3 && full.starts_with(word))) return static_cast<int>(i) + 1;
  }
  return 0;
}

// The month a misspelt word was probably meant to be ("December"), or "".
std::string suggested_month(std::string_view word) {
  std::string match = closest_match(word, lowercase_month_names());
  return match.empty() ? "" : month_name(month_number(match));
}

std::string short_month(int month) { return month_name(month).substr(0, 3); }

// Period words are appended to one string: a build writes the words of each figure's
// period (hundreds of thousands of times on a data-heavy site), and joining temporary
// strings cost several times the words themselves.
void append_number(std::string& out, int number) {
  char digits[12];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

// The last two digits of a year: 2023 -> "23", 2000 -> "00".
void append_two_digits(std::string& out, int year) {
  int last_two = year % 100;
  out += static_cast<char>('0' + last_two / 10);
  out += static_cast<char>('0' + last_two % 10);
}

std::string two_digits(int year) {
  std::string text;
  append_two_digits(text, year);
  return text;
}

std::string year_text(int year) { return std::to_string(year); }

// "2023/24" for the financial year that starts in April of `start_year`.
void append_financial_year(std::string& out, int start_year) {
  append_number(out, start_year);
  out += '/';
  append_two_digits(out, start_year + 1);
}

std::string financial_year_text(int start_year) {
  std::string text;
  append_financial_year(text, start_year);
  return text;
}

// "two", "three" ... as a sentence spells out small counts; digits beyond ten.
std::string count_in_words(int count) {
  static const std::array<const char*, 11> kWords = {"zero", "one", "two",   "three", "four", "five",
                                                     "six",  "seven", "eight", "nine",  "ten"};
  return count >= 0 && count <= 10 ? kWords[static_cast<std::size_t>(count)] : std::to_string(count);
}

// ---------------------------------------------------------------------------
// Building periods from their parts

Date month_start(int year, int month) { return {year, month, 1}; }
Date month_end(int year, int month) { return {year, month, days_in_month(year, month)}; }

// Months counted from year 0, so that month arithmetic crosses years simply.
int month_index(int year, int month) { return year * 12 + month - 1; }
int year_of_index(int index) { return index / 12; }
int month_of_index(int index) { return index % 12 + 1; }

// The number of whole months from the month of `first` to the month of `last`, both counted.
int months_covered(const Date& first, const Date& last) {
  return month_index(last.year, last.month) - month_index(first.year, first.month) + 1;
}

Period month_period(int year, int month) {
  return Period(PeriodKind::kMonth, month_start(year, month), month_end(year, month));
}

Period financial_year_period(int start_year) {
  return Period(PeriodKind::kFinancialYear, {start_year, 4, 1}, {start_year + 1, 3, 31});
}

Period financial_years_period(int first_start, int last_start) {
  return Period(PeriodKind::kFinancialYears, {first_start, 4, 1}, {last_start + 1, 3, 31});
}

// Quarter 1 of a financial year is April to June, so quarter 4 is January to March.
Period quarter_period(int start_year, int quarter) {
  int first = month_index(start_year, 4) + (quarter - 1) * 3;
  int last = first + 2;
  return Period(PeriodKind::kQuarter, month_start(year_of_index(first), month_of_index(first)),
                month_end(year_of_index(last), month_of_index(last)));
}

// The quarter (1 to 4) of the financial year that a quarter's first day falls in.
int quarter_number(const Date& first) { return (first.month + 8) % 12 / 3 + 1; }

// The year in which the financial year holding `date` starts.
int financial_year_start(const Date& date) { return date.month >= 4 ? date.year : date.year - 1; }

Period rolling_period(int months, int end_year, int end_month) {
  int first = month_index(end_year, end_month) - (months - 1);
  return Period(PeriodKind::kRollingMonths, month_start(year_of_index(first), month_of_index(first)),
                month_end(end_year, end_month));
}

bool is_real(const Date& date) { return is_valid_date(date.year, date.month, date.day); }

// ---------------------------------------------------------------------------
// Words for a run of months: "April 2023", "April to June 2023", "April 2023 to March 2025".

void append_months_in_words(std::string& out, const Date& first, const Date& last) {
  if (first.year != last.year || first.month != last.month) {
    out += month_word(first.month);
    if (first.year != last.year) {
      out += ' ';
      append_number(out, first.year);
    }
    out += " to ";
  }
  out += month_word(last.month);
  out += ' ';
  append_number(out, last.year);
}

std::string months_in_words(const Date& first, const Date& last) {
  std::string text;
  append_months_in_words(text, first, last);
  return text;
}

// The same, short, for axes: "Apr 2023", "Apr–Jun 2023", "Apr 2023–Mar 2025".
std::string months_label(const Date& first, const Date& last) {
  std::string end = short_month(last.month) + " " + year_text(last.year);
  if (first.year == last.year && first.month == last.month) return end;
  if (first.year == last.year) return short_month(first.month) + "–" + end;
  return short_month(first.month) + " " + year_text(first.year) + "–" + end;
}

// "2018-20", or "1999-2001" when the century changes and two digits would mislead.
std::string year_span_label(int first, int last) {
  bool same_century = first / 100 == last / 100;
  return year_text(first) + "-" + (same_century ? two_digits(last) : year_text(last));
}

}  // namespace period_parts

using namespace period_parts;

// ---------------------------------------------------------------------------
// Period

Period::Period(PeriodKind kind, Date first, Date last, bool baseline)
    : kind_(kind), first_(first), last_(last), baseline_(baseline) {}

namespace {

// The words of `period` without its baseline mark.
void append_in_words(std::string& out, const Period& period) {
  const Date& first = period.first();
  const Date& last = period.last();
  switch (period.kind()) {
    case PeriodKind::kDay: out += long_date(first); return;
    case PeriodKind::kMonth:
      out += month_word(first.month);
      out += ' ';
      append_number(out, first.year);
      return;
    case PeriodKind::kQuarter:
      append_months_in_words(out, first, last);
      out += " (Q";
      append_number(out, quarter_number(first));
      out += ' ';
      append_financial_year(out, financial_year_start(first));
      out += ')';
      return;
    case PeriodKind::kFinancialYear: append_financial_year(out, first.year); return;
    case PeriodKind::kCalendarYear: append_number(out, first.year); return;
    case PeriodKind::kYearSpan:
      append_number(out, first.year);
      out += " to ";
      append_number(out, last.year);
      return;
    case PeriodKind::kFinancialYears:
      append_financial_year(out, first.year);
      out += " to ";
      append_financial_year(out, last.year - 1);
      return;
    case PeriodKind::kRollingMonths: {
      int months = months_covered(first, last);
      append_number(out, months);
      out += months == 1 ? " month to " : " months to ";
      out += month_word(last.month);
      out += ' ';
      append_number(out, last.year);
      return;
    }
    case PeriodKind::kRange: append_months_in_words(out, first, last); return;
  }
}

}  // namespace

std::string Period::display() const {
  std::string words;
  words.reserve(48);
  append_in_words(words, *this);
  if (baseline_) words += " (baseline)";
  return words;
}

std::string Period::with_preposition() const {
  switch (kind_) {
    case PeriodKind::kDay: return "on " + display();
    case PeriodKind::kRollingMonths: return "in the " + display();
    default: return "in " + display();
  }
}

std::string Period::label() const {
  switch (kind_) {
    case PeriodKind::kDay:
      return std::to_string(first_.day) + " " + short_month(first_.month) + " " + year_text(first_.year);
    case PeriodKind::kMonth: return short_month(first_.month) + " " + year_text(first_.year);
    case PeriodKind::kQuarter: {
      int start = financial_year_start(first_);
      return "Q" + std::to_string(quarter_number(first_)) + " " + two_digits(start) + "/" + two_digits(start + 1);
    }
    case PeriodKind::kFinancialYear: return financial_year_text(first_.year);
    case PeriodKind::kCalendarYear: return year_text(first_.year);
    case PeriodKind::kYearSpan: return year_span_label(first_.year, last_.year);
    case PeriodKind::kFinancialYears:
      return financial_year_text(first_.year) + "–" + financial_year_text(last_.year - 1);
    case PeriodKind::kRollingMonths: return "to " + short_month(last_.month) + " " + year_text(last_.year);
    case PeriodKind::kRange: return months_label(first_, last_);
  }
  return "";
}

std::strong_ordering Period::operator<=>(const Period& other) const {
  return std::tie(last_, first_) <=> std::tie(other.last_, other.first_);
}

bool Period::operator==(const Period& other) const { return first_ == other.first_ && last_ == other.last_; }

}  // namespace cdp
