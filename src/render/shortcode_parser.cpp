#include "render/shortcode_parser.h"

#include <algorithm>
#include <cctype>

namespace cdp {

namespace {

constexpr std::string_view kOpen = "{{<";
constexpr std::string_view kClose = ">}}";

struct Cursor {
  std::string_view text;   // the inside of the shortcode
  std::size_t at = 0;      // current byte
  std::size_t base = 0;    // file offset of text[0]

  void skip_space() {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  }
  bool done() const { return at >= text.size(); }
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// A quoted string or a bare word; false (with `problem` set) when malformed.
bool read_value(Cursor& cursor, std::string& value, std::string& problem) {
  if (cursor.text[cursor.at] == '"') {
    std::size_t end = cursor.text.find('"', cursor.at + 1);
    if (end == std::string_view::npos) {
      problem = "a quoted value is never closed";
      return false;
    }
    value = std::string(cursor.text.substr(cursor.at + 1, end - cursor.at - 1));
    cursor.at = end + 1;
    return true;
  }
  std::size_t start = cursor.at;
  while (cursor.at < cursor.text.size() && is_word_char(cursor.text[cursor.at])) ++cursor.at;
  if (cursor.at == start) {
    problem = std::string("unexpected character '") + cursor.text[cursor.at] + "'";
    return false;
  }
  value = std::string(cursor.text.substr(start, cursor.at - start));
  return true;
}

bool parse_inside(Cursor cursor, const SourceFile& file, ShortcodeCall& call, std::string& problem) {
  cursor.skip_space();
  std::size_t name_start = cursor.at;
  while (!cursor.done() && is_word_char(cursor.text[cursor.at])) ++cursor.at;
  call.name = std::string(cursor.text.substr(name_start, cursor.at - name_start));
  if (call.name.empty()) {
    problem = "the shortcode has no name";
    return false;
  }
  for (cursor.skip_space(); !cursor.done(); cursor.skip_space()) {
    SourcePos pos = file.pos_at_offset(cursor.base + cursor.at);
    std::string value;
    if (!read_value(cursor, value, problem)) return false;
    if (!cursor.done() && cursor.text[cursor.at] == '=') {
      ++cursor.at;
      std::string key = value;
      if (cursor.done() || !read_value(cursor, value, problem)) {
        if (problem.empty()) problem = "`" + key + "=` has no value";
        return false;
      }
      call.named[key] = {value, pos};
    } else {
      call.positional.push_back({value, pos});
    }
  }
  return true;
}

// Hugo has a second form, {{% name %}}, whose output is Markdown; cdpsite has only
// {{< >}}, and would print the other as it is. Each one on a line is reported, with the
// shortcode as cdpsite writes it.
void report_percent_shortcodes(std::string_view body, const SourceFile& file, std::size_t body_offset,
                               Diagnostics& diagnostics) {
  constexpr std::string_view kPercentOpen = "{{%";
  constexpr std::string_view kPercentClose = "%}}";
  for (std::size_t at = body.find(kPercentOpen); at != std::string_view::npos; at = body.find(kPercentOpen, at + 1)) {
    std::size_t line_end = std::min(body.find('\n', at), body.size());
    std::size_t close = body.substr(0, line_end).find(kPercentClose, at + kPercentOpen.size());
    if (close == std::string_view::npos) continue;
    std::string_view inside = body.substr(at + kPercentOpen.size(), close - at - kPercentOpen.size());
    if (inside.starts_with("/*")) continue;  // Hugo's way to write one literally
    std::string as_written = inside.size() <= 100 ? "{{<" + std::string(inside) + ">}}" : "{{< ... >}}";
    diagnostics.add(error_at(file, file.pos_at_offset(body_offset + at),
                             "cdpsite writes shortcodes as {{< ... >}}, not {{% ... %}}, so this would be printed as it is",
                             "write it as " + as_written));
    at = close;
  }
}

}  // namespace

std::vector<ShortcodeCall> find_shortcodes(std::string_view body, const SourceFile& file, std::size_t body_offset,
                                           Diagnostics& diagnostics) {
  std::vector<ShortcodeCall> calls;
  report_percent_shortcodes(body, file, body_offset, diagnostics);
  for (std::size_t at = body.find(kOpen); at != std::string_view::npos; at = body.find(kOpen, at + 1)) {
    std::size_t close = body.find(kClose, at + kOpen.size());
    std::size_t next_open = body.find(kOpen, at + kOpen.size());
    SourcePos pos = file.pos_at_offset(body_offset + at);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      diagnostics.add(error_at(file, pos, "this shortcode is not closed", "end it with >}}, e.g. {{< metric \"numbers-in-treatment\" >}}"));
      continue;
    }
    ShortcodeCall call;
    call.offset = at;
    call.length = close + kClose.size() - at;
    call.pos = pos;
    std::string_view inside = body.substr(at + kOpen.size(), close - at - kOpen.size());
    if (inside.starts_with("/*") && inside.ends_with("*/")) {
      call.literal = true;
      calls.push_back(std::move(call));
      continue;
    }
    std::string problem;
    if (!parse_inside({inside, 0, body_offset + at + kOpen.size()}, file, call, problem)) {
      diagnostics.add(error_at(file, pos, "this shortcode cannot be read: " + problem,
                               "write it as {{< name \"value\" key=\"value\" >}}"));
      continue;
    }
    calls.push_back(std::move(call));
    at = close;
  }
  return calls;
}

}  // namespace cdp
