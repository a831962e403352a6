#pragma once
// Characters that cannot be seen but change what text means: a zero-width space copied
// from a web page or a PDF inside an id makes "treatment" a different word. A message
// names the character and where it is, since the user cannot see it.
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

struct InvisibleCharacter {
  std::size_t offset = 0;  // byte offset in the text
  std::size_t length = 0;  // its bytes
  std::string name;        // "zero-width space (U+200B)"
};

// The first invisible character in `text`, or nullopt.
std::optional<InvisibleCharacter> find_invisible_character(std::string_view text);

// Where it is, for a message: "an invisible zero-width space (U+200B) after `treatment`".
std::string describe_invisible_character(std::string_view text, const InvisibleCharacter& found);

// `text` without any invisible character: what the user meant to write.
std::string without_invisible_characters(std::string_view text);

}  // namespace cdp
