#pragma once
// Reads CSV (RFC 4180) record by record from a stream, never holding more than one
// record and one buffer of the file: a 500 MB export is read in the memory of a few
// rows. Cells are separated by commas; a cell in double quotes may hold commas, line
// breaks and doubled quotes (""). Lines end in CRLF, LF or CR; a UTF-8 byte-order mark
// at the start is skipped. Every cell must be UTF-8; the first that is not is an error
// at its row and column, as is a quote left open at the end of the file or text after a
// closing quote.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace cdp {

// A problem with the file as CSV, at a row and column (both 1-based; the row is the
// record's number, as a spreadsheet numbers it, the column the cell's).
struct CsvProblem {
  int row = 0;          // the record
  int column = 0;       // the cell
  std::string message;  // what is wrong, in plain English
  std::string hint;     // how to fix it
};

class CsvReader {
 public:
  // Reads from `in`, which must outlive the reader.
  explicit CsvReader(std::istream& in);

  // Reads the next record into `cells` (replacing what they held); false at the end of
  // the file or at a problem (then problem() says what). A blank line is a record of
  // one empty cell.
  bool next(std::vector<std::string>& cells);

  // The number of the record last read (1 for the first).
  int row() const { return row_; }

  // What stopped next(), if it was not the end of the file.
  const std::optional<CsvProblem>& problem() const { return problem_; }

 private:
  // The next byte of the file, or -1 at its end.
  int get();
  // Puts back the byte last read by get() (one at most).
  void unget() { --position_; }
  bool fill();
  // Reads one cell into `cell`; says whether the record goes on after it.
  enum class CellEnd { kComma, kEndOfRecord, kEndOfFile, kProblem };
  CellEnd read_cell(std::string& cell, int column);
  CellEnd read_quoted(std::string& cell, int column);
  CellEnd after_cell(int byte);
  void fail(int column, std::string message, std::string hint);

  std::istream& in_;                 // the file
  std::vector<char> buffer_;         // the part of it read last
  std::size_t position_ = 0;         // the next byte in buffer_
  std::size_t filled_ = 0;           // how many bytes of buffer_ hold the file
  bool started_ = false;             // whether the byte-order mark was looked for
  bool ended_ = false;               // whether the end of the file was reached
  int row_ = 0;                      // the record last read
  std::optional<CsvProblem> problem_;  // what stopped reading
};

}  // namespace cdp
