#include "routes/windows_names.h"

#include <array>
#include <cstdio>

#include "core/fs.h"
#include "routes/upper_case.h"

namespace cdp {

namespace {

constexpr std::string_view kForbidden = "<>:\"|?*\\";

// Windows reserves these for devices, whatever the case and whatever extension follows
// ("nul.txt" and "Com1.html" are devices too).
bool is_device_name(std::string_view name) {
  std::string_view unfolded = name.substr(0, name.find('.'));
  while (!unfolded.empty() && unfolded.back() == ' ') unfolded.remove_suffix(1);  // "NUL .txt" is NUL too
  if (unfolded.size() != 3 && unfolded.size() != 4) return false;  // most names, without folding them
  std::string base = fold_case(unfolded);
  static constexpr std::array<std::string_view, 4> kPlain = {"CON", "PRN", "AUX", "NUL"};
  for (std::string_view plain : kPlain) {
    if (base == plain) return true;
  }
  bool numbered = base.size() == 4 && (base.starts_with("COM") || base.starts_with("LPT"));
  return numbered && base[3] >= '1' && base[3] <= '9';
}

// The character of two or three UTF-8 bytes at `at` (the Basic Multilingual Plane
// beyond ASCII), with `length` its bytes; `length` 0 for anything else.
char32_t bmp_character_at(std::string_view text, std::size_t at, std::size_t& length) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  auto continues = [&](std::size_t i) { return i < text.size() && (byte(i) & 0xC0) == 0x80; };
  length = 0;
  unsigned char lead = byte(at);
  if (lead >= 0xC2 && lead <= 0xDF && continues(at + 1)) {
    length = 2;
    return static_cast<char32_t>(((lead & 0x1F) << 6) | (byte(at + 1) & 0x3F));
  }
  if (lead >= 0xE0 && lead <= 0xEF && continues(at + 1) && continues(at + 2)) {
    char32_t code = static_cast<char32_t>(((lead & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F));
    if (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)) return 0;  // over-long or a surrogate
    length = 3;
    return code;
  }
  return 0;
}

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

std::string code_point_name(unsigned char c) {
  char text[8];
  std::snprintf(text, sizeof text, "U+%04X", c);
  return text;
}

}  // namespace

WindowsNameProblem windows_name_problem(std::string_view name) {
  // Made only for a problem: every folder and file of every page's address is checked.
  auto quoted = [name] {
    std::string text = "\"";  // appended to, not added: GCC 12 at -O3 warns falsely of the latter
    text += printable_name(name);
    text += '"';
    return text;
  };
  for (unsigned char c : name) {
    if (is_control(c)) {
      return {quoted() + " holds an invisible control character (" + code_point_name(c) + ")",
              "remove it from the name"};
    }
  }
  for (char c : name) {
    if (kForbidden.find(c) != std::string_view::npos) {
      return {quoted() + " holds a " + std::string(1, c) + ", which Windows does not allow in a name",
              "use letters, digits and hyphens in the name instead of < > : \" \\ | ? *"};
    }
  }
  if (is_device_name(name)) {
    return {quoted() + " is a name Windows keeps for a device",
            "choose another name: CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 cannot be used, in any case "
            "and with or without an extension"};
  }
  if (name.ends_with('.')) return {quoted() + " ends in a dot, which Windows drops", "remove the dot at the end"};
  if (name.ends_with(' ')) return {quoted() + " ends in a space, which Windows drops", "remove the space at the end"};
  return {};
}

std::string printable_name(std::string_view text) {
  std::string shown;
  for (unsigned char c : text) {
    if (is_control(c)) {
      shown += '[';
      shown += code_point_name(c);
      shown += ']';
    } else {
      shown += static_cast<char>(c);
    }
  }
  return shown;
}

std::string fold_case(std::string_view text) {
  std::string folded;
  fold_case(text, folded);
  return folded;
}

void fold_case(std::string_view text, std::string& folded) {
  folded.clear();
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    std::size_t length = 0;
    // ASCII (most of every name) is folded here; what bmp_character_at does not take, a
    // character beyond the BMP or a stray byte, is kept as it is.
    char32_t code = static_cast<unsigned char>(c) < 0x80 ? 0 : bmp_character_at(text, i, length);
    if (length == 0) {
      folded += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;  // ASCII's upper case, without the table
      ++i;
      continue;
    }
    append_utf8(folded, windows_upper_case(code));
    i += length;
  }
}

}  // namespace cdp
