#pragma once
// Turns the path of an HTTP request into a path inside the site, or refuses it. Only
// plain paths are accepted: no "..", no percent-encoded dots or slashes, no
// backslashes, no NUL, no absolute or drive paths smuggled in after decoding.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// The site-relative path for a request path such as "/documents/a%20b/" (query and
// fragment already removed): "documents/a b/". nullopt when the path is unsafe or
// malformed. An empty result means the site root.
std::optional<std::string> site_path_for_request(std::string_view request_path);

}  // namespace cdp
