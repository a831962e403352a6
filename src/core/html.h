#pragma once
// HTML escaping, the one place where text from content and data becomes safe HTML.
#include <string>
#include <string_view>

namespace cdp {

// Escapes & < > " ' so that text is inert in element content and quoted attributes.
std::string escape_html(std::string_view text);
// escape_html, appending to `out` (templates write a whole page into one buffer).
void append_escaped_html(std::string& out, std::string_view text);

// escape_html, and drops the control characters XML 1.0 forbids (all below U+0020 but
// tab, line feed and carriage return), so that a feed or sitemap always parses.
std::string escape_xml(std::string_view text);

}  // namespace cdp
