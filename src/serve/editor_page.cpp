#include "serve/editor_page.h"

#include <Poco/URI.h>

#include "core/html.h"
#include "serve/editor_script.h"

namespace cdp {

namespace {

// The toolbar: what each button does is said by its data-action (serve/editor_script).
constexpr const char* kToolbar = R"HTML(
<div class="toolbar" role="group" aria-label="Formatting">
  <button type="button" data-action="heading" data-level="2" title="Heading (level 2)">Heading</button>
  <button type="button" data-action="heading" data-level="3" title="Subheading (level 3)">Subheading</button>
  <button type="button" data-action="heading" data-level="4" title="Minor heading (level 4)">Minor heading</button>
  <button type="button" data-action="bold" title="Bold (Ctrl+B)"><b>Bold</b></button>
  <button type="button" data-action="italic" title="Italic (Ctrl+I)"><i>Italic</i></button>
  <button type="button" data-action="link" title="Link (Ctrl+K)">Link</button>
  <button type="button" data-action="bullets">Bulleted list</button>
  <button type="button" data-action="numbers">Numbered list</button>
  <button type="button" data-action="table">Table</button>
  <button type="button" data-action="footnote">Footnote</button>
  <button type="button" data-action="picture">Picture</button>
  <button type="button" data-action="document">Document</button>
  <button type="button" data-action="figure">Figure from the data</button>
  <button type="button" data-action="find" aria-expanded="false" aria-controls="find-panel">Find and replace</button>
  <button type="button" data-action="help" aria-expanded="false" aria-controls="help-panel">Markdown help</button>
</div>
<div id="find-panel" class="panel" hidden>
  <label for="find-text">Find</label> <input id="find-text" type="text">
  <label for="replace-text">Replace with</label> <input id="replace-text" type="text">
  <button type="button" data-action="find-next">Find next</button>
  <button type="button" data-action="replace-one">Replace</button>
  <button type="button" data-action="replace-all">Replace all</button>
</div>
<section id="help-panel" class="panel" hidden aria-labelledby="help-heading">
  <h2 id="help-heading">Markdown help</h2>
  <dl>
    <dt><code>## Heading</code></dt><dd>a heading (the page's title is its first, so start at ##)</dd>
    <dt><code>**bold**</code>, <code>*italic*</code></dt><dd>bold and italic text</dd>
    <dt><code>[words](other-page.md)</code></dt><dd>a link: say where it goes, not &#8220;click here&#8221;</dd>
    <dt><code>- item</code>, <code>1. item</code></dt><dd>bulleted and numbered lists</dd>
    <dt><code>![description](picture.png)</code></dt><dd>a picture, described for people who cannot see it</dd>
    <dt><code>| a | b |</code></dt><dd>a table: its first row is the headings</dd>
    <dt><code>[^1]</code></dt><dd>a footnote, with <code>[^1]: its text</code> at the end</dd>
    <dt><code>{{&lt; metric "id" &gt;}}</code></dt><dd>a figure from the partnership's data</dd>
  </dl>
</section>
)HTML";

constexpr const char* kDialogs = R"HTML(
<dialog id="link-dialog" aria-labelledby="link-dialog-heading">
  <form method="dialog">
    <h2 id="link-dialog-heading">Add a link</h2>
    <p><label for="link-text">Link text (say where it goes)</label><input id="link-text" type="text" required></p>
    <p><label for="link-page">A page or file of the site</label><select id="link-page"><option value="">(choose)</option></select></p>
    <p><label for="link-address">Or a web address</label><input id="link-address" type="url" placeholder="https://"></p>
    <p><button value="ok">Add the link</button> <button value="cancel" formnovalidate>Cancel</button></p>
  </form>
</dialog>
<dialog id="picture-dialog" aria-labelledby="picture-dialog-heading">
  <form method="dialog">
    <h2 id="picture-dialog-heading">Add a picture</h2>
    <p><label for="picture-file">Picture (PNG, JPEG, GIF or WebP)</label>
      <input id="picture-file" type="file" accept=".png,.jpg,.jpeg,.gif,.webp"></p>
    <p><label for="picture-description">Describe the picture for people who cannot see it</label>
      <input id="picture-description" type="text" required></p>
    <p><button value="ok">Add the picture</button> <button value="cancel" formnovalidate>Cancel</button></p>
  </form>
</dialog>
<dialog id="figure-dialog" aria-labelledby="figure-dialog-heading">
  <form method="dialog">
    <h2 id="figure-dialog-heading">Add a figure from the data</h2>
    <p><label for="figure-metric">Metric, with its latest figure</label><select id="figure-metric" required></select></p>
    <p id="figure-none" hidden>The site has no figures yet: add them to a partnership's metrics.toml.</p>
    <p><button value="ok">Add the figure</button> <button value="cancel" formnovalidate>Cancel</button></p>
  </form>
</dialog>
<dialog id="conflict-dialog" aria-labelledby="conflict-heading">
  <h2 id="conflict-heading">The file changed since you opened it</h2>
  <p>Another program or tab saved this file. Nothing was saved: choose which version to keep.</p>
  <div class="versions">
    <p><label for="conflict-disk">The file now</label><textarea id="conflict-disk" readonly></textarea></p>
    <p><label for="conflict-mine">Your version</label><textarea id="conflict-mine" readonly></textarea></p>
  </div>
  <p><button type="button" data-action="keep-mine">Save my version over it</button>
    <button type="button" data-action="take-disk">Use the file's version</button>
    <button type="button" data-action="close-conflict">Decide later</button></p>
</dialog>
<input id="document-file" type="file" accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls" hidden>
)HTML";

