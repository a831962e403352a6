#include "model/language_tag.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace cdp {

namespace {

bool is_letters(std::string_view part) {
  return std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isalpha(c); });
}

bool is_letters_or_digits(std::string_view part) {
  return std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isalnum(c); });
}

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// The languages of the UK's public bodies, as people name them.
const std::map<std::string, std::string>& tags_by_name() {
  static const std::map<std::string, std::string> tags = {
      {"english", "en-GB"}, {"british english", "en-GB"}, {"english (uk)", "en-GB"}, {"uk english", "en-GB"},
      {"welsh", "cy"},      {"cymraeg", "cy"},            {"gaelic", "gd"},        {"scottish gaelic", "gd"},
      {"irish", "ga"},      {"cornish", "kw"}};
  return tags;
}

}  // namespace

bool is_language_tag(std::string_view text) {
  std::size_t part_start = 0;
  for (int part = 0;; ++part) {
    std::size_t hyphen = text.find('-', part_start);
    std::string_view piece = text.substr(part_start, hyphen == std::string_view::npos ? text.npos : hyphen - part_start);
    bool fits = part == 0 ? piece.size() >= 2 && piece.size() <= 3 && is_letters(piece)
                          : !piece.empty() && piece.size() <= 8 && is_letters_or_digits(piece);
    if (!fits) return false;
    if (hyphen == std::string_view::npos) return true;
    part_start = hyphen + 1;
  }
}

std::string suggested_language_tag(std::string_view text) {
  auto named = tags_by_name().find(lower(text));
  if (named != tags_by_name().end()) return named->second;
  std::string hyphened(text);
  std::replace(hyphened.begin(), hyphened.end(), '_', '-');
  if (is_language_tag(hyphened)) return hyphened;
  return "en-GB";
}

}  // namespace cdp
