// The editor page and the edit link: everything from the site escaped, the secret and
// the file's hash in the page, nothing loaded from elsewhere; the <base> of drafts.
#include "serve/editor_page.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

EditorPageValues values() {
  return {"news/a&b.md", "content/news/a&b.md", "/news/a&b/", "</textarea><script>alert(1)</script>",
          "abc123", std::string(64, 'f')};
}

TEST(EditorPage, TextAndNamesAreEscaped) {
  std::string html = editor_page_html(values());
  EXPECT_EQ(html.find("</textarea><script>alert(1)"), std::string::npos);
  EXPECT_NE(html.find("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), std::string::npos);
  EXPECT_NE(html.find("data-source=\"news/a&amp;b.md\""), std::string::npos);
  EXPECT_NE(html.find("<title>Editing content/news/a&amp;b.md - cdpsite preview</title>"), std::string::npos);
}

TEST(EditorPage, ThePageHoldsTheSecretAndHashAndLoadsNothingFromElsewhere) {
  std::string html = editor_page_html(values());
  EXPECT_NE(html.find("<meta name=\"cdpsite-secret\" content=\"" + std::string(64, 'f') + "\">"), std::string::npos);
  EXPECT_NE(html.find("data-hash=\"abc123\""), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"en-GB\">"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
}

TEST(EditLink, GoesToTheEditorOfTheFileBeforeTheBodyEnds) {
  EXPECT_EQ(editor_address("news/a b&c.md"), "/_cdpsite/edit/news/a%20b%26c.md");
  std::string html = inject_edit_link("<html><body><p>x</p></body></html>", "news/first.md");
  EXPECT_NE(html.find("<p>x</p><a id=\"cdpsite-edit-link\" href=\"/_cdpsite/edit/news/first.md\""), std::string::npos);
  EXPECT_TRUE(html.ends_with("Edit this page</a></body></html>"));
}

TEST(WithBase, TheDraftLoadsItsFilesFromThePagesAddress) {
  EXPECT_EQ(with_base("<html><head><title>t</title></head></html>", "/news/a b/"),
            "<html><head><base href=\"/news/a%20b/\"><title>t</title></head></html>");
}

}  // namespace
}  // namespace cdp
