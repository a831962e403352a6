#pragma once
// Documents: strategies, annual reports, board reports, updates, news and the kinds a
// site defines. Their front matter gives a kind, a period, a meeting, authors and
// contacts, a committee report's metadata, a series (for previous and next), and an
// optional as_of date that freezes their figures.
#include <string>
#include <vector>

#include "model/committee_report.h"
#include "model/date.h"
#include "model/document_kinds.h"
#include "model/located.h"
#include "model/period.h"
#include "model/vocabulary.h"

namespace cdp {

struct Page;
struct Site;

// What a document's front matter adds to a page.
struct DocumentMeta {
  Located<std::string> kind;                    // the kind as written: "annual report", or one of the site's
  KindOfDocument kind_of;                       // that kind in words (set once site.toml's kinds are known)
  Located<Period> period;                       // the period it covers
  Located<std::string> meeting;                 // meeting that received or approved it
  Located<std::vector<std::string>> authors;    // authors
  Located<std::vector<std::string>> contacts;   // contacts (names or addresses)
  Located<std::string> series;                  // series id for previous/next
  Located<Date> as_of;                          // figures shown as they stood on this date
  CommitteeReport committee;                    // a council committee report's metadata

  // Whether the front matter gives any of it.
  bool any() const {
    return kind.present() || period.present() || meeting.present() || authors.present() || contacts.present() ||
           series.present() || as_of.present() || committee.any();
  }
};

// A document the partnership publishes: a strategy, an annual report, a board report or
// news. It is written as a Markdown page whose front matter gives a kind; as a document
// it is listed by kind and year, in the feed and in its series, and its page shows its
// details.
struct Document {
  const Page* page = nullptr;  // its title, date, summary, text and address

  // Its kind, period, meeting, ... (in the page's front matter). Read through the page,
  // never kept: the preview puts a page's new front matter in place of the old.
  const DocumentMeta& meta() const;
};

// The documents of the site, newest first (then by title), drafts already left out.
std::vector<Document> site_documents(const Site& site);

// The documents published inside `folder` ("" for the whole site).
std::vector<Document> documents_in(const std::vector<Document>& documents, const std::string& folder);

}  // namespace cdp
