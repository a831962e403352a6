#pragma once
// Reads the CSV that OHID's Fingertips downloads (Indicator ID, Indicator Name, Parent
// Code, Area Code, Sex, Age, Category Type, Category, Time period, Value, Lower and Upper
// CI 95.0 limit, Count, Denominator, Value note, Recent Trend, Compared to England value
// or percentiles, Compared to <parent> value or percentiles, Time period Sortable, ...),
// row by row, with its columns found by their header names in any order. Each row's
// figures are checked as it is read: a value that is not a number, a period cdpsite
// cannot read or an area code that is not an ONS code is a problem at its row and column.
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "model/period.h"

namespace cdp {

// One row of a Fingertips download.
struct FingertipsRow {
  int row = 0;                        // its row in the file (the header is row 1)
  int indicator_id = 0;               // "Indicator ID"
  std::string indicator_name;         // "Indicator Name"
  std::string parent_code;            // "Parent Code" ("" when not given)
  std::string parent_name;            // "Parent Name"
  std::string area_code;              // "Area Code": an ONS code
  std::string area_name;              // "Area Name"
  std::string sex;                    // "Sex": "Persons", "Male", "Female" ("" when not given)
  std::string age;                    // "Age": "18+ yrs", "All ages" ("" when not given)
  std::string category_type;          // "Category Type" ("" for the area as a whole)
  std::string category;               // "Category"
  std::string period_text;            // "Time period" as written: "2022/23", "2020 - 22"
  Period period;                      // the same as a cdpsite period
  std::optional<double> value;        // "Value"; nullopt when blank (a missing value, never 0)
  std::optional<double> lower;        // "Lower CI 95.0 limit"
  std::optional<double> upper;        // "Upper CI 95.0 limit"
  std::optional<double> count;        // "Count"
  std::optional<double> denominator;  // "Denominator"
  std::string value_note;             // "Value note": why a value is missing, or a caveat
  std::string recent_trend;           // "Recent Trend": "Increasing and getting better", ...
  std::string compared_to_england;    // "Compared to England value or percentiles": "Worse", ...
  std::string compared_to_parent;     // "Compared to <parent> value or percentiles"
};

// Reads a Fingertips download from `in` (which must outlive it).
class FingertipsReader {
 public:
  explicit FingertipsReader(std::istream& in);

  // Reads the header; false (problem() says why) when it is not a Fingertips header:
  // the message names the columns missing.
  bool read_header();

  // Reads the next row into `row`; false at the end of the file or at a problem. A
  // blank line is skipped.
  bool next(FingertipsRow& row);

  const std::optional<CsvProblem>& problem() const { return problem_; }

 private:
  // The index of each column read, or -1 when the file has none.
  struct Columns {
    int indicator_id = -1, indicator_name = -1, parent_code = -1, parent_name = -1, area_code = -1, area_name = -1,
        sex = -1, age = -1, category_type = -1, category = -1, period = -1, value = -1, lower = -1, upper = -1,
        count = -1, denominator = -1, value_note = -1, recent_trend = -1, england = -1, parent = -1;
  };
  bool check_required();
  bool read_cells(FingertipsRow& row);
  std::string cell(int index) const;
  bool number(int index, const char* name, std::optional<double>& out);
  bool fail(int column, std::string message, std::string hint);

  CsvReader csv_;                      // the file
  Columns columns_;                    // where each column is
  std::vector<std::string> cells_;     // the cells of the row being read
  std::map<std::string, Period> periods_;  // each period text read so far (a file holds few)
  std::optional<CsvProblem> problem_;  // what stopped reading
};

// A Fingertips period ("2022/23", "2020 - 22", "Apr 2023 - Mar 2024", "2023 Q1" a
// calendar quarter, "2020/21 - 22/23" three financial years) as a cdpsite period;
// nullopt, with `problem` set, when it cannot be read.
std::optional<Period> fingertips_period(std::string_view text, std::string* problem);

}  // namespace cdp
