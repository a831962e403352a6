#pragma once
// A text file held in memory with an index of where its lines start, so that a byte
// offset anywhere in it becomes the line and column a person sees in their editor.
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_path.h"

namespace cdp {

// Where something is in a source file: 1-based line and column (columns count
// characters, not bytes, so they match what an editor shows).
struct SourcePos {
  FilePath file;     // path as shown to the user, e.g. "content/about.md"
  int line = 0;      // 1-based; 0 means "the file as a whole"
  int column = 0;    // 1-based character column; 0 means "the whole line"
};

class SourceFile {
 public:
  SourceFile(std::string display_path, std::string text);
  SourceFile(SourceFile&& other) noexcept;
  SourceFile& operator=(SourceFile&& other) noexcept;
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;
  ~SourceFile();

  const FilePath& path() const { return path_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts().size()); }

  // The text of a 1-based line, without its line ending ("" when out of range).
  std::string_view line_text(int line) const;
  // The position of a byte offset into text().
  SourcePos pos_at_offset(std::size_t offset) const;
  // The position of a byte column (1-based) on a line, with the column in characters.
  SourcePos pos_at(int line, int byte_column) const;

 private:
  FilePath path_;                        // display path
  std::string text_;                     // whole file contents
  // The byte offset where each line starts, found the first time a position is asked
  // for: most files of a site are read without one, some twice. Threads may ask at once,
  // so the first index made is kept and any other is dropped.
  const std::vector<std::size_t>& line_starts() const;
  mutable std::atomic<const std::vector<std::size_t>*> line_starts_ = nullptr;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

// Counts UTF-8 characters in the first `bytes` bytes of `text` (continuation bytes skipped).
int count_chars(std::string_view text, std::size_t bytes);

}  // namespace cdp
