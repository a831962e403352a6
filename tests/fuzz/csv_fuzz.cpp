// Fuzzes the streaming CSV reader: it ends on any bytes, every record it gives is
// UTF-8, and a problem it reports is at a row and column that exist.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "core/fs.h"
#include "import/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  cdp::CsvReader reader(in);
  std::vector<std::string> cells;
  int records = 0;
  while (reader.next(cells)) {
    ++records;
    if (cells.empty() || reader.row() != records) std::abort();
    for (const std::string& cell : cells) {
      if (cdp::find_invalid_utf8(cell)) std::abort();
    }
  }
  if (const auto& problem = reader.problem()) {
    if (problem->row != records + 1 || problem->column < 1 || problem->message.empty()) std::abort();
  }
  return 0;
}
