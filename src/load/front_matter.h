#pragma once
// Splits a Markdown file into TOML front matter (between +++ lines, as in Hugo and
// Zola) and body, and reads the front matter into a FrontMatter.
#include <cstddef>
#include <optional>
#include <string_view>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/site.h"

namespace cdp {

// Where the parts of a Markdown file are.
struct FrontMatterSplit {
  bool has_front_matter = false;  // the file starts with a +++ line
  std::string_view toml;          // the text between the +++ lines
  int toml_first_line = 0;        // file line of the first TOML line
  std::size_t body_offset = 0;    // byte offset of the body in the file
  int body_first_line = 1;        // file line on which the body starts
};

// Splits `file`. An unclosed +++ block or YAML-style --- front matter is reported and
// gives nullopt. A UTF-8 byte-order mark at the start is skipped.
std::optional<FrontMatterSplit> split_front_matter(const SourceFile& file, Diagnostics& diagnostics);

// The keys that front matter may hold.
const std::vector<std::string>& front_matter_keys();

// Sets `document`'s kind in words from `kinds` (model/document_kinds.h); reports a kind
// that is not one of them, with the closest suggested. False when it reported.
bool check_document_kind(const SourceFile& file, DocumentMeta& document, const std::vector<KindOfDocument>& kinds,
                         Diagnostics& diagnostics);

// Parses the front matter of `file` (already split) into `meta`. Returns the parsed
// table (for later stages that read more keys), or nullopt after reporting errors.
std::optional<toml::table> parse_front_matter(const SourceFile& file, const FrontMatterSplit& split,
                                              FrontMatter& meta, Diagnostics& diagnostics);

}  // namespace cdp
