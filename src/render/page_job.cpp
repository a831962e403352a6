#include "render/page_job.h"

#include <map>


namespace cdp {

namespace {

// Lets std::visit take one lambda per kind.
template <class... Kinds>
struct Overloaded : Kinds... {
  using Kinds::operator()...;
};
template <class... Kinds>
Overloaded(Kinds...) -> Overloaded<Kinds...>;  // clang 14 deduces aggregates only with a guide

}  // namespace

PageJob job_for(const Page& page) { return {page.route.output, ContentPage{&page}}; }
PageJob job_for(const Document& document) { return {document.page->route.output, DocumentPage{&document}}; }
PageJob job_for(const Section& section) { return {section.route.output, SectionList{&section}}; }
PageJob job_for(const GeneratedPage& page) { return {page.route.output, MadePage{&page}}; }
PageJob not_found_job() { return {kNotFoundPath, NotFoundPage{}}; }

const Page* page_of(const PageJob& job) {
  if (const ContentPage* content = std::get_if<ContentPage>(&job.kind)) return content->page;
  if (const DocumentPage* document = std::get_if<DocumentPage>(&job.kind)) return document->document->page;
  return nullptr;
}

std::string template_for(const PageJob& job) {
  return std::visit(Overloaded{
                        [](const ContentPage&) { return std::string("page"); },
                        [](const DocumentPage&) { return std::string("page"); },
                        [](const SectionList& list) { return std::string(list.section->path.empty() ? "home" : "section"); },
                        [](const MadePage& made) { return made.page->template_name; },
                        [](const NotFoundPage&) { return std::string("404"); },
                    },
                    job.kind);
}

std::string title_of(const Site& site, const PageJob& job) {
  return std::visit(Overloaded{
                        [](const ContentPage& content) { return content.page->meta.title.value; },
                        [](const DocumentPage& document) { return document.document->page->meta.title.value; },
                        [&site](const SectionList& list) {
                          const Section& section = *list.section;
                          if (section.index) return section.index->meta.title.value;
                          return section.path.empty() ? site.config.title.value : title_from_name(section.path);
                        },
                        [](const MadePage& made) { return made.page->title; },
                        [](const NotFoundPage&) { return std::string(); },
                    },
                    job.kind);
}

std::string url_of(const PageJob& job) { return page_url(job.output); }

std::string section_of(const PageJob& job) {
  return std::visit(Overloaded{
                        [](const ContentPage& content) { return content.page->section; },
                        [](const DocumentPage& document) { return document.document->page->section; },
                        [](const SectionList& list) { return list.section->path; },
                        [](const MadePage& made) { return made.page->section; },
                        [](const NotFoundPage&) { return std::string(); },
                    },
                    job.kind);
}

std::optional<Date> date_of(const PageJob& job) {
  const Page* page = page_of(job);
  if (const SectionList* list = std::get_if<SectionList>(&job.kind)) page = list->section->index;
  if (page && page->meta.date.present()) return page->meta.date.value;
  return std::nullopt;
}

std::string summary_of(const PageJob& job) {
  const Page* page = page_of(job);
  if (const SectionList* list = std::get_if<SectionList>(&job.kind)) page = list->section->index;
  return page ? page->meta.summary.value : std::string();
}

int search_rank(const PageJob& job) {
  if (std::holds_alternative<DocumentPage>(job.kind)) return 0;
  if (std::holds_alternative<ContentPage>(job.kind) || std::holds_alternative<SectionList>(job.kind)) return 1;
  return 2;
}

std::string search_kind(const PageJob& job) {
  static const std::map<std::string, std::string> made_kinds = {
      {"data/about", "About"},      {"data/priorities", "Priorities"}, {"data/priority", "Priority"},
      {"data/metrics", "Metrics"},  {"data/metric", "Metric"},         {"documents", "Documents"},
      {"compare", "Comparison"},    {"accessibility", "Page"}};
  if (const DocumentPage* document = std::get_if<DocumentPage>(&job.kind)) {
    return document->document->meta().kind_of.name;
  }
  if (std::holds_alternative<ContentPage>(job.kind)) return "Page";
  if (const SectionList* list = std::get_if<SectionList>(&job.kind)) return list->section->path.empty() ? "Home" : "Section";
  auto kind = made_kinds.find(template_for(job));
  return kind == made_kinds.end() ? "Page" : kind->second;
}

bool is_listed(const PageJob& job) { return !std::holds_alternative<NotFoundPage>(job.kind); }

bool is_searchable(const PageJob& job) { return is_listed(job) && template_for(job) != "search"; }

}  // namespace cdp
