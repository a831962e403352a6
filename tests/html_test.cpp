// HTML escaping, which every value a template shows and every page's text go through.
#include "core/html.h"

#include <gtest/gtest.h>

#include <string>

namespace cdp {
namespace {

// The five characters HTML escapes, one character at a time: what escape_html must give.
std::string escaped_one_by_one(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

TEST(EscapeHtml, EscapesTheFiveCharactersAndNothingElse) {
  EXPECT_EQ(escape_html("Tom & Jerry's \"<b>\""), "Tom &amp; Jerry&#39;s &quot;&lt;b&gt;&quot;");
  EXPECT_EQ(escape_html(""), "");
  EXPECT_EQ(escape_html("Plain text, with £ and é, is kept as it is."), "Plain text, with £ and é, is kept as it is.");
}

// Text is passed over eight bytes at a time: a character to escape is found wherever it
// falls in such a run, at its start, its end or across two runs, in texts of any length.
TEST(EscapeHtml, FindsACharacterAtEveryPlaceInTextsOfEveryLength) {
  for (char special : std::string("&<>\"'")) {
    for (std::size_t length = 1; length <= 40; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'a');
        text[at] = special;
        if (at + 9 < length) text[at + 9] = '<';  // a second one in a later run
        ASSERT_EQ(escape_html(text), escaped_one_by_one(text)) << "length " << length << ", at " << at;
      }
    }
  }
}

TEST(EscapeHtml, BytesNearTheEscapedOnesAreNotTakenForThem) {
  // One above or below each of & < > " ' in every byte of a run, and bytes above 0x7F.
  std::string text = "%'(;=?!#\x80\xff\x26\x27";
  text += std::string("\x25\x27\x3b\x3d\x3f\x21\x23\x28", 8);
  EXPECT_EQ(escape_html(text), escaped_one_by_one(text));
}

TEST(AppendEscapedHtml, AppendsToWhatIsThere) {
  std::string out = "<p>";
  append_escaped_html(out, "a < b");
  EXPECT_EQ(out, "<p>a &lt; b");
}

}  // namespace
}  // namespace cdp
