#pragma once
// Search that works on any static host: at build time every page's title, kind,
// partnership and the start of its text go into search-index.js, which the search
// page's own small script (the theme's js/search.js) loads and searches in the
// browser. It is a script rather than JSON so that it also loads when the site is
// opened from disk, where browsers refuse to fetch files.
#include <string>
#include <string_view>
#include <vector>

#include "render/open_data.h"
#include "routes/addresses.h"


namespace cdp {

struct SearchEntry {
  std::string url;          // page URL from the site root, "" for home
  std::string title;        // page title
  std::string kind;         // "Annual report", "Metric", "Priority", "Page", ...
  std::string partnership;  // the partnership's name, or ""
  std::string text;         // the start of the page's text, for matching and snippets
};

// How much of each page's text is indexed: the whole text of every page of a site of
// the usual size, and less per page on very large sites, so that the index stays
// around 4 MB, small enough to load on a phone (a 10,000-page site indexes the first
// 400 characters of each page).
inline constexpr std::size_t kIndexBudget = 4'000'000;
inline constexpr std::size_t kMinIndexedCharacters = 400;
std::size_t indexed_characters(std::size_t pages);

// The text a reader sees in the page's <main> element: tags, scripts and SVG markup
// removed, entities decoded, white space collapsed, cut at a word boundary after at
// most `max_chars` bytes (never inside a UTF-8 character).
std::string main_text(std::string_view html, std::size_t max_chars);

// search-index.js, defining `window.cdpsiteSearchIndex` as an array of
// {u: url, t: title, k: kind, p: partnership, x: text}, in URL order. Every string is
// escaped so that nothing in it can end the script.
GeneratedFile search_index_file(const std::vector<SearchEntry>& entries);


}  // namespace cdp
