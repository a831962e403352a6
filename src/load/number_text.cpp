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

}  // namespace cdp
