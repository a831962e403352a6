#pragma once
// Periods in the forms councils write: "December 2023", "Dec 2023", "2022/23",
// "2022-23", "2018-20", "Q3 2023/24", "2023", "12 months to May 2023",
// "March 2022 baseline", "April 2023 to March 2025", or a date "2024-03-31". Each
// resolves to a first and last day, for ordering and for as-of selection.
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace cdp {

enum class PeriodKind {
  kDay,            // 2024-03-31
  kMonth,          // December 2023
  kQuarter,        // Q3 2023/24 (financial quarter)
  kFinancialYear,  // 2022/23: April 2022 to March 2023
  kCalendarYear,   // 2023
  kYearSpan,       // 2018-20: calendar years 2018 to 2020
  kRollingMonths,  // 12 months to May 2023
  kRange,          // April 2023 to March 2025
};

class Period {
 public:
  Period() = default;
  Period(PeriodKind kind, Date first, Date last, bool baseline = false);

  PeriodKind kind() const { return kind_; }
  const Date& first() const { return first_; }  // first day, inclusive
  const Date& last() const { return last_; }    // last day, inclusive
  bool is_baseline() const { return baseline_; }

  // In words, for sentences and tables: "December 2023", "2022/23", "Q3 2023/24
  // (October to December 2023)", "2018 to 2020", "12 months to May 2023".
  std::string display() const;
  // Short, for chart axes: "Dec 2023", "2022/23", "Q3 23/24", "2018-20".
  std::string label() const;

  // Ordered by last day, then first day; equal when they cover the same days.
  bool operator<(const Period& other) const;
  bool operator==(const Period& other) const;

 private:
  PeriodKind kind_ = PeriodKind::kDay;  // which form it was written in
  Date first_;                          // first day covered
  Date last_;                           // last day covered
  bool baseline_ = false;               // written "... baseline"
};

// Parses a period. On failure returns nullopt and, when `problem` is given, sets it to
// a plain-English reason that names the accepted forms.
std::optional<Period> parse_period(std::string_view text, std::string* problem = nullptr);

// The accepted forms, with examples, for messages.
const std::string& accepted_period_forms();

}  // namespace cdp
