#include "markdown/shortcode_parser.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/invisible_characters.h"
#include "markdown/markdown.h"

namespace cdp {

namespace {

constexpr std::string_view kOpen = "{{<";
constexpr std::string_view kClose = ">}}";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";
constexpr std::string_view kLeftCurlyQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightCurlyQuote = "\xE2\x80\x9D";  // ”

// What is wrong with a shortcode, and the fix when there is a better one than the
// form of a shortcode.
struct Problem {
  std::string what;
  std::string hint;
  std::optional<std::size_t> offset;  // the file offset of the character at fault, when there is one
};

// The whole character at `at` (one to four bytes), so a message never holds part of one.
std::string_view character_at(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(at, end - at);
}

bool is_curly_double_quote(std::string_view character) {
  return character == kLeftCurlyQuote || character == kRightCurlyQuote;
}

bool is_curly_quote(std::string_view character) {
  return is_curly_double_quote(character) || character == "\xE2\x80\x98" || character == "\xE2\x80\x99";
}

struct Cursor {
  std::string_view text;   // the inside of the shortcode
  std::size_t at = 0;      // current byte
  std::size_t base = 0;    // file offset of text[0]

  // Spaces, and the non-breaking spaces Word puts between words it keeps together.
  void skip_space() {
    while (at < text.size()) {
      if (std::isspace(static_cast<unsigned char>(text[at]))) {
        ++at;
      } else if (text.substr(at, 2) == kNoBreakSpace) {
        at += kNoBreakSpace.size();
      } else if (text.substr(at, 3) == kNarrowNoBreakSpace) {
        at += kNarrowNoBreakSpace.size();
      } else {
        break;
      }
    }
  }
  bool done() const { return at >= text.size(); }
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// A value in curly quotes, as Word types them: “numbers-in-treatment” or ‘...’. Read
// as quoted when it is unambiguous: the next curly quote closes it and is of the same
// kind, and no straight quote is inside.
bool read_curly_quoted(Cursor& cursor, std::string& value) {
  bool double_quote = is_curly_double_quote(character_at(cursor.text, cursor.at));
  std::size_t open = cursor.at + kLeftCurlyQuote.size();  // every curly quote is three bytes
  std::size_t end = open;
  while (end < cursor.text.size() && cursor.text[end] != '"' && cursor.text[end] != '\'') {
    std::string_view character = character_at(cursor.text, end);
    if (is_curly_quote(character)) break;
    end += character.size();
  }
  if (end >= cursor.text.size() || !is_curly_quote(character_at(cursor.text, end)) ||
      is_curly_double_quote(character_at(cursor.text, end)) != double_quote) {
    return false;
  }
  value = std::string(cursor.text.substr(open, end - open));
  cursor.at = end + kRightCurlyQuote.size();
  return true;
}

// A quoted string or a bare word; false (with `problem` set) when malformed.
bool read_value(Cursor& cursor, std::string& value, Problem& problem) {
  if (cursor.text[cursor.at] == '"') {
    std::size_t end = cursor.text.find('"', cursor.at + 1);
    if (end == std::string_view::npos) {
      problem.what = "a quoted value is never closed";
      return false;
    }
    value = std::string(cursor.text.substr(cursor.at + 1, end - cursor.at - 1));
    cursor.at = end + 1;
    return true;
  }
  std::string_view character = character_at(cursor.text, cursor.at);
  if (is_curly_quote(character) && read_curly_quoted(cursor, value)) return true;
  std::size_t start = cursor.at;
  while (cursor.at < cursor.text.size() && is_word_char(cursor.text[cursor.at])) ++cursor.at;
  if (cursor.at == start) {
    if (is_curly_quote(character)) {
      problem = {"it has curly quotes (" + std::string(character) + "), as Word types them, that do not pair up",
                 "type straight quotes (\") around each value, e.g. {{< metric \"numbers-in-treatment\" >}}", {}};
    } else if (std::optional<InvisibleCharacter> invisible = find_invisible_character(character)) {
      problem = {"it has an invisible " + invisible->name + " here",
                 "delete it (it comes with text copied from a web page, a PDF or Word): type the shortcode again", {}};
    } else {
      problem.what = "unexpected character '" + std::string(character) + "'";
    }
    problem.offset = cursor.base + cursor.at;
    return false;
  }
  value = std::string(cursor.text.substr(start, cursor.at - start));
  return true;
}

// A value holding a character that cannot be seen: named, since the user cannot see it,
// and pointed at. `value_offset` is the file offset of the value's first byte when it was
// written as it is read (nullopt when it was not: curly quotes).
bool check_visible(const std::string& value, std::optional<std::size_t> value_offset, Problem& problem) {
  std::optional<InvisibleCharacter> found = find_invisible_character(value);
  if (!found) return true;
  problem = {"\"" + without_invisible_characters(value) + "\" has " + describe_invisible_character(value, *found),
             "delete it (it comes with text copied from a web page, a PDF or Word): type the value again", {}};
  if (value_offset) problem.offset = *value_offset + found->offset;
  return false;
}

// Where a value read from `start` begins in the file: after its quote, or at `start`
// for a bare word; nullopt for one in curly quotes (its quote is three bytes).
std::optional<std::size_t> value_offset(const Cursor& cursor, std::size_t start) {
  char first = cursor.text[start];
  if (first == '"') return cursor.base + start + 1;
  if (is_word_char(first)) return cursor.base + start;
  return std::nullopt;
}

// Positions of a shortcode's arguments, each counted on from the one before: counting
// every one from the start of its line would take seconds for a shortcode with tens of
// thousands of arguments on one long line.
class ArgumentPositions {
 public:
  explicit ArgumentPositions(const SourceFile& file) : file_(file) {}
  SourcePos at(std::size_t offset) {
    std::string_view between = offset >= offset_ && pos_.line > 0
                                   ? std::string_view(file_.text()).substr(offset_, offset - offset_)
                                   : std::string_view();
    if (pos_.line == 0 || offset < offset_ || between.find('\n') != std::string_view::npos) {
      pos_ = file_.pos_at_offset(offset);
    } else {
      pos_.column += count_chars(between, between.size());
    }
    offset_ = offset;
    return pos_;
  }

