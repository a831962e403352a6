#include "markdown/placeholders.h"

#include <array>
#include <string>

namespace cdp {

namespace {

// Kept in step with the top-level scaffold/ folder: tests/new_files_test.cpp checks that
// a new site's every placeholder is found.
constexpr std::array<std::string_view, 4> kOpenings = {
    "Replace this with", "Write the home page here", "Write an introduction to the partnership here",
    "Write the document here"};

// The placeholder from `at` to the end of its sentence, its quotes or its line, shortened
// for the message.
std::string placeholder_text(std::string_view line, std::size_t at) {
  std::size_t end = line.find_first_of(".\"\r", at);
  std::string_view text = line.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
  if (text.size() > 80) return std::string(text.substr(0, 77)) + "...";
  return std::string(text) + (end != std::string_view::npos && line[end] == '.' ? "." : "");
}

// Whether line `number` of `file` is a TOML comment: in a data file, or in a page's
// front matter (between its +++ lines).
bool is_toml_comment(const SourceFile& file, int number, bool in_front_matter) {
  std::string_view line = file.line_text(number);
  std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] != '#') return false;
  return in_front_matter || file.path().str().ends_with(".toml");
}

}  // namespace

std::span<const std::string_view> placeholder_openings() { return kOpenings; }

void check_placeholders(const SourceFile& file, Severity severity, Diagnostics& diagnostics) {
  bool has_front_matter = file.line_count() > 0 && file.line_text(1).starts_with("+++");
  bool in_front_matter = false;
  for (int number = 1; number <= file.line_count(); ++number) {
    std::string_view line = file.line_text(number);
    if (has_front_matter && line.starts_with("+++") && (number == 1 || in_front_matter)) {
      in_front_matter = number == 1;
      continue;
    }
    if (is_toml_comment(file, number, in_front_matter)) continue;
    for (std::string_view opening : kOpenings) {
      std::size_t at = line.find(opening);
      if (at == std::string_view::npos) continue;
      SourcePos pos = file.pos_at_offset(static_cast<std::size_t>(line.data() - file.text().data()) + at);
      Diagnostic d = error_at(file, pos,
                              "\"" + placeholder_text(line, at) + "\" is a placeholder that cdpsite new wrote, " +
                                  "and it would be published as it is",
                              "write your own words in its place");
      d.severity = severity;
      diagnostics.add(std::move(d));
    }
  }
}

}  // namespace cdp
