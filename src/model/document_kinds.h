#pragma once
// The kinds a document may be: cdpsite's own (strategy, annual report, board report,
// update, news: model/vocabulary.h) and any a site defines in site.toml with
// [[document_kind]]. A document's front matter names one; its page and the lists of
// documents use its words.
#include <optional>
#include <string>
#include <vector>

#include "model/located.h"

namespace cdp {

// A kind of document a site defines in site.toml.
struct SiteDocumentKind {
  Located<std::string> kind;    // "scrutiny report": what front matter's `kind` says
  Located<std::string> label;   // "Scrutiny report": on the document's page
  Located<std::string> plural;  // "Scrutiny reports": a list's heading
};

// One kind of document, in words.
struct KindOfDocument {
  std::string kind;     // "annual report": front matter's `kind`, as cdpsite spells it
  std::string name;     // "Annual report"
  std::string plural;   // "Annual reports"
  std::string list_id;  // "annual-reports": the anchor of its list's heading
  int order = 0;        // its place among the lists: cdpsite's kinds, then the site's in its order
};

// cdpsite's kinds, then the site's own.
std::vector<KindOfDocument> known_document_kinds(const std::vector<SiteDocumentKind>& site_kinds);

// A kind as it is compared: lower case, with hyphens and underscores as spaces
// ("Board-Report" is "board report").
std::string normal_kind(const std::string& text);

// The kind of `kinds` that `text` names, or nullopt.
std::optional<KindOfDocument> kind_named(const std::vector<KindOfDocument>& kinds, const std::string& text);

}  // namespace cdp
