#pragma once
// Builds the values each template receives, ready to print: URLs already relative to
// the page, dates already formatted, the table of contents already nested. Templates
// lay out; they do not compute.
//
// What each template is given is described beside the code that builds it (the
// *_schema functions), checked against the theme when it loads and listed for web teams
// in docs/templates.md (render/template_values.h). Every string is plain text
// (templates escape it with {{ }}) except the HTML ones, printed with {{{ }}}.
#include <string>

#include "model/site.h"
#include "mustache/schema.h"
#include "mustache/value.h"
#include "render/generated_page.h"
#include "render/shared_page_values.h"
#include "routes/addresses.h"

namespace cdp {

// Each takes the site's shared values (shared_page_values.h), made once per build.
// The context for a page (kind "page", or "home"/"section" for a section's index).
mustache::Map page_context(SharedPageValues& shared, const Page& page);
// The context for a section's list page (with or without an _index.md).
mustache::Map section_context(SharedPageValues& shared, const Section& section);

// The context for a page made from data (data_pages.h): the common values, page.title,
// and the page's own values under "data".
mustache::Map generated_page_context(SharedPageValues& shared, const GeneratedPage& page);

// The context for the 404 page, published at the root as 404.html.
mustache::Map not_found_context(SharedPageValues& shared);

// The values every page's template, and base.mustache around it, is given: generator,
// root, site, nav, breadcrumbs, has_breadcrumbs and page.
const mustache::Schema& common_values_schema();
// What a section's list page (and the home page) is given besides: its pages and
// subsections.
const mustache::Schema& listing_values_schema();

}  // namespace cdp
