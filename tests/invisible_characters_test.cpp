#include "core/invisible_characters.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(InvisibleCharacters, VisibleTextHasNone) {
  EXPECT_EQ(find_invisible_character("numbers-in-treatment"), std::nullopt);
  EXPECT_EQ(find_invisible_character("\xC2\xA3" "1.7m \xE2\x80\x9Cquoted\xE2\x80\x9D\ttab"), std::nullopt);
}

TEST(InvisibleCharacters, NamesTheCharacterAndTheWordBeforeIt) {
  std::string text = "treatment\xE2\x80\x8B-rate";
  std::optional<InvisibleCharacter> found = find_invisible_character(text);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->offset, 9u);
  EXPECT_EQ(found->length, 3u);
  EXPECT_EQ(describe_invisible_character(text, *found), "an invisible zero-width space (U+200B) after `treatment`");
  EXPECT_EQ(without_invisible_characters(text), "treatment-rate");
}

TEST(InvisibleCharacters, AtTheStartAndOtherKinds) {
  std::string bom = "\xEF\xBB\xBFid";
  EXPECT_EQ(describe_invisible_character(bom, *find_invisible_character(bom)),
            "an invisible zero-width no-break space (U+FEFF) at the start");
  EXPECT_EQ(find_invisible_character("a\xC2\xA0" "b")->name, "non-breaking space (U+00A0)");
  EXPECT_EQ(find_invisible_character("a\xC2\xAD" "b")->name, "soft hyphen (U+00AD)");
  EXPECT_EQ(find_invisible_character(std::string("a\x01" "b"))->name, "control character (U+0001)");
  EXPECT_EQ(without_invisible_characters("\xE2\x80\x8B" "a\xE2\x80\x8D" "b\xE2\x80\x8B"), "ab");
}

}  // namespace
}  // namespace cdp
