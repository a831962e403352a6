#pragma once
// A template parsed once, when the theme is loaded: a tree of text, values and
// sections, each tag keeping where it was written so that a problem found later (a
// name no value has) can still be shown at its line and column.
#include <string>
#include <vector>

#include "core/source_file.h"

namespace cdp::mustache {

struct Template;

enum class NodeKind {
  kText,       // characters printed as they are
  kEscaped,    // {{name}}: a value, HTML-escaped
  kUnescaped,  // {{{name}}} or {{& name}}: a value as it is
  kSection,    // {{#name}}...{{/name}}
  kInverted,   // {{^name}}...{{/name}}
  kPartial,    // {{> name}}
};

struct Node {
  NodeKind kind = NodeKind::kText;
  std::string text;                // text: its characters; a tag: the name as written
  std::vector<std::string> parts;  // a value or section name split at its dots; empty for "."
  int line = 0;                    // where the tag is (1-based; columns count characters)
  int column = 0;
  std::vector<Node> children;      // a section's contents
  std::string indent;              // a partial alone on its line: put before each of its lines
  const Template* partial = nullptr;  // a partial: the template it includes, once resolved
};

struct Template {
  std::string name;   // "page", "partials/nav"
  SourceFile file;    // its text and the path shown in messages
  std::vector<Node> nodes;
};

}  // namespace cdp::mustache
