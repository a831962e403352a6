#include "core/terminal.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {
namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kCyan = "\033[36m";
constexpr const char* kGreen = "\033[32m";
constexpr const char* kReset = "\033[0m";

std::string paint(const std::string& text, const char* code, bool colour) {
  return colour ? code + text + kReset : text;
}

std::string location(const SourcePos& pos) {
  std::string where = pos.file;
  if (pos.line > 0) where += ":" + std::to_string(pos.line);
  if (pos.line > 0 && pos.column > 0) where += ":" + std::to_string(pos.column);
  return where;
}

// An excerpt shows at most this many characters of its line, around the column: one
// mistake at the end of a line of megabytes must not print the megabytes.
constexpr int kExcerptChars = 100;

struct Excerpt {
  std::string text;  // the part of the line shown, with "..." where it was cut
  int column = 0;    // the column within `text`
};

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The byte offset of character `index` (from 0) of `line`, or its size.
std::size_t offset_of_char(const std::string& line, int index) {
  std::size_t offset = 0;
  for (int seen = 0; offset < line.size(); ++offset) {
    if (is_continuation(line[offset])) continue;
    if (seen++ == index) return offset;
  }
  return line.size();
}

Excerpt excerpt_of(const std::string& line, int column) {
  int chars = static_cast<int>(std::count_if(line.begin(), line.end(), [](char c) { return !is_continuation(c); }));
  if (chars <= kExcerptChars) return {line, column};
  int first = std::clamp(column - 1 - kExcerptChars / 2, 0, chars - kExcerptChars);
  std::size_t from = offset_of_char(line, first);
  std::size_t to = offset_of_char(line, first + kExcerptChars);
  std::string before = first > 0 ? "..." : "";
  std::string after = to < line.size() ? "..." : "";
  return {before + line.substr(from, to - from) + after, column - first + static_cast<int>(before.size())};
}

// Text as it may be printed: a message never holds a NUL byte (which would cut it short)
// or invalid UTF-8, whatever a file held. NUL shows as the symbol for it, and each
// byte that is not UTF-8 as the replacement character.
std::string printable(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    std::size_t nul = text.find('\0');
    std::size_t bad = find_invalid_utf8(text.substr(0, nul)).value_or(std::min(nul, text.size()));
    out += text.substr(0, bad);
    if (bad >= text.size()) break;
    out += text[bad] == '\0' ? "\xE2\x90\x80" : "\xEF\xBF\xBD";
    text.remove_prefix(bad + 1);
  }
  return out;
}

// A message or hint may quote what a file holds (a link, an id, a value): a run of more
// than this many characters without a space is shown as its start and end, so that a
// failed build prints a bounded amount whatever the files hold.
constexpr int kLongestWord = 200;
constexpr int kWordStart = 120;
constexpr int kWordEnd = 60;

std::string shortened_word(std::string_view word) {
  std::string whole(word);
  int chars = static_cast<int>(std::count_if(word.begin(), word.end(), [](char c) { return !is_continuation(c); }));
  if (chars <= kLongestWord) return whole;
  std::size_t start_end = offset_of_char(whole, kWordStart);
  std::size_t end_start = offset_of_char(whole, chars - kWordEnd);
  return whole.substr(0, start_end) + "..." + whole.substr(end_start);
}

std::string shortened(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    std::size_t space = text.find(' ');
    out += shortened_word(text.substr(0, space));
    if (space == std::string_view::npos) break;
    out += ' ';
    text.remove_prefix(space + 1);
  }
  return out;
}

// What a message or hint shows: printable, its long words shortened.
std::string shown(std::string_view text) { return shortened(printable(text)); }

// Tabs become spaces in the excerpt so that the caret lines up under the column.
std::string caret_line(const std::string& line_text, int column) {
  std::string pad;
  int chars = 0;
  for (std::size_t i = 0; i < line_text.size() && chars < column - 1; ++i) {
    unsigned char byte = static_cast<unsigned char>(line_text[i]);
    if ((byte & 0xC0) == 0x80) continue;
    pad += line_text[i] == '\t' ? '\t' : ' ';
    ++chars;
  }
  return pad + "^";
}

