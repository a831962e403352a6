#include "core/source_file.h"

#include <algorithm>
#include <cstring>

namespace cdp {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // memchr, not a loop over every byte: every file of the site is indexed.
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* at = begin; (at = static_cast<const char*>(std::memchr(at, '\n', end - at))); ++at) {
    line_starts_.push_back(static_cast<std::size_t>(at - begin) + 1);
  }
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_count() ? line_starts_[line] : text_.size();
  std::string_view view(text_.data() + start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

SourcePos SourceFile::pos_at_offset(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(after - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  int column = count_chars(std::string_view(text_).substr(start), offset - start) + 1;
  return {path_, line, column};
}

SourcePos SourceFile::pos_at(int line, int byte_column) const {
  if (line < 1 || line > line_count()) return {path_, line, byte_column};
  std::string_view text = line_text(line);
  std::size_t bytes = byte_column > 0 ? static_cast<std::size_t>(byte_column - 1) : 0;
  return {path_, line, count_chars(text, std::min(bytes, text.size())) + 1};
}

int count_chars(std::string_view text, std::size_t bytes) {
  int chars = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

}  // namespace cdp
