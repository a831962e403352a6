#include "core/fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace cdp {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return std::nullopt;
  text.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(text.data(), size);
  if (!in && !in.eof()) return std::nullopt;
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

bool eight_ascii_bytes(const char* at) {
  std::uint64_t eight;
  std::memcpy(&eight, at, sizeof eight);
  return (eight & 0x8080808080808080ULL) == 0;
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

std::string display_path(const fs::path& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  fs::path relative = absolute.lexically_relative(cwd);
  if (!ec && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return absolute.generic_string();
}

std::string join_display(const std::string& folder, const std::string& relative) {
  if (folder.empty() || folder == ".") return relative;
  if (relative.empty()) return folder;
  return folder.back() == '/' ? folder + relative : folder + "/" + relative;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Most text is ASCII: step over it eight bytes at a time.
    if (i + 8 <= text.size() && eight_ascii_bytes(text.data() + i)) {
      i += 8;
      continue;
    }
    unsigned char lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                       : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4) return i;
    if (i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

bool is_ignored_file(const std::string& name) {
  if (name.empty() || name[0] == '.' || name[0] == '#' || name.back() == '~') return true;
  for (std::string_view suffix : {".swp", ".swx", ".swo", ".tmp", ".bak", ".orig"}) {
    if (name.ends_with(suffix)) return true;
  }
  return name == "4913";  // vim's probe file when it checks a folder is writable
}

}  // namespace cdp