// A spreadsheet's positions are a row and a cell, not a line and a character, and the
// file may be hundreds of megabytes: it gets no excerpt.
bool positions_are_cells(const std::string& path) {
  std::string extension(extension_of(path));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".csv" || extension == ".xlsx";
}

// Diagnostics raised after loading (cross-file checks) carry only a position; their
// excerpt is read back from the file here, once per file.
void fill_excerpt(Diagnostic& d, std::map<std::string, std::optional<SourceFile>>& files) {
  if (!d.line_text.empty() || d.pos.line <= 0 || d.pos.file.empty() || positions_are_cells(d.pos.file.str())) return;
  auto [it, added] = files.try_emplace(d.pos.file);
  if (added) {
    if (std::optional<std::string> text = read_file(d.pos.file.str())) it->second.emplace(d.pos.file, std::move(*text));
  }
  if (it->second) d.line_text = std::string(it->second->line_text(d.pos.line));
}

// "1 error", "2 warnings".
std::string counted(std::size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

}  // namespace

bool use_colour(std::FILE* stream) {
  if (const char* force = std::getenv("CLICOLOR_FORCE"); force && *force && std::string(force) != "0")
    return true;
  if (const char* no = std::getenv("NO_COLOR"); no && *no) return false;
  if (const char* term = std::getenv("TERM"); term && std::string(term) == "dumb") return false;
  return terminal_has_colour(stream);
}

std::string format_diagnostic(const Diagnostic& d, bool colour) {
  std::string out;
  std::string where = printable(location(d.pos));
  if (!where.empty()) out += paint(where + ":", kBold, colour) + " ";
  bool warning = d.severity == Severity::kWarning;
  out += warning ? paint("warning:", kMagenta, colour) : paint("error:", kRed, colour);
  std::string rule = d.rule.empty() ? "" : " [" + d.rule + "]";
  out += " " + paint(shown(d.message), kBold, colour) + rule + "\n";
  if (!d.line_text.empty() && d.pos.line > 0) {
    std::string gutter = std::to_string(d.pos.line) + " | ";
    Excerpt excerpt = excerpt_of(printable(d.line_text), std::max(d.pos.column, 1));
    out += paint(gutter, kCyan, colour) + excerpt.text + "\n";
    if (d.pos.column > 0) {
      out += std::string(gutter.size() - 2, ' ') + paint("| ", kCyan, colour) +
             paint(caret_line(excerpt.text, excerpt.column), kGreen, colour) + "\n";
    }
  }
  if (!d.hint.empty()) out += paint("  hint: ", kCyan, colour) + shown(d.hint) + "\n";
  return out;
}

std::string format_diagnostics(const Diagnostics& diagnostics, bool colour) {
  std::string out;
  std::map<std::string, std::optional<SourceFile>> files;
  for (Diagnostic& d : diagnostics.sorted()) {
    fill_excerpt(d, files);
    out += format_diagnostic(d, colour);
  }
  std::size_t errors = diagnostics.error_count();
  std::size_t warnings = diagnostics.warning_count();
  std::vector<std::string> counts;
  if (errors > 0) counts.push_back(paint(counted(errors, "error"), kRed, colour));
  if (warnings > 0) counts.push_back(paint(counted(warnings, "warning"), kMagenta, colour));
  if (counts.empty()) return out;
  out += counts.size() == 2 ? counts[0] + ", " + counts[1] : counts[0];
  if (errors > Diagnostics::kMaxKept || warnings > Diagnostics::kMaxKept)
    out += " (the first " + std::to_string(Diagnostics::kMaxKept) + (counts.size() == 2 ? " of each" : "") + " are shown)";
  out += "\n";
  return out;
}

}  // namespace cdp
