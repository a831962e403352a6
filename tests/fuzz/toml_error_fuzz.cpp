// Fuzzes the plain-English translation of TOML syntax errors: any bytes in a data file
// must give no crash, and every error it reports must name a line and column inside
// the file, hold only valid UTF-8 and no NUL, and never the TOML library's own words.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <toml++/toml.h>

#include "core/fs.h"
#include "core/terminal.h"
#include "load/toml_reader.h"

namespace {

// The TOML library's own description of why this text does not parse.
std::string library_description(const std::string& text) {
  try {
    static_cast<void>(toml::parse(text));
  } catch (const toml::parse_error& failure) {
    return std::string(failure.description());
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cdp::SourceFile file("fuzz.toml", std::string(reinterpret_cast<const char*>(data), size));
  // As read_data_file does: a file that is not UTF-8 is reported before it is parsed.
  if (cdp::find_invalid_utf8(file.text())) return 0;
  cdp::Diagnostics diagnostics;
  cdp::TomlReader reader(file, 1, diagnostics);
  if (reader.parse(file.text())) return 0;
  for (const cdp::Diagnostic& d : diagnostics.sorted()) {
    std::string shown = cdp::format_diagnostic(d, false);
    bool placed = d.pos.line >= 1 && d.pos.column >= 1 && d.pos.line <= file.line_count();
    // The whole description, not a phrase of it, and only when the file does not hold
    // it: a message may quote the file's own words, which may be any words at all.
    std::string description = library_description(file.text());
    bool library_words = !description.empty() && (d.message + d.hint).find(description) != std::string::npos &&
                         file.text().find(description) == std::string::npos;
    if (!placed || cdp::find_invalid_utf8(shown) || shown.find('\0') != std::string::npos || library_words) {
      std::abort();
    }
  }
  return 0;
}
