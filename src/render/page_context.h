#pragma once
// Builds the values each template receives, ready to print: URLs already relative to
// the page, dates already formatted, the table of contents already nested. Templates
// lay out; they do not compute.
//
// Every template receives these keys (mstch::map):
//   generator        "cdpsite 0.1.0"
//   root             relative prefix from this page to the site root: "" at the root,
//                    "../" one level down; for theme assets: {{root}}css/site.css
//   site             { title, description, language, home_url, search_url,
//                      accessibility_url, has_feed, feed_url }
//   nav              [ { title, url, current (bool) } ]  home first, then top sections
//   breadcrumbs      [ { title, url } ]  from home down to the parent of this page
//   has_breadcrumbs  bool
//   page             { title, url, kind ("home"|"section"|"page"|"404"), summary,
//                      has_date, date_iso, date_display, content (HTML of the body),
//                      has_toc, toc: [ { id, text, has_children,
//                                         children: [ { id, text } ] } ] }
//   pages            section and home only: [ { title, url, summary, has_date,
//                      date_iso, date_display } ] the section's pages, in list order
//   has_pages        bool
//   subsections      section and home only: [ { title, url, summary } ]
//   has_subsections  bool
// Added for some pages by render/page_renderer.cpp:
//   document         document pages only: see render/documents.h document_values
//   partnership      a partnership's own section page: render/site_wide_pages.h partnership_overview
//   home             the home page: render/site_wide_pages.h home_values
//   data             the generated pages: their own values (render/partnership_pages.cpp,
//                    render/site_wide_pages.cpp)
// base.mustache additionally receives
//   main             the HTML of the page's own template (print with {{{main}}})
// Every string is plain text (templates escape it with {{ }}) except page.content and
// main, which are HTML (print with {{{ }}}).
#include <string>

#include <mstch/mstch.hpp>

#include "model/site.h"
#include "render/generated_page.h"
#include "routes/addresses.h"

namespace cdp {

// The context for a page (kind "page", or "home"/"section" for a section's index).
mstch::map page_context(const Site& site, const Page& page);
// The context for a section's list page (with or without an _index.md).
mstch::map section_context(const Site& site, const Section& section);

// The context for a page made from data (data_pages.h): the common values, page.title,
// and the page's own values under "data".
mstch::map generated_page_context(const Site& site, const GeneratedPage& page);

// The context for the 404 page, published at the root as 404.html.
mstch::map not_found_context(const Site& site);

}  // namespace cdp
