#pragma once
// The path of a source file as shown to the user ("content/about.md"). Every value read
// from a file remembers that file, and a data-heavy site has hundreds of thousands of
// values: so each distinct path is kept once, for the life of the process, and a value
// holds only a pointer to it (8 bytes, where a string of its own took 32 and often an
// allocation besides).
#include <compare>
#include <string>
#include <string_view>

namespace cdp {

class FilePath {
 public:
  FilePath();  // no file: an empty path
  FilePath(std::string_view path);
  FilePath(const std::string& path) : FilePath(std::string_view(path)) {}
  FilePath(const char* path) : FilePath(std::string_view(path)) {}

  const std::string& str() const { return *path_; }
  operator const std::string&() const { return *path_; }
  bool empty() const { return path_->empty(); }

  // One path is kept once, so two paths are the same exactly when they point alike.
  friend bool operator==(const FilePath& a, const FilePath& b) { return a.path_ == b.path_; }
  friend bool operator==(const FilePath& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const FilePath& a, const char* b) { return a.str() == b; }
  // Ordered as their text, so that messages sort by file name.
  friend std::strong_ordering operator<=>(const FilePath& a, const FilePath& b) { return a.str() <=> b.str(); }

 private:
  const std::string* path_;  // into the process's table of paths; never null
};

std::string operator+(const std::string& text, const FilePath& path);
std::string operator+(const char* text, const FilePath& path);
std::string operator+(const FilePath& path, const char* text);
std::string operator+(const FilePath& path, const std::string& text);

}  // namespace cdp
