#include "markdown/shortcode_tokens.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(ShortcodeTokens, ABlockShortcodeReplacesItsParagraphAndAnInlineOneItsToken) {
  EXPECT_EQ(substitute_shortcodes("<p>cdpshortcode0x</p>\n<p>and cdpshortcode1x inline</p>\n", {"<div>A</div>", "B"}),
            "<div>A</div><p>and B inline</p>\n");
}

TEST(ShortcodeTokens, EachTokenIsItsOwnNumber) {
  std::vector<std::string> outputs(12);
  for (std::size_t i = 0; i < outputs.size(); ++i) outputs[i] = "[" + std::to_string(i) + "]";
  std::string html;
  for (std::size_t i : {11, 1, 10, 0}) html += shortcode_token(i) + " ";
  EXPECT_EQ(substitute_shortcodes(html, outputs), "[11] [1] [10] [0] ");
}

TEST(ShortcodeTokens, ATokenInAParagraphOfItsOwnIsPreferredToAnEarlierMention) {
  EXPECT_EQ(substitute_shortcodes("<p>see cdpshortcode0x</p>\n<p>cdpshortcode0x</p>\n", {"<div>A</div>"}),
            "<p>see cdpshortcode0x</p>\n<div>A</div>");
}

TEST(ShortcodeTokens, TextThatOnlyLooksLikeATokenIsLeftAlone) {
  std::string html = "<p>cdpshortcode01x cdpshortcode7x cdpshortcodex cdpshortcode3</p>\n";
  EXPECT_EQ(substitute_shortcodes(html, {"A", "B"}), html);
}

TEST(ShortcodeTokens, AShortcodeWhoseTokenMarkdownDroppedLeavesThePageAsItWas) {
  EXPECT_EQ(substitute_shortcodes("<p>text</p>\n", {"A"}), "<p>text</p>\n");
}

}  // namespace
}  // namespace cdp
