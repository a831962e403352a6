#include "core/terminal.h"

#include <cstdlib>
#include <map>

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {
namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
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

// Diagnostics raised after loading (cross-file checks) carry only a position; their
// excerpt is read back from the file here, once per file.
void fill_excerpt(Diagnostic& d, std::map<std::string, std::optional<SourceFile>>& files) {
  if (!d.line_text.empty() || d.pos.line <= 0 || d.pos.file.empty()) return;
  auto [it, added] = files.try_emplace(d.pos.file);
  if (added) {
    if (std::optional<std::string> text = read_file(d.pos.file)) it->second.emplace(d.pos.file, std::move(*text));
  }
  if (it->second) d.line_text = std::string(it->second->line_text(d.pos.line));
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
  std::string where = location(d.pos);
  if (!where.empty()) out += paint(where + ":", kBold, colour) + " ";
  out += paint("error:", kRed, colour);
  out += " " + paint(d.message, kBold, colour) + "\n";
  if (!d.line_text.empty() && d.pos.line > 0) {
    std::string gutter = std::to_string(d.pos.line) + " | ";
    out += paint(gutter, kCyan, colour) + d.line_text + "\n";
    if (d.pos.column > 0) {
      out += std::string(gutter.size() - 2, ' ') + paint("| ", kCyan, colour) +
             paint(caret_line(d.line_text, d.pos.column), kGreen, colour) + "\n";
    }
  }
  if (!d.hint.empty()) out += paint("  hint: ", kCyan, colour) + d.hint + "\n";
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
  if (errors == 0) return out;
  out += paint(std::to_string(errors) + (errors == 1 ? " error" : " errors"), kRed, colour);
  if (errors > Diagnostics::kMaxKept)
    out += " (the first " + std::to_string(Diagnostics::kMaxKept) + " are shown)";
  out += "\n";
  return out;
}

}  // namespace cdp
