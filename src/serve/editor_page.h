#pragma once
// The preview's editor page, `/_cdpsite/edit/<file>`: a text box holding the page's
// Markdown beside the page as it will be published, a toolbar, the problems `check`
// would report, and the run's secret, which only this page holds. Its script and style
// are built into the binary (serve/editor_script.h): nothing is fetched from elsewhere.
// Also the "Edit this page" link the preview adds to pages made from a Markdown file.
#include <string>

namespace cdp {

struct EditorPageValues {
  std::string source;      // the file, relative to the site folder: "news/first.md"
  std::string shown_path;  // as messages show it: "content/news/first.md"
  std::string page_url;    // where the preview shows the page: "/news/first/"
  std::string text;        // the file's text for editing (serve/edited_text.h)
  std::string hash;        // the file's hash when opened, sent back on save
  std::string secret;      // this run's secret
};

// The whole editor page. Everything from the site is escaped.
std::string editor_page_html(const EditorPageValues& values);

// The preview's address of the editor for `source` ("news/first.md"), its path escaped.
std::string editor_address(const std::string& source);

// `html` with an "Edit this page" link to the editor of `source`, before </body>.
std::string inject_edit_link(const std::string& html, const std::string& source);

// `html` (a page rendered for the editor's live preview) with a <base> at `page_url`,
// so that its stylesheets, pictures and links load as on the page's own address.
std::string with_base(const std::string& html, const std::string& page_url);

}  // namespace cdp
