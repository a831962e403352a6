#pragma once
// Search that works on any static host: at build time every page's title, kind,
// partnership and the start of its text go into search-index.js, which the search
// page's own small script (the theme's js/search.js) loads and searches in the
// browser. It is a script rather than JSON so that it also loads when the site is
// opened from disk, where browsers refuse to fetch files.
#include <string>
#include <string_view>
#include <vector>

#include "core/generated_file.h"
#include "render/search_entry.h"
#include "routes/addresses.h"


namespace cdp {


// How much of each page's text is indexed: the whole text of every page of a site of
// the usual size, and less per page on very large sites, so that the index stays
// around 4 MB, small enough to load on a phone (a 10,000-page site indexes the first
// 400 characters of each page).
inline constexpr std::size_t kIndexBudget = 4'000'000;
inline constexpr std::size_t kMinIndexedCharacters = 400;
std::size_t indexed_characters(std::size_t pages);


// search-index.js, defining `window.cdpsiteSearchIndex` as an array of
// {u: url, t: title, k: kind, p: partnership, x: text}, in URL order. Every string is
// escaped so that nothing in it can end the script.
GeneratedFile search_index_file(const std::vector<SearchEntry>& entries);


}  // namespace cdp
