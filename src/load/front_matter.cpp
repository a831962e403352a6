#include "load/front_matter.h"

#include <map>
#include <optional>

#include "core/suggest.h"
#include "load/committee_report_reader.h"
#include "load/toml_reader.h"

namespace cdp {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The line starting at `offset` without its line ending, and the offset after it.
std::pair<std::string_view, std::size_t> line_at(std::string_view text, std::size_t offset) {
  std::size_t end = text.find('\n', offset);
  std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line = text.substr(offset, (end == std::string_view::npos ? text.size() : end) - offset);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return {line, next};
}

bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

// Which TOML multi-line string a line of front matter leaves open, if any: a +++ line
// inside one is part of the text, not the end of the front matter.
enum class OpenString { kNone, kBasic, kLiteral };  // none, """ or '''

// The offset just after the one-line string that starts at `at` with `quote`.
std::size_t after_one_line_string(std::string_view line, std::size_t at, char quote) {
  for (std::size_t i = at + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') ++i;
    else if (line[i] == quote) return i + 1;
  }
  return line.size();
}

// The offset just after the close of the multi-line string `open` in `line`, looking
// from `at`; nullopt when the string goes on past the line.
std::optional<std::size_t> close_of(std::string_view line, std::size_t at, OpenString open) {
  std::string_view close = open == OpenString::kBasic ? R"(""")" : "'''";
  for (std::size_t i = at; i < line.size(); ++i) {
    if (open == OpenString::kBasic && line[i] == '\\') {
      ++i;  // an escaped character, perhaps a quote
    } else if (line.substr(i, 3) == close) {
      return i + 3;
    }
  }
  return std::nullopt;
}

OpenString after_line(std::string_view line, OpenString open) {
  std::size_t i = 0;
  if (open != OpenString::kNone) {
    std::optional<std::size_t> closed = close_of(line, 0, open);
    if (!closed) return open;
    i = *closed;
  }
  while (i < line.size()) {
    std::string_view rest = line.substr(i);
    if (rest.front() == '#') return OpenString::kNone;  // a comment to the end of the line
    OpenString opened = rest.starts_with(R"(""")") ? OpenString::kBasic
                        : rest.starts_with("'''") ? OpenString::kLiteral
                                                      : OpenString::kNone;
    if (opened != OpenString::kNone) {
      std::optional<std::size_t> closed = close_of(line, i + 3, opened);
      if (!closed) return opened;
      i = *closed;
    } else if (rest.front() == '"' || rest.front() == '\'') {
      i = after_one_line_string(line, i, rest.front());
    } else {
      ++i;
    }
  }
  return OpenString::kNone;
}

bool valid_slug(std::string_view slug) {
  if (slug.empty()) return false;
  for (unsigned char c : slug) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c >= 0x80;
    if (!allowed) return false;
  }
  return true;
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void read_document_keys(TomlReader& reader, const toml::table& table, DocumentMeta& document) {
  // The kind is checked once site.toml's own kinds are known (check_document_kind).
  reader.read(table, "kind", document.kind);
  reader.read(table, "period", document.period, DashedYears::kAsk);
  reader.read(table, "meeting", document.meeting);
  reader.read(table, "authors", document.authors);
  reader.read(table, "contacts", document.contacts);
  reader.read(table, "series", document.series);
  reader.read(table, "as_of", document.as_of);
  read_committee_report(reader, table, document.committee);
  if (document.committee.any() && !document.kind.present()) {
    reader.error(reader.pos(table), "this page gives a committee report's details, but they are shown only on a document",
                 "say what kind of document it is, e.g. kind = \"board report\"");
  }
}

}  // namespace

