#pragma once
// Pages made in memory for the tests of documents: a site's pages, some of them
// documents, without loading files.
#include <memory>
#include <optional>
#include <string>

#include "model/site.h"

namespace cdp {

// `meta` made a document of cdpsite's kind `kind`, as the loader makes it.
inline void set_kind(DocumentMeta& meta, DocumentKind kind) {
  std::string spelling(term(kind).toml);
  meta.kind = Located<std::string>{spelling, {"x.md", 3, 1}};
  meta.kind_of = *kind_named(known_document_kinds({}), spelling);
}

// A page at `url` (its section is the URL's first folder); a document when `kind` is given.
inline std::unique_ptr<Page> make_page(const std::string& url, const std::string& title, std::optional<Date> date,
                                       std::optional<DocumentKind> kind, const std::string& series = "") {
  auto page = std::make_unique<Page>();
  page->route = {url, url + "index.html"};
  page->section = url.substr(0, url.find('/'));
  page->meta.title.value = title;
  if (date) page->meta.date = Located<Date>{*date, {"x.md", 2, 1}};
  if (kind) set_kind(page->meta.fill_document(), *kind);
  page->meta.fill_document().series.value = series;
  return page;
}

// The pages of a site in two partnership folders: four annual reports (three of a
// series, given out of order), news, a strategy without a date, and a page that is
// not a document.
inline Site site_with_documents() {
  Site site;
  site.pages.push_back(make_page("north/about/", "About", std::nullopt, std::nullopt));
  site.pages.push_back(make_page("north/r23/", "Report 2023", Date{2023, 10, 1}, DocumentKind::kAnnualReport, "ar"));
  site.pages.push_back(make_page("north/r25/", "Report 2025", Date{2025, 10, 1}, DocumentKind::kAnnualReport, "ar"));
  site.pages.push_back(make_page("north/r24/", "Report 2024", Date{2024, 10, 1}, DocumentKind::kAnnualReport, "ar"));
  site.pages.push_back(make_page("north/news/", "News item", Date{2024, 1, 5}, DocumentKind::kNews));
  site.pages.push_back(make_page("south/plan/", "Plan", std::nullopt, DocumentKind::kStrategy));
  return site;
}

}  // namespace cdp
