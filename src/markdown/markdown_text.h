#pragma once
// The plain text of a node of cmark-gfm's tree, as a reader hears it: text, code and the
// descriptions of images, with line breaks as spaces. Heading ids and the authoring
// checks (link text, image descriptions) both read it.
#include <string>

struct cmark_node;

namespace cdp {

std::string plain_text(cmark_node* node);

}  // namespace cdp
