#pragma once
// CSV as the open data writes it (RFC 4180, CRLF line ends), safe to open in a
// spreadsheet: a text cell that a spreadsheet would run as a formula is neutralised.
#include <string>
#include <string_view>

#include "model/located.h"

namespace cdp {

// A CSV cell: quoted when needed (RFC 4180), and a text cell starting with = + - @,
// tab or carriage return gets a leading apostrophe so spreadsheets show it as text.
std::string csv_text_cell(std::string_view text);

// One CSV row, written cell by cell onto the end of a file's text: a data-heavy site
// writes a row for every figure, and building each cell and each row as a string of its
// own cost more than the rows.
class CsvRow {
 public:
  explicit CsvRow(std::string& out) : out_(out) {}
  // A cell of text from the data, as csv_text_cell makes it.
  void text(std::string_view cell);
  // A cell that needs no quoting: a number, a date or one of cdpsite's own words.
  void plain(std::string_view cell);
  // A figure when given, else an empty cell.
  void number(const Located<double>& value);
  // Ends the row.
  void end() { out_ += "\r\n"; }

 private:
  void separate();  // the comma before every cell but the first
  std::string& out_;
  bool first_ = true;
};

// A number as plain digits that round-trip (no thousands separators): "1814", "48.3".
std::string csv_number(double value);

}  // namespace cdp
