#pragma once
// The kinds of page a site is made of, and what each one is: its template, title,
// address, section and date. A PageJob is one HTML file to render and write.
#include <optional>
#include <string>
#include <variant>

#include "model/date.h"
#include "model/document.h"
#include "model/site.h"
#include "render/generated_page.h"
#include "routes/addresses.h"

namespace cdp {

struct ContentPage {  // a Markdown page (not a section's _index.md, not a document)
  const Page* page = nullptr;
};
struct DocumentPage {  // a document's page: its Markdown and its details
  const Document* document = nullptr;
};
struct SectionList {  // a section's list page (home for the root), with its _index.md if any
  const Section* section = nullptr;
};
struct MadePage {  // a page cdpsite makes: from a partnership's data, or for every site
  const GeneratedPage* page = nullptr;
};
struct NotFoundPage {};  // 404.html at the root

struct PageJob {
  std::string output;  // where the HTML goes, relative to the site root
  std::variant<ContentPage, DocumentPage, SectionList, MadePage, NotFoundPage> kind;
};

PageJob job_for(const Page& page);  // page is not a section index, nor a document
PageJob job_for(const Document& document);
PageJob job_for(const Section& section);
PageJob job_for(const GeneratedPage& page);
PageJob not_found_job();

// The Markdown page of a job (a content page's or a document's), or nullptr.
const Page* page_of(const PageJob& job);
// The template a job is laid out with (inside "base"): "page" (also for documents), "home", "section",
// "404", or the generated page's own. The one place that chooses.
std::string template_for(const PageJob& job);
std::string title_of(const Site& site, const PageJob& job);
// The page's URL from the site root: its output path without "index.html".
std::string url_of(const PageJob& job);
// The section the page belongs to ("" for the site-wide pages).
std::string section_of(const PageJob& job);
// The date the page gives, if any (a section's from its _index.md).
std::optional<Date> date_of(const PageJob& job);
// What search results say a page is: "Annual report", "Page", "Home", "Metric" ...
std::string search_kind(const PageJob& job);
// The summary the page gives in its front matter (a section's from its _index.md); ""
// for the pages cdpsite makes.
std::string summary_of(const PageJob& job);
// Where search puts the page among others that match the same words: documents (0)
// first, then the site's own pages (1), then the pages made from data (2).
int search_rank(const PageJob& job);
// The search page and the 404 page are not worth finding.
bool is_searchable(const PageJob& job);
// Whether the job goes into the sitemap (every page but the 404).
bool is_listed(const PageJob& job);

}  // namespace cdp
