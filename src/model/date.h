#pragma once
// A calendar date, as written in front matter and data ("2024-10-01" or a TOML date),
// and the ways the site prints it.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

struct Date {
  int year = 0;   // e.g. 2024
  int month = 0;  // 1 to 12
  int day = 0;    // 1 to 31

  auto operator<=>(const Date&) const = default;
  bool operator==(const Date&) const = default;
};

// Parses "YYYY-MM-DD" (a real calendar date); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// Today's date (UTC), or the date of SOURCE_DATE_EPOCH when set, so that builds can be
// reproduced exactly.
Date build_date();

std::string iso(const Date& date);        // "2024-10-01"
std::string long_date(const Date& date);  // "1 October 2024" (GOV.UK style)
std::string month_name(int month);        // "October"
std::string_view month_word(int month);   // the same, for appending without a copy

}  // namespace cdp
