#include "import/csv_reader.h"

#include "core/fs.h"

namespace cdp {

namespace {

constexpr std::size_t kBufferSize = 1 << 16;

}  // namespace

CsvReader::CsvReader(std::istream& in) : in_(in), buffer_(kBufferSize) {}

bool CsvReader::fill() {
  if (ended_) return false;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  filled_ = static_cast<std::size_t>(in_.gcount());
  position_ = 0;
  if (filled_ == 0) ended_ = true;
  return filled_ > 0;
}

int CsvReader::get() {
  if (position_ == filled_ && !fill()) return -1;
  return static_cast<unsigned char>(buffer_[position_++]);
}

void CsvReader::fail(int column, std::string message, std::string hint) {
  problem_ = CsvProblem{row_, column, std::move(message), std::move(hint)};
}

// What follows a cell: a comma, a line ending (CRLF, LF or CR), or the end of the file.
CsvReader::CellEnd CsvReader::after_cell(int byte) {
  if (byte == ',') return CellEnd::kComma;
  if (byte == -1) return CellEnd::kEndOfFile;
  if (byte == '\r') {
    int next = get();
    if (next != '\n' && next != -1) unget();
  }
  return CellEnd::kEndOfRecord;
}

CsvReader::CellEnd CsvReader::read_quoted(std::string& cell, int column) {
  for (;;) {
    int byte = get();
    if (byte == -1) {
      fail(column, "a quoted cell is not closed: the file ends inside it",
           "add the closing double quote (\"), or save the sheet again as CSV from your spreadsheet program");
      return CellEnd::kProblem;
    }
    if (byte != '"') {
      cell.push_back(static_cast<char>(byte));
      continue;
    }
    int next = get();
    if (next == '"') {
      cell.push_back('"');
      continue;
    }
    if (next == ',' || next == '\r' || next == '\n' || next == -1) return after_cell(next);
    fail(column, "there is text after the closing quote of this cell",
         "a quote inside a quoted cell is written twice (\"\"); save the sheet again as CSV from your spreadsheet program");
    return CellEnd::kProblem;
  }
}

CsvReader::CellEnd CsvReader::read_cell(std::string& cell, int column) {
  cell.clear();
  int byte = get();
  if (byte == '"') return read_quoted(cell, column);
  while (byte != ',' && byte != '\r' && byte != '\n' && byte != -1) {
    cell.push_back(static_cast<char>(byte));
    byte = get();
  }
  return after_cell(byte);
}

bool CsvReader::next(std::vector<std::string>& cells) {
  if (problem_) return false;
  if (!started_) {
    started_ = true;
    for (unsigned char mark : {0xEF, 0xBB, 0xBF}) {
      if (get() != mark) {
        position_ = 0;  // no mark: the first buffer is read from its start
        break;
      }
    }
  }
  if (position_ == filled_ && !fill()) return false;
  ++row_;
  std::size_t count = 0;
  for (;;) {
    if (cells.size() <= count) cells.emplace_back();
    CellEnd end = read_cell(cells[count], static_cast<int>(count) + 1);
    if (end == CellEnd::kProblem) return false;
    if (find_invalid_utf8(cells[count])) {
      fail(static_cast<int>(count) + 1, "this cell is not UTF-8 text",
           "save the sheet as \"CSV UTF-8 (Comma delimited)\" in Excel, or as UTF-8 CSV in another spreadsheet program");
      return false;
    }
    ++count;
    if (end != CellEnd::kComma) break;
  }
  cells.resize(count);
  return true;
}

}  // namespace cdp
