#pragma once
// HTML escaping, the one place where text from content and data becomes safe HTML.
#include <string>
#include <string_view>

namespace cdp {

// Escapes & < > " ' so that text is inert in element content and quoted attributes.
std::string escape_html(std::string_view text);

}  // namespace cdp
