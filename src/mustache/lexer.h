#pragma once
// Splits a Mustache template into text and tags, the way mstch read them, and applies
// the standalone-line rule: a line holding only section, comment, partial or delimiter
// tags and whitespace leaves no trace in the output. Each tag that cannot mean what it
// seems to (not closed, {{{ ended by }}, a name no value has) is reported at its line
// and column.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"

namespace cdp::mustache {

enum class TokenKind {
  kText,        // characters printed as they are
  kEscaped,     // {{name}}
  kUnescaped,   // {{{name}}} or {{& name}}
  kSection,     // {{#name}}
  kInverted,    // {{^name}}
  kClose,       // {{/name}}
  kPartial,     // {{> name}}
  kComment,     // {{! ...}}
  kDelimiters,  // {{=<% %>=}}
};

struct Token {
  TokenKind kind = TokenKind::kText;
  std::string_view text;    // text: its characters; a tag: its name, without spaces around
  std::size_t offset = 0;   // where it starts in the template, in bytes
  std::string_view indent;  // a partial alone on its line: the whitespace before it
};

struct Lexed {
  std::vector<Token> tokens;  // views into the template's text
  int problems = 0;           // how many problems were reported
};

// Reads the template in `file`; problems go to `diagnostics`.
Lexed lex(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace cdp::mustache
