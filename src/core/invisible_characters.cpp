#include "core/invisible_characters.h"

#include <array>

namespace cdp {

namespace {

struct Known {
  std::string_view bytes;
  std::string_view name;
};

constexpr std::array<Known, 9> kInvisible = {{
    {"\xE2\x80\x8B", "zero-width space (U+200B)"},
    {"\xE2\x80\x8C", "zero-width non-joiner (U+200C)"},
    {"\xE2\x80\x8D", "zero-width joiner (U+200D)"},
    {"\xE2\x81\xA0", "word joiner (U+2060)"},
    {"\xEF\xBB\xBF", "zero-width no-break space (U+FEFF)"},
    {"\xC2\xAD", "soft hyphen (U+00AD)"},
    {"\xE2\x80\x8E", "left-to-right mark (U+200E)"},
    {"\xE2\x80\x8F", "right-to-left mark (U+200F)"},
    {"\xC2\xA0", "non-breaking space (U+00A0)"},
}};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The word before `offset`: up to 30 bytes back to a space, whole characters only.
std::string_view word_before(std::string_view text, std::size_t offset) {
  std::size_t start = offset;
  while (start > 0 && offset - start < 30 && text[start - 1] != ' ' && text[start - 1] != '"') --start;
  while (start < offset && is_continuation(text[start])) ++start;
  return text.substr(start, offset - start);
}

}  // namespace

std::optional<InvisibleCharacter> find_invisible_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
      return InvisibleCharacter{i, 1, "control character (U+00" + std::string(1, "0123456789ABCDEF"[byte >> 4]) +
                                          std::string(1, "0123456789ABCDEF"[byte & 0xF]) + ")"};
    }
    if (byte < 0xC2) continue;
    for (const Known& known : kInvisible) {
      if (text.substr(i, known.bytes.size()) == known.bytes) {
        return InvisibleCharacter{i, known.bytes.size(), std::string(known.name)};
      }
    }
  }
  return std::nullopt;
}

std::string describe_invisible_character(std::string_view text, const InvisibleCharacter& found) {
  std::string_view before = word_before(text, found.offset);
  std::string where = before.empty() ? "at the start" : "after `" + std::string(before) + "`";
  return "an invisible " + found.name + " " + where;
}

std::string without_invisible_characters(std::string_view text) {
  std::string clean;
  while (!text.empty()) {
    std::optional<InvisibleCharacter> found = find_invisible_character(text);
    if (!found) break;
    clean += text.substr(0, found->offset);
    text.remove_prefix(found->offset + found->length);
  }
  return clean + std::string(text);
}

}  // namespace cdp
