#pragma once
// Ids that become part of a web address (metrics, outcomes, priorities, partnerships):
// lower-case letters, digits, hyphens and underscores, so that an address never holds a
// space, a capital that a server may or may not match, or a character to escape.
#include <string>
#include <string_view>

namespace cdp {

bool is_address_id(std::string_view id);

// The id a user most likely meant: "Naloxone Kits" -> "naloxone-kits" ("" when the text
// holds no letter or digit).
std::string suggested_id(std::string_view text);

}  // namespace cdp
