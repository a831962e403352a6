#pragma once
// site.toml's `language`, written into every page's <html lang>: screen readers choose
// their voice by it, so it must be a language tag (BCP 47) such as en-GB, not a name.
#include <string>
#include <string_view>

namespace cdp {

// Whether `text` has the form of a language tag: a language of two or three letters,
// then parts of one to eight letters or digits, each after a hyphen ("en", "en-GB", "cy").
bool is_language_tag(std::string_view text);

// The tag a user most likely meant by `text` ("English" -> "en-GB", "en_GB" -> "en-GB"),
// or "en-GB" when it cannot be guessed.
std::string suggested_language_tag(std::string_view text);

}  // namespace cdp
