#pragma once
// A shortcode is expanded before its page's Markdown is rendered, and its HTML put in
// after: the Markdown holds a token in its place ("cdpshortcode3x"), which Markdown
// leaves as it is.
#include <cstddef>
#include <string>
#include <vector>

namespace cdp {

// The token standing for the page's shortcode number `index`.
std::string shortcode_token(std::size_t index);

// Puts each shortcode's HTML where its token ended up in the rendered page. A token
// alone in a paragraph is replaced with the paragraph (block output).
std::string substitute_shortcodes(std::string html, const std::vector<std::string>& outputs);

}  // namespace cdp
