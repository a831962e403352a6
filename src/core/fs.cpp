#include "core/fs.h"

#ifdef _WIN32
#include <windows.h>

#include <chrono>
#include <thread>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <type_traits>

#include "core/platform.h"

namespace cdp {

namespace fs = std::filesystem;

#ifdef _WIN32
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
#else
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
#endif

namespace {

#ifndef _WIN32
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

#endif

bool eight_ascii_bytes(const char* at) {
  std::uint64_t eight;
  std::memcpy(&eight, at, sizeof eight);
  return (eight & 0x8080808080808080ULL) == 0;
}

bool thirty_two_ascii_bytes(const char* at) {
  std::uint64_t words[4];
  std::memcpy(words, at, sizeof words);
  return ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0;
}

}  // namespace

#ifdef _WIN32

namespace {

std::string windows_reason(DWORD code) {
  switch (code) {
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
      return "the file is in use by another program (an editor, OneDrive or antivirus?): close it and try again";
    case ERROR_ACCESS_DENIED: return "permission denied";
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return "the disk is full";
    case ERROR_PATH_NOT_FOUND: return "the folder does not exist";
    case ERROR_FILENAME_EXCED_RANGE: return "the path is too long";
    default: return "Windows error " + std::to_string(code);
  }
}

// Opens for writing, retrying with backoff (about 5 s in all) while another program
// holds the file: editors, OneDrive and antivirus scanners open files briefly.
HANDLE create_for_writing(const fs::path& path) {
  HANDLE file = INVALID_HANDLE_VALUE;
  for (int wait_ms = 10;; wait_ms *= 2) {
    file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    DWORD code = GetLastError();
    if (file != INVALID_HANDLE_VALUE || wait_ms > 2560) break;
    if (code != ERROR_SHARING_VIOLATION && code != ERROR_LOCK_VIOLATION) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    SetLastError(code);
  }
  return file;
}

}  // namespace

// Binary, always: the Windows build writes the same bytes as the Linux one.
bool write_file(const fs::path& path, std::string_view content, std::string* error) {
  HANDLE file = create_for_writing(path);
  if (file == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PATH_NOT_FOUND) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    file = create_for_writing(path);
  }
  if (file == INVALID_HANDLE_VALUE) {
    if (error) *error = windows_reason(GetLastError());
    return false;
  }
  bool ok = true;
  while (ok && !content.empty()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1u << 30));
    DWORD written = 0;
    ok = WriteFile(file, content.data(), chunk, &written, nullptr) && written > 0;
    if (ok) content.remove_prefix(written);
  }
  DWORD code = GetLastError();
  if (!CloseHandle(file) && ok) {
    ok = false;
    code = GetLastError();
  }
  if (!ok && error) *error = windows_reason(code);
  return ok;
}

#else

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

#endif

bool path_less(const fs::path& a, const fs::path& b) {
  // The separator ranks below every other character, as a name that ends sorts before
  // a longer one.
  auto rank = [](fs::path::value_type c) -> unsigned {
    if (c == '/' || c == fs::path::preferred_separator) return 0;
    return static_cast<unsigned>(static_cast<std::make_unsigned_t<fs::path::value_type>>(c)) + 1;
  };
  const fs::path::string_type& left = a.native();
  const fs::path::string_type& right = b.native();
  std::size_t common = std::min(left.size(), right.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (left[i] != right[i]) return rank(left[i]) < rank(right[i]);
  }
  return left.size() < right.size();
}

std::string_view extension_of(std::string_view name) {
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name == "..") return {};
  return name.substr(dot);
}

std::string display_path(const fs::path& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  fs::path relative = absolute.lexically_relative(cwd);
  // As the user types it: '\' between the parts on Windows, '/' elsewhere.
  if (!ec && !relative.empty() && *relative.begin() != "..") return u8_string(relative.make_preferred());
  return u8_string(absolute.make_preferred());
}

std::string join_display(const std::string& folder, const std::string& relative) {
#ifdef _WIN32
  constexpr char kSeparator = '\\';
  std::string native = relative;
  std::replace(native.begin(), native.end(), '/', kSeparator);
#else
  constexpr char kSeparator = '/';
  const std::string& native = relative;
#endif
  if (folder.empty() || folder == ".") return native;
  if (native.empty()) return folder;
  bool ends_in_separator = folder.back() == '/' || folder.back() == kSeparator;
  return ends_in_separator ? folder + native : folder + kSeparator + native;
}

void append_utf8(std::string& out, unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Most text is ASCII: step over it 32 bytes at a time, then eight (every page is
    // checked when it is loaded and again when its body is read).
    if (i + 32 <= text.size() && thirty_two_ascii_bytes(text.data() + i)) {
      i += 32;
      continue;
    }
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