 private:
  const SourceFile& file_;
  std::size_t offset_ = 0;  // the offset of the last position asked for
  SourcePos pos_;           // its position (line 0 before the first)
};

bool parse_inside(Cursor cursor, const SourceFile& file, ShortcodeCall& call, Problem& problem) {
  ArgumentPositions positions(file);
  cursor.skip_space();
  std::size_t name_start = cursor.at;
  while (!cursor.done() && is_word_char(cursor.text[cursor.at])) ++cursor.at;
  call.name = std::string(cursor.text.substr(name_start, cursor.at - name_start));
  if (call.name.empty()) {
    problem.what = "the shortcode has no name";
    return false;
  }
  for (cursor.skip_space(); !cursor.done(); cursor.skip_space()) {
    SourcePos pos = positions.at(cursor.base + cursor.at);
    std::size_t start = cursor.at;
    std::string value;
    if (!read_value(cursor, value, problem)) return false;
    if (!cursor.done() && cursor.text[cursor.at] == '=') {
      ++cursor.at;
      std::string key = value;
      std::size_t value_start = cursor.at;
      if (cursor.done() || !read_value(cursor, value, problem)) {
        if (problem.what.empty()) problem.what = "`" + key + "=` has no value";
        return false;
      }
      if (!check_visible(value, value_offset(cursor, value_start), problem)) return false;
      call.named[key] = {value, pos};
    } else {
      if (!check_visible(value, value_offset(cursor, start), problem)) return false;
      call.positional.push_back({value, pos});
    }
  }
  return true;
}

// Hugo has a second form, {{% name %}}, whose output is Markdown; cdpsite has only
// {{< >}}, and would print the other as it is. Each one on a line is reported, with the
// shortcode as cdpsite writes it. Returns where the one reported ends (`at` if none is).
std::size_t report_percent_shortcode(std::string_view body, std::size_t at, const SourceFile& file,
                                     std::size_t body_offset, Diagnostics& diagnostics) {
  constexpr std::string_view kPercentOpen = "{{%";
  constexpr std::string_view kPercentClose = "%}}";
  std::size_t line_end = std::min(body.find('\n', at), body.size());
  std::size_t close = body.substr(0, line_end).find(kPercentClose, at + kPercentOpen.size());
  if (close == std::string_view::npos) return at;
  std::string_view inside = body.substr(at + kPercentOpen.size(), close - at - kPercentOpen.size());
  if (inside.starts_with("/*")) return at;  // Hugo's way to write one literally
  std::string as_written = inside.size() <= 100 ? "{{<" + std::string(inside) + ">}}" : "{{< ... >}}";
  diagnostics.add(error_at(file, file.pos_at_offset(body_offset + at),
                           "cdpsite writes shortcodes as {{< ... >}}, not {{% ... %}}, so this would be printed as it is",
                           "write it as " + as_written));
  return close;
}

// Whether the text at `at` follows an odd number of backslashes: \{{< is a shortcode
// written as text, and Markdown drops the backslash as it does before any punctuation.
bool escaped(std::string_view body, std::size_t at) {
  std::size_t backslashes = 0;
  while (backslashes < at && body[at - backslashes - 1] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

// Where a shortcode, {{< or Hugo's {{%, opens, and whether it is written as text.
struct Opening {
  std::size_t at;  // the offset of its "{{"
  bool escaped;    // after a backslash: \{{< shows the shortcode as text
};

// Where each shortcode may open: only where Markdown renders text. In code, raw HTML,
// comments and links' addresses and titles a shortcode is left as written, since a page
// explaining shortcodes shows them.
std::vector<Opening> openings_in_text(std::string_view body) {
  std::vector<std::size_t> openings;
  for (std::size_t at = body.find("{{"); at != std::string_view::npos; at = body.find("{{", at + 1)) {
    if (at + 2 < body.size() && (body[at + 2] == '<' || body[at + 2] == '%')) openings.push_back(at);
  }
  std::vector<bool> as_text = rendered_as_text(body, openings);
  std::vector<Opening> in_text;
  for (std::size_t i = 0; i < openings.size(); ++i) {
    if (as_text[i]) in_text.push_back({openings[i], escaped(body, openings[i])});
  }
  return in_text;
}

// The shortcode written as text from `at` (its "{{<", after a backslash) to its ">}}",
// or nothing when it is not closed (then it is text as Markdown shows it).
std::optional<ShortcodeCall> read_escaped(std::string_view body, std::size_t at, const SourceFile& file,
                                          std::size_t body_offset) {
  std::size_t close = body.find(kClose, at + kOpen.size());
  std::size_t next_open = body.find(kOpen, at + kOpen.size());
  if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) return std::nullopt;
  ShortcodeCall call;
  call.offset = at - 1;  // from the backslash, which Markdown would drop
  call.length = close + kClose.size() - call.offset;
  call.pos = file.pos_at_offset(body_offset + at);
  call.literal = true;
  call.text = std::string(body.substr(at, close + kClose.size() - at));
  return call;
}

// The shortcode opening at `at`, or nothing when it is reported as malformed.
std::optional<ShortcodeCall> read_shortcode(std::string_view body, std::size_t at, const SourceFile& file,
                                            std::size_t body_offset, Diagnostics& diagnostics) {
  std::size_t close = body.find(kClose, at + kOpen.size());
  std::size_t next_open = body.find(kOpen, at + kOpen.size());
  SourcePos pos = file.pos_at_offset(body_offset + at);
  if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
    diagnostics.add(error_at(file, pos, "this shortcode is not closed", "end it with >}}, e.g. {{< metric \"numbers-in-treatment\" >}}"));
    return std::nullopt;
  }
  ShortcodeCall call;
  call.offset = at;
  call.length = close + kClose.size() - at;
  call.pos = pos;
  std::string_view inside = body.substr(at + kOpen.size(), close - at - kOpen.size());
  if (inside.starts_with("/*") && inside.ends_with("*/")) {
    call.literal = true;
    call.text = "{{<" + std::string(inside.substr(2, inside.size() - 4)) + ">}}";
    return call;
  }
  Problem problem;
  if (!parse_inside({inside, 0, body_offset + at + kOpen.size()}, file, call, problem)) {
    std::string hint = problem.hint.empty() ? "write it as {{< name \"value\" key=\"value\" >}}" : problem.hint;
    SourcePos at_fault = problem.offset ? file.pos_at_offset(*problem.offset) : pos;
    diagnostics.add(error_at(file, at_fault, "this shortcode cannot be read: " + problem.what, hint));
    return std::nullopt;
  }
  return call;
}

}  // namespace

std::vector<ShortcodeCall> find_shortcodes(std::string_view body, const SourceFile& file, std::size_t body_offset,
                                           Diagnostics& diagnostics) {
  std::vector<ShortcodeCall> calls;
  std::vector<Opening> openings = openings_in_text(body);
  std::size_t reported_up_to = 0;  // the end of the last {{% %}} reported
  for (auto [at, is_escaped] : openings) {
    if (is_escaped || body[at + 2] != '%' || at < reported_up_to) continue;
    reported_up_to = report_percent_shortcode(body, at, file, body_offset, diagnostics) + 1;
  }
  std::size_t read_up_to = 0;  // the end of the last shortcode read: openings inside it are its text
  for (auto [at, is_escaped] : openings) {
    if (body[at + 2] != '<' || at < read_up_to) continue;
    std::optional<ShortcodeCall> call = is_escaped ? read_escaped(body, at, file, body_offset)
                                                   : read_shortcode(body, at, file, body_offset, diagnostics);
    if (!call) continue;
    read_up_to = call->offset + call->length;
    calls.push_back(std::move(*call));
  }
  return calls;
}

}  // namespace cdp
