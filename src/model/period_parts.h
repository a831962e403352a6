#pragma once
// The parts of periods that model/period.cpp (periods and their words) and
// model/period_reader.cpp (reading them) share: months and years in words, and
// periods built from their parts.
#include <string>
#include <string_view>

#include "model/period.h"

namespace cdp::period_parts {

// Years are written with four digits; "0022" is a slip, and would display as "22".
constexpr int kFirstYear = 1000;

// 1 to 12 for a month written in full or as its first three letters ("Sept" too);
// 0 otherwise. `word` is lower case.
int month_number(std::string_view word);
// The month a misspelt word was probably meant to be ("December"), or "".
std::string suggested_month(std::string_view word);
std::string year_text(int year);
// "2023/24" for the financial year that starts in April of `start_year`.
std::string financial_year_text(int start_year);
// "two", "three" ... as a sentence spells out small counts; digits beyond ten.
std::string count_in_words(int count);

Date month_start(int year, int month);
Date month_end(int year, int month);
Period month_period(int year, int month);
Period financial_year_period(int start_year);
// The financial years from the one starting in April of `first_start` to the one
// starting in April of `last_start`.
Period financial_years_period(int first_start, int last_start);
// Quarter 1 of a financial year is April to June, so quarter 4 is January to March.
Period quarter_period(int start_year, int quarter);
// The `months` months that end with `end_month` of `end_year`.
Period rolling_period(int months, int end_year, int end_month);
bool is_real(const Date& date);

// Words for a run of months: "April 2023", "April to June 2023", "April 2023 to March 2025".
std::string months_in_words(const Date& first, const Date& last);

}  // namespace cdp::period_parts
