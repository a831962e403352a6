#pragma once
// What the templates show of documents (model/document.h): a document's page shows its
// details (kind, period, meeting, authors, contacts, the date its figures stand at)
// and the previous and next document of its series; lists show them grouped by kind,
// then by year, newest first.
#include <string>
#include <vector>

#include "model/document.h"
#include "model/site.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

// A document's details, ready to print, with links made from its own page's URL:
//   kind, has_period, period, has_meeting, meeting, has_authors, authors [{name}],
//   has_contacts, contacts [{name, email}], has_as_of, as_of ("31 March 2024"),
//   has_series, previous {title, url, date_display} (may be absent), has_previous,
//   next {...}, has_next.
// `documents` is site_documents(site), for the series.
mustache::Map document_values(const Document& document, const std::vector<Document>& documents);

// The contact `contact` as an email address when it is one ("becky@derby.gov.uk"),
// for a mailto link; "" when it is a name or anything else.
std::string email_address_in(const std::string& contact);

// `documents` grouped for a list on the page at `from_url`:
//   [ { kind ("Annual reports"), id ("annual-reports"), years: [ { year ("2024"),
//       documents: [ { title, url, summary, has_date, date_iso, date_display, period } ] } ] } ]
// Kinds in a fixed order (strategies, annual reports, board reports, news), years newest
// first; documents without a date go under "Undated", last.
mustache::List documents_by_kind(const std::vector<Document>& documents, const std::string& from_url);

// What document_values gives a document page's template, as "document".
const mustache::Schema& document_values_schema();
// What documents_by_kind gives.
const mustache::Schema& documents_by_kind_schema();

}  // namespace cdp
