#include "model/area_code.h"

#include <algorithm>

namespace cdp {

std::optional<std::string> area_code_problem(std::string_view code) {
  constexpr std::size_t kLength = 9;
  const std::string example = "an ONS code is a capital letter and 8 digits, e.g. E06000044";
  if (code.empty()) return "the area code is empty: " + example;
  if (code.size() != kLength) {
    return "\"" + std::string(code) + "\" has " + std::to_string(code.size()) + " characters: " + example;
  }
  if (std::string_view("EWSN").find(code[0]) == std::string_view::npos) {
    return "\"" + std::string(code) + "\" does not start with E, W, S or N: " + example;
  }
  bool digits = std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return "\"" + std::string(code) + "\" has other characters than digits after its letter: " + example;
  return std::nullopt;
}

}  // namespace cdp
