#include "core/html.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace cdp {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped_html(out, text);
  return out;
}

namespace {

// Whether any of the eight bytes of `word` is `byte`: the bytes equal to it become
// zero, and subtracting one from a zero byte is the only way to set its top bit from
// a byte whose top bit was clear.
constexpr bool has_byte(std::uint64_t word, unsigned char byte) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kTops = 0x8080808080808080ULL;
  std::uint64_t zero_where_equal = word ^ (kOnes * byte);
  return ((zero_where_equal - kOnes) & ~zero_where_equal & kTops) != 0;
}

// Whether any of the eight bytes of `word` is one that HTML escapes.
constexpr bool needs_escaping(std::uint64_t word) {
  return has_byte(word, '&') || has_byte(word, '<') || has_byte(word, '>') || has_byte(word, '"') ||
         has_byte(word, '\'');
}

std::string_view entity_for(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return {};
  }
}

}  // namespace

void append_escaped_html(std::string& out, std::string_view text) {
  // Runs of characters that need nothing are appended whole, and passed over eight
  // bytes at a time: every page's text and every value of its template come here.
  std::size_t plain = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    for (std::uint64_t word; i + 8 <= text.size(); i += 8) {
      std::memcpy(&word, text.data() + i, 8);
      if (needs_escaping(word)) break;
    }
    std::size_t end = std::min(text.size(), i + 8);
    for (; i < end; ++i) {
      std::string_view entity = entity_for(text[i]);
      if (entity.empty()) continue;
      out.append(text.substr(plain, i - plain));
      out.append(entity);
      plain = i + 1;
    }
  }
  out.append(text.substr(plain));
}

std::string escape_xml(std::string_view text) {
  std::string allowed;
  allowed.reserve(text.size());
  for (char c : text) {
    bool forbidden = static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    if (!forbidden) allowed += c;
  }
  return escape_html(allowed);
}

}  // namespace cdp
