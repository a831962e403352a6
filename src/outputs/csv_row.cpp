#include "outputs/csv_row.h"

#include <charconv>

namespace cdp {

namespace {

// A text cell appended to `out` (csv_text_cell).
void append_csv_text(std::string& out, std::string_view text) {
  bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  bool quoted = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quoted) out += '"';
  if (formula) out += '\'';
  if (!quoted) {
    out += text;
    return;
  }
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string csv_text_cell(std::string_view text) {
  std::string cell;
  append_csv_text(cell, text);
  return cell;
}

void CsvRow::separate() {
  if (!first_) out_ += ',';
  first_ = false;
}

void CsvRow::text(std::string_view cell) {
  separate();
  append_csv_text(out_, cell);
}

void CsvRow::plain(std::string_view cell) {
  separate();
  out_ += cell;
}

void CsvRow::number(const Located<double>& value) { plain(value.present() ? csv_number(value.value) : ""); }

std::string csv_number(double value) {
  // The same text as printf's %.15g, made without printf's cost.
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
  return std::string(buffer, error == std::errc() ? end : buffer);
}

}  // namespace cdp
