#include "outputs/search_index.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/byte_table.h"
#include "core/parallel.h"

namespace cdp {

namespace {

// Whether `c` goes into a JavaScript string as it is: not a quote, a backslash, a
// control character, markup, or the lead byte of U+2028 and U+2029.
constexpr std::array<bool, 256> kPlainJs = bytes_where(
    [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != 0xE2; });

bool is_plain_js(char c) { return kPlainJs[static_cast<unsigned char>(c)]; }

void append_js_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // U+2028 and U+2029 end a line in older JavaScript: escape them.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      std::size_t run_end = i + 1;
      while (run_end < text.size() && is_plain_js(text[run_end])) ++run_end;
      out.append(text.substr(i, run_end - i));  // a run at a time, not a character
      i = run_end - 1;
    }
  }
  out += '"';
}

}  // namespace

std::size_t indexed_characters(std::size_t pages) {
  return std::max(kMinIndexedCharacters, kIndexBudget / std::max<std::size_t>(pages, 1));
}

namespace {

// One entry of the index as JavaScript, with the comma that follows all but the last.
void append_entry(std::string& js, const SearchEntry& entry, bool last) {
  js += "{\"u\":";
  append_js_string(js, entry.url);
  js += ",\"t\":";
  append_js_string(js, entry.title);
  js += ",\"k\":";
  append_js_string(js, entry.kind);
  js += ",\"p\":";
  append_js_string(js, entry.partnership);
  js += ",\"x\":";
  append_js_string(js, entry.text);
  js += last ? "}\n" : "},\n";
}

std::size_t text_size(const SearchEntry& entry) {
  return entry.url.size() + entry.title.size() + entry.kind.size() + entry.partnership.size() + entry.text.size();
}

}  // namespace

GeneratedFile search_index_file(const std::vector<SearchEntry>& unsorted) {
  std::vector<const SearchEntry*> entries;
  entries.reserve(unsorted.size());
  for (const SearchEntry& entry : unsorted) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const SearchEntry* a, const SearchEntry* b) { return a->url < b->url; });
  // A large site's index is megabytes, written after every page, when the other cores
  // would wait: it is written in parts on every core, then joined.
  std::vector<std::string> parts(std::min<std::size_t>(entries.size(), 16));
  parallel_for(parts.size(), [&](std::size_t part) {
    std::size_t begin = entries.size() * part / parts.size();
    std::size_t end = entries.size() * (part + 1) / parts.size();
    std::size_t size = 0;
    for (std::size_t i = begin; i < end; ++i) size += text_size(*entries[i]);
    parts[part].reserve(size + size / 16 + (end - begin) * 40);
    for (std::size_t i = begin; i < end; ++i) append_entry(parts[part], *entries[i], i + 1 == entries.size());
  });
  std::string js = "window.cdpsiteSearchIndex = [\n";
  std::size_t size = js.size() + 3;
  for (const std::string& part : parts) size += part.size();
  js.reserve(size);
  for (const std::string& part : parts) js += part;
  js += "];\n";
  return GeneratedFile{kSearchIndexPath, std::move(js)};
}

}  // namespace cdp
