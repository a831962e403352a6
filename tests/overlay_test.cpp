#include "serve/overlay.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Overlay, InjectsTheReloadScriptBeforeTheBodyEnds) {
  std::string html = inject_preview("<html><body><p>x</p></body></html>", "", "\"12-34-0\"");
  EXPECT_NE(html.find("EventSource(\"/__cdpsite/events\")"), std::string::npos);
  EXPECT_LT(html.find("<p>x</p>"), html.find("<script"));
  EXPECT_LT(html.find("<script"), html.find("</body>"));
  EXPECT_NE(html.find("data-version=\"&quot;12-34-0&quot;\""), std::string::npos) << "the page's ETag, escaped";
  EXPECT_EQ(html.find("cdpsite-error-overlay"), std::string::npos);
}

TEST(Overlay, ShowsErrorsEscaped) {
  std::string html = inject_preview("<body></body>", "a.md:1:1: error: <b>bad</b>", "\"1\"");
  EXPECT_NE(html.find("cdpsite-error-overlay"), std::string::npos);
  EXPECT_NE(html.find("a.md:1:1: error: &lt;b&gt;bad&lt;/b&gt;"), std::string::npos);
}

TEST(Overlay, PageWithoutBodyGetsTheScriptAtTheEnd) {
  std::string html = inject_preview("plain", "", "\"1\"");
  EXPECT_TRUE(html.starts_with("plain<script"));
}

}  // namespace
}  // namespace cdp
