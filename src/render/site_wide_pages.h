#pragma once
// Pages every site gets without writing them: search, an accessibility statement, the
// documents listed by kind and year (site-wide and per partnership), and, when there
// are several partnerships, a regional comparison of the metrics they share. The home
// page and each partnership's own page get the partnership overview (key facts,
// headline metrics, links to its pages).
//
// A generated page is left out when the site already publishes a page at its address,
// so a site's own content/accessibility.md replaces the generated statement.
#include <string>
#include <vector>

#include "model/cdp.h"
#include "model/site.h"
#include "mustache/schema.h"
#include "mustache/value.h"
#include "render/partnership_pages.h"
#include "routes/route_table.h"

namespace cdp {

// The site-wide generated pages whose addresses `routes` has not claimed yet.
// `documents` is site_documents(site).
std::vector<GeneratedPage> site_wide_pages(const Site& site, const CdpData& data, const std::vector<Document>& documents,
                                 const RouteTable& routes, const Date& today);

// A partnership's overview, for its own page and for the home page of a
// one-partnership site, linked from `from_url`: name, key facts (established,
// footprint, member count, meetings), headline metric cards, and the links of
// partnership_links plus has_documents and documents_url.
mustache::Map partnership_overview(const Partnership& partnership, const CdpData& data, bool has_documents,
                                const Date& today, const std::string& from_url);

// Values for the home page: with one partnership, `single` holds its overview (the
// site needs no index to click through); with several, `partnerships` lists them and
// `compare_url` links to the regional comparison.
mustache::Map home_values(const CdpData& data, const std::vector<Document>& documents, const Date& today);

// What partnership_overview and home_values give.
// A site's or partnership's name as it reads in the middle of a sentence ("Every
// document of ..."): a body's name ("... Partnership", "... Board", "... CDP") takes
// "the", a leading "The" becomes "the", and any other name is left as it is.
std::string name_in_sentence(const std::string& name);

const mustache::Schema& partnership_overview_schema();
const mustache::Schema& home_values_schema();
// What the templates of the site-wide pages are given as "data": search,
// accessibility, documents and compare.
const mustache::Schema& search_values_schema();
const mustache::Schema& accessibility_values_schema();
const mustache::Schema& documents_values_schema();
const mustache::Schema& compare_values_schema();

}  // namespace cdp
