#include "core/source_file.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace cdp {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {}

SourceFile::SourceFile(SourceFile&& other) noexcept
    : path_(std::move(other.path_)), text_(std::move(other.text_)), line_starts_(other.line_starts_.exchange(nullptr)) {}

SourceFile& SourceFile::operator=(SourceFile&& other) noexcept {
  if (this == &other) return *this;
  path_ = std::move(other.path_);
  text_ = std::move(other.text_);
  delete line_starts_.exchange(other.line_starts_.exchange(nullptr));
  return *this;
}

SourceFile::~SourceFile() { delete line_starts_.load(); }

const std::vector<std::size_t>& SourceFile::line_starts() const {
  if (const std::vector<std::size_t>* made = line_starts_.load(std::memory_order_acquire)) return *made;
  auto starts = std::make_unique<std::vector<std::size_t>>();
  starts->push_back(0);
  // memchr, not a loop over every byte: a data file may be long.
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* at = begin; (at = static_cast<const char*>(std::memchr(at, '\n', end - at))); ++at) {
    starts->push_back(static_cast<std::size_t>(at - begin) + 1);
  }
  const std::vector<std::size_t>* expected = nullptr;
  if (line_starts_.compare_exchange_strong(expected, starts.get(), std::memory_order_acq_rel)) return *starts.release();
  return *expected;  // another thread's, made at the same time
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::vector<std::size_t>& starts = line_starts();
  std::size_t start = starts[line - 1];
  std::size_t end = line < line_count() ? starts[line] : text_.size();
  std::string_view view(text_.data() + start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

SourcePos SourceFile::pos_at_offset(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::vector<std::size_t>& starts = line_starts();
  auto after = std::upper_bound(starts.begin(), starts.end(), offset);
  int line = static_cast<int>(after - starts.begin());
  std::size_t start = starts[line - 1];
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
