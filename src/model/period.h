#pragma once
// Periods in the forms councils write, each resolved to a first and last day (both
// inclusive) for ordering and for as-of selection.
//
// Accepted forms (case does not matter; spaces around and between words do not count):
//   month             "December 2023", "Dec 2023", "Dec. 2023", "Sept 2023"
//   financial year    "2022/23", "2022-23", "2022/2023", "2022/3", "FY 2022/23": April 2022 to
//                     March 2023 (one digit after the "/" or "-" is the last digit of the next year)
//   financial years   "2022/23 to 2024/25", "2022-23 to 2024-25": April 2022 to March 2025
//   quarter           "Q3 2023/24", "Quarter 3 of 2023-24", "2023/24 Q3": Q1 is April to June,
//                     so Q3 2023/24 is October to December 2023
//   calendar year     "2023"
//   calendar years    "2018-20", "2018-2020", "2018 to 2020"
//   rolling months    "12 months to May 2023" (June 2022 to May 2023), "3 months to May 2023"
//   range of months   "April 2023 to March 2025", "April 2023 - March 2025", "April to June 2023"
//   day               "31 March 2024", "2024-03-31"
//   baseline          any of the above followed by "baseline" or "(baseline)": "March 2022 baseline"
// Two years that follow one another joined by "/" or "-" are a financial year, because
// that is how councils write them. Years further apart joined by "-" ("2018-20",
// "2022-25") are read as the field says (DashedYears): calendar years in a metric's
// figures, where pooled statistics are written so, financial years in funding, where
// a three-year grant is written so, and elsewhere an error asking for "2022 to 2025" or
// "2022/23 to 2024/25", which mean one thing everywhere. Two calendar years in a row
// are written "2022 to 2023". Every display() form parses back to the same days, so
// text copied from a page into the data works.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace cdp {

enum class PeriodKind {
  kDay,            // 2024-03-31, 31 March 2024
  kMonth,          // December 2023
  kQuarter,        // Q3 2023/24 (a quarter of a financial year)
  kFinancialYear,  // 2022/23: April 2022 to March 2023
  kCalendarYear,   // 2023
  kYearSpan,       // 2018-20: calendar years 2018 to 2020
  kFinancialYears, // 2022/23 to 2024/25: April 2022 to March 2025
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

  // True when the period had ended on or before `date`: a value for it was known by
  // then. This is the as-of rule.
  bool ended_by(const Date& date) const { return last_ <= date; }

  // In words, for sentences and tables (GOV.UK style):
  //   "31 March 2024", "December 2023", "October to December 2023 (Q3 2023/24)",
  //   "2022/23", "2022/23 to 2024/25", "2023", "2018 to 2020", "12 months to May 2023",
  //   "April 2023 to March 2025", "April to June 2023"; a period written "... baseline"
  //   adds " (baseline)": "March 2022 (baseline)".
  std::string display() const;
  // display() with the preposition a figure needs before it: "in December 2023",
  // "on 31 March 2024", "in the 12 months to May 2023".
  std::string with_preposition() const;
  // Short, for chart axes: "31 Mar 2024", "Dec 2023", "Q3 23/24", "2022/23", "2023",
  // "2018-20", "to May 2023", "Apr 2023–Mar 2025", "Apr–Jun 2023".
  std::string label() const;

  // Ordered by last day, then first day (so a year sorts before the last month in it);
  // equal when they cover the same days, whatever form they were written in.
  std::strong_ordering operator<=>(const Period& other) const;
  bool operator==(const Period& other) const;

 private:
  PeriodKind kind_ = PeriodKind::kDay;  // which form it was written in
  Date first_;                          // first day covered
  Date last_;                           // last day covered
  bool baseline_ = false;               // written "... baseline"
};

// How years further apart than one joined by a dash ("2018-20", "2022-25") are read,
// chosen by the field they are written in.
enum class DashedYears {
  kCalendar,   // a metric's figures (pooled statistics): "2018-20" is 2018 to 2020
  kFinancial,  // funding: "2022-25" is the financial years 2022/23 to 2024/25
  kAsk,        // any other field: an error asking for "2022 to 2025" or "2022/23 to 2024/25"
};

// Parses a period in one of the forms above. On failure returns nullopt and, when
// `problem` is given, sets it to a plain-English reason: a specific one for a near miss
// ("2022/24 spans two years; a financial year is written 2022/23", "Q5 is not a
// quarter ...", "month name not recognised: 'Decmber' (did you mean December?)"), and
// otherwise one that lists the accepted forms with examples.
std::optional<Period> parse_period(std::string_view text, std::string* problem = nullptr,
                                   DashedYears dashed = DashedYears::kCalendar);

// The accepted forms, with examples, as a sentence for messages and hints.
const std::string& accepted_period_forms();

}  // namespace cdp
