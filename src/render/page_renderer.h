#pragma once
// Rendering one page, the whole way: its Markdown body (shortcodes, then cmark-gfm,
// then the shortcodes' HTML), then its values, its own template and the base layout
// around it. Used alike by a full build and by the preview's incremental update.
#include <string>
#include <vector>

#include "model/cdp.h"
#include "model/site.h"
#include "markdown/markdown.h"
#include "render/page_job.h"
#include "render/search_entry.h"
#include "render/shared_page_values.h"
#include "render/templates.h"

namespace cdp {

// What rendering a page needs besides the page itself.
struct RenderInputs {
  const Site& site;
  const CdpData& data;
  const TemplateSet& templates;
  const std::vector<Document>& documents;  // site_documents(site)
  SharedPageValues& shared;                // the menu and site links, made once per place
};

// Renders the body of `page` into page.rendered: its shortcodes become tokens, the
// Markdown is rendered with `links` rewriting every link, then the tokens become their
// HTML. Problems go to `diagnostics`, the placeholders `cdpsite new` writes among them
// (with options.placeholders). Sets page.uses_data when a shortcode shows data.
void render_body(Page& page, const CdpData& data, const TemplateSet& templates, const MarkdownOptions& options,
                 const LinkRewriter& links, Diagnostics& diagnostics);

// The HTML file of `job`: its values, its own template, and the base layout around
// it. A Markdown page's body must be rendered already. Problems go to `diagnostics`.
std::string render_html(const RenderInputs& in, const PageJob& job, Diagnostics& diagnostics);

// The search entry of a rendered page, with up to `characters` of its text.
SearchEntry search_entry(const RenderInputs& in, const PageJob& job, const std::string& html, std::size_t characters);

}  // namespace cdp
