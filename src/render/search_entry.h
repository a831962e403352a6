#pragma once
// What search knows of a page (outputs/search_index.h writes them all into
// search-index.js): taken from the page as it is rendered.
#include <string>
#include <string_view>

namespace cdp {

struct SearchEntry {
  std::string url;          // page URL from the site root, "" for home
  std::string title;        // page title
  std::string kind;         // "Annual report", "Metric", "Priority", "Page", ...
  std::string partnership;  // the partnership's name, or ""
  std::string text;         // the start of the page's text, for matching and snippets
};

// The text a reader sees in the page's <main> element: tags, scripts and SVG markup
// removed, entities decoded, white space collapsed, cut at a word boundary after at
// most `max_chars` bytes (never inside a UTF-8 character).
std::string main_text(std::string_view html, std::size_t max_chars);

}  // namespace cdp