std::string encoded_path(const std::string& path) {
  std::string encoded;
  Poco::URI::encode(path, "?#%&+;=\"'<>", encoded);
  return encoded;
}

}  // namespace

std::string editor_address(const std::string& source) { return "/_cdpsite/edit/" + encoded_path(source); }

std::string editor_page_html(const EditorPageValues& values) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta name=\"cdpsite-secret\" content=\"" + values.secret + "\">\n"
                     "<title>Editing " + escape_html(values.shown_path) + " - cdpsite preview</title>\n"
                     "<style>" + std::string(editor_style()) + "</style>\n</head>\n<body>\n";
  html += "<header class=\"top\"><a href=\"" + escape_html(encoded_path(values.page_url)) +
          "\">Back to the page</a><h1>Editing <span class=\"file\">" + escape_html(values.shown_path) +
          "</span></h1><p id=\"status\" role=\"status\"></p></header>\n";
  html += "<main id=\"editor\" data-source=\"" + escape_html(values.source) + "\" data-hash=\"" +
          escape_html(values.hash) + "\">\n<div class=\"write\">\n";
  html += kToolbar;
  html += "<label for=\"text\" class=\"text-label\">Markdown of the page</label>\n"
          "<textarea id=\"text\" lang=\"en-GB\" spellcheck=\"true\" aria-describedby=\"line-problem\">" +
          escape_html(values.text) + "</textarea>\n";
  html += "<p id=\"line-problem\" aria-live=\"polite\"></p>\n"
          "<p><button type=\"button\" id=\"save\" data-action=\"save\">Save</button> "
          "<span class=\"keys\">or press Ctrl+S</span></p>\n"
          "<section aria-labelledby=\"problems-heading\"><h2 id=\"problems-heading\">Problems</h2>"
          "<p id=\"problems-count\" aria-live=\"polite\">Checking&#8230;</p><ul id=\"problems\"></ul></section>\n";
  html += "</div>\n<section class=\"look\" aria-labelledby=\"preview-heading\">"
          "<h2 id=\"preview-heading\">Preview</h2>"
          "<iframe id=\"preview\" title=\"The page as it will be published\" sandbox=\"allow-same-origin\">"
          "</iframe></section>\n</main>\n";
  html += kDialogs;
  html += "<script>" + std::string(editor_script()) + "</script>\n</body>\n</html>\n";
  return html;
}

std::string inject_edit_link(const std::string& html, const std::string& source) {
  std::string link = "<a id=\"cdpsite-edit-link\" href=\"" + escape_html(editor_address(source)) +
                     "\" style=\"position:fixed;right:1rem;bottom:1rem;z-index:2147483646;padding:.5rem 1rem;"
                     "background:#1d70b8;color:#fff;font:bold 16px/1.5 sans-serif;text-decoration:underline;"
                     "border:2px solid #fff;outline-offset:2px\">Edit this page</a>";
  std::size_t body_end = html.rfind("</body>");
  if (body_end == std::string::npos) return html + link;
  return html.substr(0, body_end) + link + html.substr(body_end);
}

std::string with_base(const std::string& html, const std::string& page_url) {
  std::string base = "<base href=\"" + escape_html(encoded_path(page_url)) + "\">";
  std::size_t head = html.find("<head>");
  if (head == std::string::npos) return base + html;
  return html.substr(0, head + 6) + base + html.substr(head + 6);
}

}  // namespace cdp
