// What every platform does alike; reading and writing whole files are in fs_posix.cpp
// and fs_windows.cpp, the one CMake builds chosen by the platform.
#include "core/fs.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "core/platform.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

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
  // '\\' on Windows, '/' elsewhere.
  constexpr char kSeparator = static_cast<char>(fs::path::preferred_separator);
  std::string native = relative;
  std::replace(native.begin(), native.end(), '/', kSeparator);
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
