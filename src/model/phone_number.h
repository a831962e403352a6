#pragma once
// A partnership's public phone number ([contact] phone), as a tel: link. The page shows
// the number as written ("01243 777100"); the link needs it in international form
// ("tel:+441243777100"), which a phone on any network can dial.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// The tel: address for `written`, a UK number ("01243 777100", "0800 123 4567",
// "+44 (0)1243 777100") or an international one ("+33 1 23 45 67 89", "0033 1 23..."),
// spaces, hyphens, dots and brackets allowed between the digits; nullopt when it is
// not a phone number (letters, an extension, too few or too many digits).
std::optional<std::string> tel_address(std::string_view written);

}  // namespace cdp
