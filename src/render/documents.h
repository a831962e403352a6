#pragma once
// Documents: pages whose front matter gives a `kind` (strategy, annual report, board
// report, news). Each shows its metadata (kind, period, meeting, authors, contacts,
// the date its figures stand at) and the previous and next document of its series;
// lists show them grouped by kind, then by year, newest first.
#include <string>
#include <vector>

#include "mustache/schema.h"
#include "mustache/value.h"

#include "model/site.h"

namespace cdp {

// True when the page's front matter makes it a document.
bool is_document(const Page& page);

// Every document of the site, newest first (then by title), drafts already left out.
std::vector<const Page*> site_documents(const Site& site);

// The documents published inside `folder` ("" for the whole site).
std::vector<const Page*> documents_in(const std::vector<const Page*>& documents, const std::string& folder);

// A document page's metadata, ready to print, linked from `page`'s own URL:
//   kind, has_period, period, has_meeting, meeting, has_authors, authors [{name}],
//   has_contacts, contacts [{name}], has_as_of, as_of ("31 March 2024"),
//   has_series, previous {title, url, date_display} (may be absent), has_previous,
//   next {...}, has_next.
// `documents` is site_documents(site), for the series.
mustache::Map document_values(const Page& page, const std::vector<const Page*>& documents);

// `documents` grouped for a list on the page at `from_url`:
//   [ { kind ("Annual reports"), id ("annual-reports"), years: [ { year ("2024"),
//       documents: [ { title, url, summary, has_date, date_iso, date_display, period } ] } ] } ]
// Kinds in a fixed order (strategies, annual reports, board reports, news), years newest
// first; documents without a date go under "Undated", last.
mustache::List documents_by_kind(const std::vector<const Page*>& documents, const std::string& from_url);

// What document_values gives a document page's template, as "document".
const mustache::Schema& document_values_schema();
// What documents_by_kind gives.
const mustache::Schema& documents_by_kind_schema();

}  // namespace cdp
