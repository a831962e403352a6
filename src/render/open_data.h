#pragma once
// Open data: every metric's figures as CSV and JSON, per partnership
// (<folder>/open-data/metrics.csv, .json) and site-wide (open-data/metrics.csv, .json),
// with period, value, unit, numerator, denominator, comparators, targets and source;
// and each partnership's own facts beside them (render/partnership_open_data.h), its
// meetings and milestones (render/governance_data.h).
// Text cells of the CSV that a spreadsheet would run as a formula are neutralised.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/cdp.h"
#include "routes/addresses.h"

namespace cdp {

struct GeneratedFile {
  std::string path;     // output path relative to the site root
  std::string content;  // the file's bytes
};

// Where make_open_data publishes, in the same order, without making the files.
std::vector<std::string> open_data_paths(const CdpData& data);

// Receives one open data file, its path relative to the site root and its bytes; false
// stops the making.
using OpenDataSink = std::function<bool(const std::string& path, std::string_view content)>;

// Makes every open data file of the site and gives each to `emit` as it is made, in a
// stable order. A data-heavy site's open data is a hundred megabytes or more, so it is
// never all held at once. False when `emit` stopped it.
bool make_open_data(const CdpData& data, const OpenDataSink& emit);

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
