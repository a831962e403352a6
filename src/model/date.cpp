#include "model/date.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "core/platform.h"

namespace cdp {
namespace {

std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = parse_digits(text.substr(0, 4));
  auto month = parse_digits(text.substr(5, 2));
  auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day || !is_valid_date(*year, *month, *day)) return std::nullopt;
  return Date{*year, *month, *day};
}

Date build_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) now = static_cast<std::time_t>(std::atoll(epoch));
  std::tm parts = utc_time(now);
  return {parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

std::string iso(const Date& date) {
  bool usual = date.year >= 0 && date.year <= 9999 && date.month >= 0 && date.month <= 99 && date.day >= 0 &&
               date.day <= 99;
  if (!usual) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
  }
  // By hand: snprintf took a tenth of a data-heavy build, every figure's period being
  // written so in its chart and its open data.
  std::string text = "0000-00-00";
  auto put = [&text](std::size_t end, int number) {
    for (std::size_t at = end; number > 0; number /= 10) text[--at] = static_cast<char>('0' + number % 10);
  };
  put(4, date.year);
  put(7, date.month);
  put(10, date.day);
  return text;
}

std::string_view month_word(int month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string month_name(int month) { return std::string(month_word(month)); }

std::string long_date(const Date& date) {
  // Appended into one string: every dated page and list item shows one.
  std::string day = std::to_string(date.day);
  std::string year = std::to_string(date.year);
  std::string_view month = month_word(date.month);
  std::string text;
  text.reserve(day.size() + month.size() + year.size() + 2);
  text.append(day).append(1, ' ').append(month).append(1, ' ').append(year);
  return text;
}

}  // namespace cdp
