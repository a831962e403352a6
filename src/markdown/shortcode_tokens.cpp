#include "markdown/shortcode_tokens.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

namespace cdp {

namespace {

constexpr std::string_view kTokenPrefix = "cdpshortcode";

// Where a shortcode's output goes in the rendered page: `length` bytes from `at`.
struct TokenPlace {
  std::size_t at = std::string::npos;
  std::size_t length = 0;
};

// The index of the shortcode_token(i) starting at `at` in `html`, with the end of the token;
// nullopt when none starts there.
std::optional<std::pair<std::size_t, std::size_t>> token_at(const std::string& html, std::size_t at) {
  std::size_t digits = at + kTokenPrefix.size();
  std::size_t end = digits;
  while (end < html.size() && end - digits < 10 && html[end] >= '0' && html[end] <= '9') ++end;
  bool well_formed = end > digits && end < html.size() && html[end] == 'x' && (html[digits] != '0' || end == digits + 1);
  if (!well_formed) return std::nullopt;
  return std::pair{static_cast<std::size_t>(std::stoull(html.substr(digits, end - digits))), end + 1};
}

}  // namespace

std::string shortcode_token(std::size_t index) { return std::string(kTokenPrefix) + std::to_string(index) + "x"; }

std::string substitute_shortcodes(std::string html, const std::vector<std::string>& outputs) {
  // Each token's paragraph of its own (which block output replaces whole), else the first
  // place it stands, found in one pass over the page: a page of charts has dozens.
  std::vector<TokenPlace> paragraph(outputs.size());
  std::vector<TokenPlace> inline_place(outputs.size());
  for (std::size_t at = html.find(kTokenPrefix); at != std::string::npos; at = html.find(kTokenPrefix, at + 1)) {
    std::optional<std::pair<std::size_t, std::size_t>> found = token_at(html, at);
    if (!found || found->first >= outputs.size()) continue;
    auto [index, end] = *found;
    bool own_paragraph = at >= 3 && html.compare(at - 3, 3, "<p>") == 0 && html.compare(end, 5, "</p>\n") == 0;
    if (own_paragraph && paragraph[index].at == std::string::npos) paragraph[index] = {at - 3, end + 5 - (at - 3)};
    if (inline_place[index].at == std::string::npos) inline_place[index] = {at, end - at};
  }
  std::vector<std::pair<TokenPlace, std::size_t>> places;  // with the output that goes there
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    TokenPlace place = paragraph[i].at != std::string::npos ? paragraph[i] : inline_place[i];
    if (place.at != std::string::npos) places.emplace_back(place, i);
  }
  std::sort(places.begin(), places.end(), [](const auto& a, const auto& b) { return a.first.at < b.first.at; });
  std::string substituted;
  std::size_t size = html.size();
  for (const auto& [place, i] : places) size += outputs[i].size();
  substituted.reserve(size);
  std::size_t copied = 0;
  for (const auto& [place, i] : places) {
    substituted.append(html, copied, place.at - copied);
    substituted += outputs[i];
    copied = place.at + place.length;
  }
  substituted.append(html, copied);
  return substituted;
}

}  // namespace cdp
