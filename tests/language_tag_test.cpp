#include "model/language_tag.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(LanguageTag, AcceptsTags) {
  for (const char* tag : {"en", "en-GB", "cy", "cy-GB", "gd", "en-Latn-GB", "zh-Hant", "es-419"}) {
    EXPECT_TRUE(is_language_tag(tag)) << tag;
  }
}

TEST(LanguageTag, RefusesNamesAndMisspeltTags) {
  for (const char* text : {"", "English", "e", "en_GB", "en-", "-GB", "en GB", "en-GBRITAIN1", "12"}) {
    EXPECT_FALSE(is_language_tag(text)) << text;
  }
}

TEST(LanguageTag, SuggestsTheTagMeant) {
  EXPECT_EQ(suggested_language_tag("English"), "en-GB");
  EXPECT_EQ(suggested_language_tag("british english"), "en-GB");
  EXPECT_EQ(suggested_language_tag("Welsh"), "cy");
  EXPECT_EQ(suggested_language_tag("en_GB"), "en-GB");
  EXPECT_EQ(suggested_language_tag("Klingon"), "en-GB");
}

}  // namespace
}  // namespace cdp
