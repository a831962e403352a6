#pragma once
// A page's body once rendered: its HTML and its headings. The model holds it (a Page
// keeps its rendered body for lists, the table of contents and the preview's update);
// markdown/markdown.h makes it.
#include <string>
#include <vector>

namespace cdp {

// A heading of a rendered page, in document order.
struct Heading {
  int level = 0;     // 1 to 6
  std::string id;    // unique within the page, e.g. "what-we-know", "what-we-know-1"
  std::string text;  // plain text of the heading (no markup), not HTML-escaped
};

struct RenderedMarkdown {
  std::string html;               // the page body
  std::vector<Heading> headings;  // every heading, in order, with its id
};

}  // namespace cdp
