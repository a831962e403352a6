// Reading and writing whole files with POSIX calls. CMake builds this file everywhere
// but Windows.
#include "core/fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cdp {

namespace fs = std::filesystem;

// Plain open, fstat and read: a build reads every page twice (its front matter, then its
// body when it is rendered), and a stream's set-up and three seeks cost more than the read.
// A file is read to the size fstat gives; one without a size (empty, a pipe, /proc) to its end.
std::optional<std::string> read_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  bool sized = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0;
  std::string text(sized ? static_cast<std::size_t>(info.st_size) : 4096, '\0');
  std::size_t filled = 0;
  for (;;) {
    if (filled == text.size()) {
      if (sized) break;
      text.resize(text.size() * 2);
    }
    ssize_t got = ::read(fd, text.data() + filled, text.size() - filled);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      ::close(fd);
      return std::nullopt;
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  ::close(fd);
  text.resize(filled);
  return text;
}

namespace {

int open_for_writing(const fs::path& path) {
  return ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

// Plain open and write: a build writes thousands of files, and the parent folder
// usually exists, so it is made only when the first open says it is missing.
bool write_file(const fs::path& path, std::string_view content, std::string* error) {
  int fd = open_for_writing(path);
  if (fd < 0 && errno == ENOENT) {
    // Most often only the page's own folder is missing: one mkdir, not a walk up the path.
    if (::mkdir(path.parent_path().c_str(), 0755) != 0) {
      std::error_code ec;
      fs::create_directories(path.parent_path(), ec);
    }
    fd = open_for_writing(path);
  }
  bool ok = fd >= 0 && write_all(fd, content);
  int saved = errno;
  if (fd >= 0 && ::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok && error) *error = std::strerror(saved);
  return ok;
}

}  // namespace cdp
