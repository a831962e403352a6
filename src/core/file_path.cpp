#include "core/file_path.h"

#include <mutex>
#include <set>

namespace cdp {

namespace {

// The path of no file, kept apart so that a value with no position (most of them, in
// data with optional fields) takes no lock.
const std::string* no_file() {
  static const std::string empty;
  return &empty;
}

const std::string* kept_once(std::string_view path) {
  if (path.empty()) return no_file();
  static std::mutex mutex;
  // Never destroyed: values in static storage may point into it until the process ends.
  // It holds each file name a build or a preview has seen, no more.
  static auto* paths = new std::set<std::string, std::less<>>;
  std::lock_guard lock(mutex);
  auto found = paths->find(path);
  if (found == paths->end()) found = paths->emplace(path).first;
  return &*found;
}

}  // namespace

FilePath::FilePath() : path_(no_file()) {}

FilePath::FilePath(std::string_view path) : path_(kept_once(path)) {}

std::string operator+(const std::string& text, const FilePath& path) { return text + path.str(); }
std::string operator+(const char* text, const FilePath& path) { return text + path.str(); }
std::string operator+(const FilePath& path, const char* text) { return path.str() + text; }
std::string operator+(const FilePath& path, const std::string& text) { return path.str() + text; }

}  // namespace cdp