std::optional<FrontMatterSplit> split_front_matter(const SourceFile& file, Diagnostics& diagnostics) {
  std::string_view text = file.text();
  std::size_t start = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  FrontMatterSplit split;
  split.body_offset = start;
  auto [first, after_first] = line_at(text, start);
  if (is_fence(first, "---")) {
    diagnostics.add(error_at(file, {file.path(), 1, 1},
                             "front matter must be TOML between +++ lines, not YAML between --- lines",
                             "replace both --- lines with +++ and write values as TOML, e.g. "
                             "title = \"Annual report\""));
    return std::nullopt;
  }
  if (!is_fence(first, "+++")) return split;

  std::size_t offset = after_first;
  int line_number = 2;
  OpenString open = OpenString::kNone;
  while (offset < text.size()) {
    auto [line, next] = line_at(text, offset);
    if (open == OpenString::kNone && is_fence(line, "+++")) {
      split.has_front_matter = true;
      split.toml = text.substr(after_first, offset - after_first);
      split.toml_first_line = 2;
      split.body_offset = next;
      split.body_first_line = line_number + 1;
      return split;
    }
    open = after_line(line, open);
    offset = next;
    ++line_number;
  }
  diagnostics.add(error_at(file, {file.path(), 1, 1},
                           "the front matter opened by +++ on line 1 is never closed",
                           "add a line with just +++ after the last front matter line"));
  return std::nullopt;
}

const std::vector<std::string>& front_matter_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> all = {"title", "date",    "summary", "weight",  "draft",    "slug",   "toc",
                                    "kind",  "period",  "meeting", "authors", "contacts", "series", "as_of", "extra"};
    for (const std::string& key : committee_report_keys()) all.push_back(key);
    return all;
  }();
  return keys;
}

bool check_document_kind(const SourceFile& file, DocumentMeta& document, const std::vector<KindOfDocument>& kinds,
                         Diagnostics& diagnostics) {
  if (!document.kind.present()) return true;
  if (std::optional<KindOfDocument> kind = kind_named(kinds, document.kind.value)) {
    document.kind_of = *kind;
    return true;
  }
  std::vector<std::string> names;
  for (const KindOfDocument& kind : kinds) names.push_back(kind.kind);
  std::string hint = did_you_mean(document.kind.value, names);
  diagnostics.add(error_at(file, document.kind.pos, "`kind` cannot be \"" + document.kind.value + "\"",
                           hint + " (a site adds kinds of its own with [[document_kind]] in site.toml)"));
  return false;
}

std::optional<toml::table> parse_front_matter(const SourceFile& file, const FrontMatterSplit& split,
                                              FrontMatter& meta, Diagnostics& diagnostics) {
  if (!split.has_front_matter) return toml::table{};
  TomlReader reader(file, split.toml_first_line, diagnostics);
  std::optional<toml::table> table = reader.parse(split.toml);
  if (!table) return std::nullopt;
  reader.read(*table, "title", meta.title);
  reader.read(*table, "date", meta.date);
  reader.read(*table, "summary", meta.summary);
  reader.read(*table, "weight", meta.weight);
  reader.read(*table, "draft", meta.draft);
  reader.read(*table, "slug", meta.slug);
  reader.read(*table, "toc", meta.toc);
  DocumentMeta document;
  read_document_keys(reader, *table, document);
  if (document.any()) meta.document_meta = std::make_unique<DocumentMeta>(std::move(document));
  reader.table_at(*table, "extra");
  reader.reject_unknown_keys(*table, front_matter_keys(), "front matter");
  if (meta.title.present() && is_blank(meta.title.value)) {
    reader.error(meta.title.pos, "the title is empty, so the page would have an empty heading and an empty link",
                 "write the page's title, e.g. title = \"Annual report 2025\", or remove the line to use the file's name");
  }
  if (meta.slug.present() && !valid_slug(meta.slug.value)) {
    reader.error(meta.slug.pos, "the slug \"" + meta.slug.value + "\" cannot be used in a web address",
                 "use lower-case letters, digits and hyphens only, e.g. slug = \"annual-report-2024\"");
  }
  if (reader.errors() > 0) return std::nullopt;
  return table;
}

}  // namespace cdp
