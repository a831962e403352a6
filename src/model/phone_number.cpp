#include "model/phone_number.h"

namespace cdp {

namespace {

bool is_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The digits of `written` with a leading "+" kept, or "" when it holds anything other
// than digits and separators (a letter, "ext", a second "+").
std::string digits_of(std::string_view written) {
  std::string digits;
  for (std::size_t i = 0; i < written.size(); ++i) {
    char c = written[i];
    if (is_digit(c) || (c == '+' && digits.empty())) {
      digits += c;
    } else if (!is_separator(c)) {
      return "";
    }
  }
  return digits;
}

// "+44 (0)1243 ..." writes the national 0 in brackets: it is not dialled from abroad.
std::string without_bracketed_zero(std::string_view written) {
  std::string text(written);
  std::size_t at = text.find("(0)");
  if (at != std::string::npos) text.erase(at, 3);
  return text;
}

}  // namespace

std::optional<std::string> tel_address(std::string_view written) {
  std::string digits = digits_of(without_bracketed_zero(written));
  if (digits.starts_with("00")) digits = "+" + digits.substr(2);
  if (digits.starts_with("+44")) {
    // A UK number from abroad: the national number without its 0, 9 or 10 digits.
    std::size_t national = digits.size() - 3;
    if (national < 9 || national > 10 || digits[3] == '0') return std::nullopt;
    return "tel:" + digits;
  }
  if (digits.starts_with("+")) {
    // E.164: a country code and number of at most 15 digits in all; 8 is the fewest a
    // real international number has.
    std::size_t count = digits.size() - 1;
    if (count < 8 || count > 15 || digits[1] == '0') return std::nullopt;
    return "tel:" + digits;
  }
  // A UK number written nationally: 0 then 9 or 10 digits ("0800 123 456", "01243 777100").
  if (!digits.starts_with("0") || digits.size() < 10 || digits.size() > 11 || digits[1] == '0') return std::nullopt;
  return "tel:+44" + digits.substr(1);
}

}  // namespace cdp
