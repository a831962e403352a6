#include "render/search_entry.h"

#include <array>

#include "core/byte_table.h"
#include "core/fs.h"

namespace cdp {

namespace {

bool starts_with_tag(std::string_view html, std::size_t at, std::string_view name) {
  if (html.compare(at + 1, name.size(), name) != 0) return false;
  char after = at + 1 + name.size() < html.size() ? html[at + 1 + name.size()] : '>';
  return after == '>' || after == ' ' || after == '\n' || after == '/';
}

// Where the element opened at `at` ends: after its closing tag for elements whose
// content is not text (script, style, svg), else after the tag itself.
std::size_t skip_tag(std::string_view html, std::size_t at) {
  // All three start with 's': most tags are passed without comparing names.
  bool may_hide = at + 1 < html.size() && html[at + 1] == 's';
  for (std::string_view hidden : {"script", "style", "svg"}) {
    if (!may_hide || !starts_with_tag(html, at, hidden)) continue;
    std::size_t close = html.find("</" + std::string(hidden), at);
    std::size_t end = close == std::string_view::npos ? std::string_view::npos : html.find('>', close);
    return end == std::string_view::npos ? html.size() : end + 1;
  }
  std::size_t end = html.find('>', at);
  return end == std::string_view::npos ? html.size() : end + 1;
}


// Decodes the entity at `at` ("&amp;", "&#8217;", "&#x2019;") into `out`; returns
// where it ends. An entity it does not know is kept as written.
std::size_t decode_entity(std::string_view html, std::size_t at, std::string& out) {
  std::size_t end = html.find(';', at);
  if (end == std::string_view::npos || end - at > 10) {
    out += '&';
    return at + 1;
  }
  std::string_view name = html.substr(at + 1, end - at - 1);
  static const std::pair<std::string_view, char> named[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}};
  for (const auto& [entity, character] : named) {
    if (name == entity) {
      out += character;
      return end + 1;
    }
  }
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    char* parsed_to = nullptr;
    unsigned long code = std::strtoul(digits.c_str(), &parsed_to, hex ? 16 : 10);
    if (!digits.empty() && *parsed_to == '\0') {
      append_utf8(out, code);
      return end + 1;
    }
  }
  out += '&';
  return at + 1;
}

// The bytes that end a run of plain text: a tag, an entity or white space.
constexpr std::array<bool, 256> kEndsWord =
    bytes_where([](unsigned char c) { return c == '<' || c == '&' || c == ' ' || c == '\n' || c == '\t' || c == '\r'; });

bool ends_word(char c) { return kEndsWord[static_cast<unsigned char>(c)]; }

void append_space(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

// Cuts `text` to at most `max` bytes, at the last space before the limit when there
// is one, and never inside a UTF-8 character.
void cut(std::string& text, std::size_t max) {
  if (text.size() <= max) return;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  std::size_t space = text.rfind(' ', end);
  text.resize(space != std::string::npos && space > max / 2 ? space : end);
}

}  // namespace

std::string main_text(std::string_view html, std::size_t max_chars) {
  std::size_t open = html.find("<main");
  std::size_t start = open == std::string_view::npos ? 0 : html.find('>', open);
  start = start == std::string_view::npos ? html.size() : (open == std::string_view::npos ? 0 : start + 1);
  // From there to the </main> tag, met as the text is read: the text of a large site's
  // pages is cut long before it, and the page is not searched to its end for it.
  std::string_view main = html.substr(start);
  std::string text;
  text.reserve(max_chars + 64);
  // Decode a little past the limit, so the cut can end at a word boundary.
  for (std::size_t i = 0; i < main.size() && text.size() <= max_chars;) {
    char c = main[i];
    if (c == '<') {
      if (main.compare(i, 7, "</main>") == 0) break;
      i = skip_tag(main, i);
      append_space(text);
    } else if (c == '&') {
      i = decode_entity(main, i, text);
    } else if (ends_word(c)) {
      append_space(text);
      ++i;
    } else {
      std::size_t run_end = i + 1;
      while (run_end < main.size() && !ends_word(main[run_end])) ++run_end;
      text.append(main.substr(i, run_end - i));  // a word at a time, not a character
      i = run_end;
    }
  }
  cut(text, max_chars);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

}  // namespace cdp
