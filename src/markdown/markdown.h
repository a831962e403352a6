#pragma once
// Markdown to HTML with cmark-gfm (table, footnotes, strikethrough, autolink, tasklist,
// tagfilter; smart punctuation). Adds a unique id to every heading, collects the
// headings for the table of contents, and hands every link and image URL to the
// caller to rewrite (so that links between source files become links between pages).
// Raw HTML is shown as text unless the site allows it; dangerous URL schemes
// (javascript:, vbscript:, file:, data: other than images) are always removed.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/authoring_rules.h"
#include "model/rendered_body.h"

namespace cdp {

struct MarkdownOptions {
  bool raw_html = false;          // pass raw HTML through (site.toml [markdown] raw_html)
  bool smart_punctuation = true;  // curly quotes, en and em dashes, ellipses
  // The authoring rules to check (markdown/authoring_checks.h), and how each is
  // reported; nullptr checks none.
  const AuthoringSeverities* checks = nullptr;
  // How the placeholders `cdpsite new` writes are reported (markdown/placeholders.h):
  // errors, except in the preview.
  Severity placeholders = Severity::kError;
};

// A link or image destination as written in the Markdown, with where it was written.
struct LinkRef {
  std::string url;      // destination as written, e.g. "../other.md#some-heading"
  SourcePos pos;        // position of the link in the source file
  bool is_image = false;
};

// What a link becomes in the HTML.
struct RewrittenLink {
  RewrittenLink(std::string address = {}) : url(std::move(address)) {}  // NOLINT: a URL alone is a rewritten link
  std::string url;                         // the URL to put in the HTML
  std::optional<std::uintmax_t> bytes;     // the size of the file it goes to, when that is a file of the site
};

// Returns what a link becomes; may add diagnostics.
using LinkRewriter = std::function<RewrittenLink(const LinkRef&)>;

// Where the Markdown text sits in its file, so positions are reported against the file.
struct MarkdownSource {
  const SourceFile* file = nullptr;  // the whole file (front matter included)
  int first_line = 1;                // file line on which the Markdown text starts
  // For text that is not a run of the file's lines as they are (a TOML string, with its
  // escapes): the file offset of each byte of the text, and one past its end. nullptr:
  // the text is the file from `first_line` on.
  const std::vector<std::size_t>* file_offsets = nullptr;
  // The level of the heading the text is shown under: 1 for a page (its title is the
  // page's h1), 2 for a TOML text field shown under a heading of the page.
  int heading_level_above = 1;
};

// Renders `markdown`. `rewrite` may be empty, in which case URLs are kept as written
// (after removing dangerous schemes). With `options.checks`, the authoring rules are
// checked on the same tree and their problems added to `diagnostics`. A link to a
// document file gains its type and size after its text: "Annual report (PDF, 2.1 MB)".
RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownSource& source,
                                 const MarkdownOptions& options, const LinkRewriter& rewrite,
                                 Diagnostics* diagnostics = nullptr);

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
