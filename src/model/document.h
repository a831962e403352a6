#pragma once
// What a document's front matter adds to a page: strategies, annual reports, board
// reports and news carry a kind, a period, a meeting, authors and contacts, a series
// (for previous and next), and an optional as_of date that freezes their figures.
#include <string>
#include <vector>

#include "model/date.h"
#include "model/located.h"
#include "model/period.h"
#include "model/vocabulary.h"

namespace cdp {

// What a document's front matter adds to a page.
struct DocumentMeta {
  Located<DocumentKind> kind;                   // strategy, annual report, ...
  Located<Period> period;                       // the period it covers
  Located<std::string> meeting;                 // meeting that received or approved it
  Located<std::vector<std::string>> authors;    // authors
  Located<std::vector<std::string>> contacts;   // contacts (names or addresses)
  Located<std::string> series;                  // series id for previous/next
  Located<Date> as_of;                          // figures shown as they stood on this date
};

}  // namespace cdp
