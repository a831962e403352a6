#pragma once
// A small scanner for the parts of built HTML that tests check: the values of given
// attributes (href, src, id), and the text of elements.
#include <string>
#include <vector>

namespace cdp::testing {

// Every value of attribute `name` (e.g. "href") in `html`, entity-decoded, in order.
std::vector<std::string> attribute_values(const std::string& html, const std::string& name);

// The inner HTML of the first element `<tag ...>` (e.g. "main", "h1"), or "".
std::string element_html(const std::string& html, const std::string& tag);

// `html` with tags removed and whitespace collapsed.
std::string text_of(const std::string& html);

}  // namespace cdp::testing
