// The text search takes from a rendered page.
#include "render/search_entry.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(MainText, TakesTheTextOfMainOnly) {
  std::string html = "<header>Site name</header><main id=\"m\"><h1>Title</h1>\n<p>Some  <em>words</em>\there.</p></main>"
                     "<footer>Footer</footer>";
  EXPECT_EQ(main_text(html, 1000), "Title Some words here.");
}

TEST(MainText, LeavesOutScriptsStylesAndSvgMarkup) {
  std::string html = "<main><p>Before</p><script>var x = 1;</script><style>p{}</style>"
                     "<svg viewBox=\"0 0 1 1\"><text>axis 100</text></svg><p>after</p></main>";
  EXPECT_EQ(main_text(html, 1000), "Before after");
}

TEST(MainText, DecodesEntities) {
  EXPECT_EQ(main_text("<main>Fish &amp; chips &lt;3 &quot;q&quot; &#39;s&#x2019; &#8212; &bogus; & x</main>", 1000),
            "Fish & chips <3 \"q\" 's\xE2\x80\x99 \xE2\x80\x94 &bogus; & x");
}

TEST(MainText, CutsAtAWordBoundaryAndNeverInsideACharacter) {
  std::string html = "<main>" + std::string(30, 'a') + " " + "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9" + "</main>";
  EXPECT_EQ(main_text(html, 34), std::string(30, 'a'));
  std::string long_word = "<main>\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9</main>";
  EXPECT_EQ(main_text(long_word, 5), "\xC3\xA9\xC3\xA9");
}

TEST(MainText, UsesTheWholePageWhenThereIsNoMain) {
  EXPECT_EQ(main_text("<p>Just a fragment</p>", 1000), "Just a fragment");
}

}  // namespace
}  // namespace cdp
