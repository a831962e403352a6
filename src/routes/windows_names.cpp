#include "routes/windows_names.h"

#include <array>
#include <cstdio>

namespace cdp {

namespace {

constexpr std::string_view kForbidden = "<>:\"|?*\\";

// Windows reserves these for devices, whatever the case and whatever extension follows
// ("nul.txt" and "Com1.html" are devices too).
bool is_device_name(std::string_view name) {
  std::string base = fold_case(name.substr(0, name.find('.')));
  while (!base.empty() && base.back() == ' ') base.pop_back();  // "NUL .txt" is NUL too
  static constexpr std::array<std::string_view, 4> kPlain = {"con", "prn", "aux", "nul"};
  for (std::string_view plain : kPlain) {
    if (base == plain) return true;
  }
  bool numbered = base.size() == 4 && (base.starts_with("com") || base.starts_with("lpt"));
  return numbered && base[3] >= '1' && base[3] <= '9';
}

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

std::string code_point_name(unsigned char c) {
  char text[8];
  std::snprintf(text, sizeof text, "U+%04X", c);
  return text;
}

}  // namespace

WindowsNameProblem windows_name_problem(std::string_view name) {
  std::string quoted = "\"" + printable_name(name) + "\"";
  for (unsigned char c : name) {
    if (is_control(c)) {
      return {quoted + " holds an invisible control character (" + code_point_name(c) + ")",
              "remove it from the name"};
    }
  }
  for (char c : name) {
    if (kForbidden.find(c) != std::string_view::npos) {
      return {quoted + " holds a " + std::string(1, c) + ", which Windows does not allow in a name",
              "use letters, digits and hyphens in the name instead of < > : \" \\ | ? *"};
    }
  }
  if (is_device_name(name)) {
    return {quoted + " is a name Windows keeps for a device",
            "choose another name: CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 cannot be used, in any case "
            "and with or without an extension"};
  }
  if (name.ends_with('.')) return {quoted + " ends in a dot, which Windows drops", "remove the dot at the end"};
  if (name.ends_with(' ')) return {quoted + " ends in a space, which Windows drops", "remove the space at the end"};
  return {};
}

std::string printable_name(std::string_view text) {
  std::string shown;
  for (unsigned char c : text) {
    if (is_control(c)) {
      shown += "[" + code_point_name(c) + "]";
    } else {
      shown += static_cast<char>(c);
    }
  }
  return shown;
}

std::string fold_case(std::string_view text) {
  std::string folded(text);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c >= 'A' && c <= 'Z') folded[i] = static_cast<char>(c + ('a' - 'A'));
    // U+00C0 to U+00DE (but U+00D7, the multiplication sign) is C3 80 to C3 9E in
    // UTF-8; its lower-case letter is 0x20 further on.
    if (c == 0xC3 && i + 1 < folded.size()) {
      unsigned char next = static_cast<unsigned char>(folded[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) folded[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return folded;
}

}  // namespace cdp
