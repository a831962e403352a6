#pragma once
// Markdown to HTML with cmark-gfm (table, footnotes, strikethrough, autolink, tasklist,
// tagfilter; smart punctuation). Adds a unique id to every heading, collects the
// headings for the table of contents, and hands every link and image URL to the
// caller to rewrite (so that links between source files become links between pages).
// Raw HTML is shown as text unless the site allows it; dangerous URL schemes
// (javascript:, vbscript:, file:, data: other than images) are always removed.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/rendered_body.h"

namespace cdp {

struct MarkdownOptions {
  bool raw_html = false;          // pass raw HTML through (site.toml [markdown] raw_html)
  bool smart_punctuation = true;  // curly quotes, en and em dashes, ellipses
};

// A link or image destination as written in the Markdown, with where it was written.
struct LinkRef {
  std::string url;      // destination as written, e.g. "../other.md#some-heading"
  SourcePos pos;        // position of the link in the source file
  bool is_image = false;
};

// Returns the URL to put in the HTML for a link; may add diagnostics.
using LinkRewriter = std::function<std::string(const LinkRef&)>;

// Where the Markdown text sits in its file, so positions are reported against the file.
struct MarkdownSource {
  const SourceFile* file = nullptr;  // the whole file (front matter included)
  int first_line = 1;                // file line on which the Markdown text starts
};

// Renders `markdown`. `rewrite` may be empty, in which case URLs are kept as written
// (after removing dangerous schemes).
RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownSource& source,
                                 const MarkdownOptions& options, const LinkRewriter& rewrite);

// For each of `starts`, offsets in `markdown` of the "{{" that opens a shortcode, whether
// cmark-gfm renders it as text: in a paragraph, heading, table cell, link text, image
// description or footnote. False inside a code span or block, raw HTML (comments
// included), a link's address or title, or a link reference definition. Parses the
// Markdown once, with the parse options render_markdown uses.
std::vector<bool> rendered_as_text(std::string_view markdown, const std::vector<std::size_t>& starts);

// Renders a short piece of inline Markdown (a TOML text field, a title) to HTML without
// a surrounding <p>. Raw HTML is always shown as text.
std::string render_inline_markdown(std::string_view markdown);

// The id a heading with this plain text gets before de-duplication: lower case, letters
// and digits kept (including non-ASCII), spaces and hyphens become single hyphens,
// other punctuation dropped; "section" if nothing is left.
std::string heading_slug(std::string_view text);

}  // namespace cdp
