#include "render/documents.h"

#include <algorithm>
#include <map>

#include "render/page_context.h"

namespace cdp {

namespace {

// Newest first; undated last; then by title so that the order never depends on the disk.
bool newer_first(const Page* a, const Page* b) {
  bool a_dated = a->meta.date.present();
  bool b_dated = b->meta.date.present();
  if (a_dated != b_dated) return a_dated;
  if (a_dated && !(a->meta.date.value == b->meta.date.value)) return b->meta.date.value < a->meta.date.value;
  if (a->meta.title.value != b->meta.title.value) return a->meta.title.value < b->meta.title.value;
  return a->rel_path < b->rel_path;
}

mstch::array names(const std::vector<std::string>& values) {
  mstch::array items;
  for (const std::string& value : values) items.push_back(mstch::map{{"name", value}});
  return items;
}

mstch::map link_to(const Page& document, const std::string& from_url) {
  const Located<Date>& date = document.meta.date;
  return mstch::map{{"title", document.meta.title.value},
                    {"url", relative_url(from_url, document.route.url)},
                    {"summary", document.meta.summary.value},
                    {"has_date", date.present()},
                    {"date_iso", date.present() ? iso(date.value) : std::string()},
                    {"date_display", date.present() ? long_date(date.value) : std::string()},
                    {"period", document.meta.document.period.present() ? document.meta.document.period.value.display()
                                                                       : std::string()}};
}

// The documents of `page`'s series, oldest first.
std::vector<const Page*> series_of(const Page& page, const std::vector<const Page*>& documents) {
  std::vector<const Page*> series;
  for (const Page* document : documents) {
    if (document->meta.document.series.value == page.meta.document.series.value) series.push_back(document);
  }
  std::reverse(series.begin(), series.end());
  return series;
}

void add_series(mstch::map& values, const Page& page, const std::vector<const Page*>& documents) {
  bool in_series = !page.meta.document.series.value.empty();
  values["has_previous"] = false;
  values["has_next"] = false;
  values["has_series"] = false;
  if (!in_series) return;
  std::vector<const Page*> series = series_of(page, documents);
  auto here = std::find(series.begin(), series.end(), &page);
  if (here == series.end() || series.size() < 2) return;
  values["has_series"] = true;
  if (here != series.begin()) {
    values["has_previous"] = true;
    values["previous"] = link_to(**(here - 1), page.route.url);
  }
  if (here + 1 != series.end()) {
    values["has_next"] = true;
    values["next"] = link_to(**(here + 1), page.route.url);
  }
}

}  // namespace

bool is_document(const Page& page) { return !page.is_section_index && page.meta.document.kind.present(); }

std::vector<const Page*> site_documents(const Site& site) {
  std::vector<const Page*> documents;
  for (const auto& page : site.pages) {
    if (is_document(*page)) documents.push_back(page.get());
  }
  std::sort(documents.begin(), documents.end(), newer_first);
  return documents;
}

std::vector<const Page*> documents_in(const std::vector<const Page*>& documents, const std::string& folder) {
  std::vector<const Page*> inside;
  for (const Page* document : documents) {
    if (folder.empty() || document->section == folder || document->section.starts_with(folder + "/")) {
      inside.push_back(document);
    }
  }
  return inside;
}

mstch::map document_values(const Page& page, const std::vector<const Page*>& documents) {
  const DocumentMeta& meta = page.meta.document;
  mstch::map values{
      {"kind", std::string(term(meta.kind.value).name)},
      {"has_period", meta.period.present()},
      {"period", meta.period.present() ? meta.period.value.display() : std::string()},
      {"has_meeting", !meta.meeting.value.empty()},
      {"meeting", meta.meeting.value},
      {"has_authors", !meta.authors.value.empty()},
      {"authors", names(meta.authors.value)},
      {"has_contacts", !meta.contacts.value.empty()},
      {"contacts", names(meta.contacts.value)},
      {"has_as_of", meta.as_of.present()},
      {"as_of", meta.as_of.present() ? long_date(meta.as_of.value) : std::string()},
  };
  add_series(values, page, documents);
  return values;
}

mstch::array documents_by_kind(const std::vector<const Page*>& documents, const std::string& from_url) {
  // Kind (in enum order) -> year (newest first; "" = undated, last) -> documents in list order.
  std::map<DocumentKind, std::map<int, mstch::array, std::greater<>>> grouped;
  for (const Page* document : documents) {
    int year = document->meta.date.present() ? document->meta.date.value.year : 0;
    grouped[document->meta.document.kind.value][year].push_back(link_to(*document, from_url));
  }
  mstch::array kinds;
  for (auto& [kind, years] : grouped) {
    mstch::array year_values;
    for (auto& [year, items] : years) {
      year_values.push_back(
          mstch::map{{"year", year == 0 ? std::string("Undated") : std::to_string(year)}, {"documents", items}});
    }
    const DocumentKindTerm& words = term(kind);
    std::string heading(words.plural), id(words.list_id);
    kinds.push_back(mstch::map{{"kind", heading}, {"id", id}, {"years", year_values}});
  }
  return kinds;
}

}  // namespace cdp
