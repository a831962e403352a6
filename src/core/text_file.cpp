#include "core/text_file.h"

#include <algorithm>

#include "core/fs.h"

namespace cdp {

namespace {

constexpr std::string_view kSaveAsUtf8 =
    "save it as UTF-8: in Notepad, File > Save As and choose Encoding: UTF-8; in Word, Save As Plain Text "
    "and choose Unicode (UTF-8)";

// A byte-order mark, or NUL bytes in every other place of the first line, as UTF-16
// has for the letters of English.
bool is_utf16(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
  std::size_t sample = std::min<std::size_t>(text.size(), 64);
  std::size_t nuls = 0;
  for (std::size_t i = 0; i < sample; ++i) nuls += text[i] == '\0';
  return sample >= 4 && nuls * 3 >= sample;
}

}  // namespace

std::optional<Diagnostic> text_file_problem(const SourceFile& file, const std::string& utf8_hint) {
  std::string_view text = file.text();
  if (is_utf16(text)) {
    // About the whole file: an excerpt of UTF-16 would be a line of NUL bytes.
    return error_in(file.path(), "this file is saved as UTF-16 (which Notepad and Word call \"Unicode\"), not UTF-8",
                    std::string(kSaveAsUtf8));
  }
  std::size_t nul = text.find('\0');
  std::optional<std::size_t> bad = find_invalid_utf8(text.substr(0, nul));
  if (bad) return error_at(file, file.pos_at_offset(*bad), "this file is not valid UTF-8 text", utf8_hint);
  if (nul != std::string_view::npos) {
    return error_at(file, file.pos_at_offset(nul), "this file has a NUL byte here, so it is not a text file", utf8_hint);
  }
  return std::nullopt;
}

}  // namespace cdp
