#include "markdown/markdown_text.h"

#include <cmark-gfm.h>

namespace cdp {

namespace {

void append_plain_text(cmark_node* node, std::string& text) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    cmark_node_type type = cmark_node_get_type(child);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE) {
      text += cmark_node_get_literal(child);
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      text += ' ';
    } else {
      append_plain_text(child, text);
    }
  }
}

}  // namespace

std::string plain_text(cmark_node* node) {
  std::string text;
  append_plain_text(node, text);
  return text;
}

}  // namespace cdp
