#include "serve/request_path.h"

namespace cdp {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes; refuses malformed escapes and escaped '.', '/', '\' and NUL,
// which have no business in a link to a static file and are how traversal hides.
std::optional<std::string> decode(std::string_view path) {
  std::string decoded;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '%') {
      decoded += path[i];
      continue;
    }
    if (i + 2 >= path.size()) return std::nullopt;
    int high = hex_value(path[i + 1]), low = hex_value(path[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    char c = static_cast<char>(high * 16 + low);
    if (c == '.' || c == '/' || c == '\\' || c == '\0') return std::nullopt;
    decoded += c;
    i += 2;
  }
  return decoded;
}

bool has_unsafe_segment(const std::string& path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string_view segment(path.data() + start, end - start);
    if (segment == "." || segment == "..") return true;
    if (segment.size() >= 2 && segment[1] == ':') return true;  // "C:" drive prefix
    start = end + 1;
  }
  return false;
}

}  // namespace

std::optional<std::string> site_path_for_request(std::string_view request_path) {
  if (request_path.empty() || request_path.front() != '/') return std::nullopt;
  std::optional<std::string> decoded = decode(request_path);
  if (!decoded) return std::nullopt;
  for (char c : *decoded) {
    if (c == '\\' || c == '\0' || static_cast<unsigned char>(c) < 0x20) return std::nullopt;
  }
  if (decoded->find("//") != std::string::npos) return std::nullopt;
  std::string relative = decoded->substr(1);
  if (has_unsafe_segment(relative)) return std::nullopt;
  return relative;
}

}  // namespace cdp
