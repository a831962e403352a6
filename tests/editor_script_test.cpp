// The editor page's built-in script and style: whole, self-contained (nothing fetched
// from elsewhere), the browser's "Save page" kept from Ctrl+S, a visible focus.
#include "serve/editor_script.h"

#include <string>

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(EditorScript, TheScriptIsWholeAndFetchesOnlyThePreview) {
  std::string script = editor_script();
  EXPECT_TRUE(script.find("(function () {") != std::string::npos);
  EXPECT_TRUE(script.ends_with("})();\n"));
  EXPECT_EQ(script.find("http://"), std::string::npos);
  EXPECT_EQ(script.find("https://"), std::string::npos);
  EXPECT_NE(script.find("fetch(\"/_cdpsite/\""), std::string::npos);
  EXPECT_NE(script.find("\"X-Cdpsite-Secret\""), std::string::npos);
  EXPECT_NE(script.find("event.preventDefault();  // never the browser's own \"Save page\""), std::string::npos);
  EXPECT_EQ(script.find("</script"), std::string::npos);
}

TEST(EditorScript, TheStyleShowsWhereTheFocusIs) {
  std::string style = editor_style();
  EXPECT_NE(style.find("outline: 3px solid #ffdd00"), std::string::npos);
  EXPECT_EQ(style.find("url("), std::string::npos);
  EXPECT_EQ(style.find("</style"), std::string::npos);
}

}  // namespace
}  // namespace cdp
