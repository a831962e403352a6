#pragma once
// What the preview adds to each HTML page it serves: the live reload script, and when
// the last rebuild failed, an overlay with every error (file:line:col, message, source
// line and hint) over the last good page.
#include <string>

namespace cdp {

// `html` with the live reload script (told the page's ETag, `version`), and the error
// overlay when `errors` (plain text of the diagnostics) is not empty, inserted before
// </body> (or at the end).
std::string inject_preview(const std::string& html, const std::string& errors, const std::string& version);

}  // namespace cdp
