#include "load/number_text.h"

#include <cctype>
#include <charconv>
#include <cstdio>

namespace cdp {

namespace {

constexpr std::string_view kPound = "\xC2\xA3";  // £

bool consume_suffix(std::string_view& text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  std::string_view end = text.substr(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(end[i])) != suffix[i]) return false;
  }
  text.remove_suffix(suffix.size());
  return true;
}

// 1700000.0 -> "1700000", 48.3 -> "48.3".
std::string plain(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

}  // namespace

std::optional<NumberText> number_in_text(std::string_view text) {
  NumberText result;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.starts_with(kPound)) {
    text.remove_prefix(kPound.size());
    result.money = true;
  }
  double scale = 1;
  if (consume_suffix(text, "bn")) scale = 1e9;
  else if (consume_suffix(text, "m")) scale = 1e6;
  else if (consume_suffix(text, "k")) scale = 1e3;
  else consume_suffix(text, "%");
  if (scale != 1) result.money = true;
  std::string digits;
  for (char c : text) {
    if (c != ',') digits += c;
  }
  if (digits.empty() || !(std::isdigit(static_cast<unsigned char>(digits.front())) || digits.front() == '-')) {
    return std::nullopt;
  }
  double value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  result.number = plain(value * scale);
  return result;
}

int decimals_written(std::string_view line, int column) {
  // Columns count characters: skip column - 1 of them, each one to four bytes of UTF-8.
  std::size_t at = 0;
  for (int skipped = 1; skipped < column && at < line.size(); ++skipped) {
    do ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80);
  }
  if (at < line.size() && (line[at] == '+' || line[at] == '-')) ++at;
  auto digit_or_underscore = [&](std::size_t i) {
    return i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '_');
  };
  if (!digit_or_underscore(at) || line.substr(at).starts_with("0x") || line.substr(at).starts_with("0o") ||
      line.substr(at).starts_with("0b")) {
    return -1;
  }
  while (digit_or_underscore(at)) ++at;
  int places = 0;
  if (at < line.size() && line[at] == '.') {
    for (++at; digit_or_underscore(at); ++at) places += line[at] == '_' ? 0 : 1;
  }
  if (at < line.size() && (line[at] == 'e' || line[at] == 'E')) return -1;
  return places;
}

}  // namespace cdp
