#include "render/documents.h"

#include <algorithm>
#include <map>

#include "render/committee_report_view.h"
#include "render/page_context.h"

namespace cdp {

namespace {

mustache::List names(const std::vector<std::string>& values) {
  mustache::List items;
  for (const std::string& value : values) items.push_back(mustache::Map{{"name", value}});
  return items;
}

// Contacts, each with its email address when it is one, so the page can link to it.
mustache::List contacts(const std::vector<std::string>& values) {
  mustache::List items;
  for (const std::string& value : values) items.push_back(mustache::Map{{"name", value}, {"email", email_address_in(value)}});
  return items;
}

mustache::Map link_to(const Document& document, const std::string& from_url) {
  const Page& page = *document.page;
  const Located<Date>& date = page.meta.date;
  return mustache::Map{{"title", page.meta.title.value},
                    {"url", relative_url(from_url, page.route.url)},
                    {"summary", page.meta.summary.value},
                    {"has_date", date.present()},
                    {"date_iso", date.present() ? iso(date.value) : std::string()},
                    {"date_display", date.present() ? long_date(date.value) : std::string()},
                    {"period", document.meta().period.present() ? document.meta().period.value.display() : std::string()}};
}

// The documents of `document`'s series, oldest first.
std::vector<Document> series_of(const Document& document, const std::vector<Document>& documents) {
  std::vector<Document> series;
  for (const Document& other : documents) {
    if (other.meta().series.value == document.meta().series.value) series.push_back(other);
  }
  std::reverse(series.begin(), series.end());
  return series;
}

void add_series(mustache::Map& values, const Document& document, const std::vector<Document>& documents) {
  values["has_previous"] = false;
  values["has_next"] = false;
  values["has_series"] = false;
  if (document.meta().series.value.empty()) return;
  std::vector<Document> series = series_of(document, documents);
  auto here = std::find_if(series.begin(), series.end(),
                           [&document](const Document& other) { return other.page == document.page; });
  if (here == series.end() || series.size() < 2) return;
  values["has_series"] = true;
  const std::string& from_url = document.page->route.url;
  if (here != series.begin()) {
    values["has_previous"] = true;
    values["previous"] = link_to(*(here - 1), from_url);
  }
  if (here + 1 != series.end()) {
    values["has_next"] = true;
    values["next"] = link_to(*(here + 1), from_url);
  }
}

}  // namespace

std::string email_address_in(const std::string& contact) {
  // One @ with something before it and a dotted domain after it, and no spaces: a
  // name ("Becky Harrington") or a phone number is shown as it is written.
  std::size_t at = contact.find('@');
  if (at == std::string::npos || at == 0 || contact.find('@', at + 1) != std::string::npos) return "";
  if (contact.find_first_of(" \t<>\"") != std::string::npos) return "";
  std::size_t dot = contact.find('.', at);
  if (dot == std::string::npos || dot == at + 1 || dot + 1 == contact.size()) return "";
  return contact;
}

mustache::Map document_values(const Document& document, const std::vector<Document>& documents) {
  const DocumentMeta& meta = document.meta();
  mustache::Map values{
      {"kind", meta.kind_of.name},
      {"has_period", meta.period.present()},
      {"period", meta.period.present() ? meta.period.value.display() : std::string()},
      {"has_meeting", !meta.meeting.value.empty()},
      {"meeting", meta.meeting.value},
      {"has_authors", !meta.authors.value.empty()},
      {"authors", names(meta.authors.value)},
      {"has_contacts", !meta.contacts.value.empty()},
      {"contacts", contacts(meta.contacts.value)},
      {"has_as_of", meta.as_of.present()},
      {"as_of", meta.as_of.present() ? long_date(meta.as_of.value) : std::string()},
  };
  add_series(values, document, documents);
  mustache::Map committee = committee_report_values(meta.committee);
  for (const auto& [key, value] : committee.entries()) values[key] = value;
  return values;
}

mustache::List documents_by_kind(const std::vector<Document>& documents, const std::string& from_url) {
  // Kind (cdpsite's in vocabulary order, then the site's) -> year (newest first; "" =
  // undated, last) -> documents in list order.
  std::map<int, std::map<int, mustache::List, std::greater<>>> grouped;
  std::map<int, const KindOfDocument*> kind_at;
  for (const Document& document : documents) {
    const Located<Date>& date = document.page->meta.date;
    int year = date.present() ? date.value.year : 0;
    const KindOfDocument& kind = document.meta().kind_of;
    grouped[kind.order][year].push_back(link_to(document, from_url));
    kind_at[kind.order] = &kind;
  }
  mustache::List kinds;
  for (auto& [order, years] : grouped) {
    mustache::List year_values;
    for (auto& [year, items] : years) {
      year_values.push_back(
          mustache::Map{{"year", year == 0 ? std::string("Undated") : std::to_string(year)}, {"documents", items}});
    }
    const KindOfDocument& kind = *kind_at[order];
    kinds.push_back(mustache::Map{{"kind", kind.plural}, {"id", kind.list_id}, {"years", year_values}});
  }
  return kinds;
}

namespace {

mustache::Schema document_link_schema(std::string about) {
  using mustache::Schema;
  return Schema::map(std::move(about),
                     {{"title", Schema::text("The document's title.")},
                      {"url", Schema::text("A link to it.")},
                      {"summary", Schema::text("Its summary.")},
                      {"has_date", Schema::flag("Whether it has a date.")},
                      {"date_iso", Schema::text("Its date as 2024-06-30.")},
                      {"date_display", Schema::text("Its date as 30 June 2024.")},
                      {"period", Schema::text("The period it covers, e.g. 2023/24; \"\" when it gives none.")}});
}

mustache::Schema names_schema(std::string about) {
  using mustache::Schema;
  return Schema::list(std::move(about), Schema::map("", {{"name", Schema::text("A name.")}}));
}

}  // namespace

const mustache::Schema& document_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "Document pages only (front matter with kind): what the document is.",
      {{"kind", Schema::text("Strategy, Annual report, Board report, Update, News, or a kind the site defines.")},
       {"has_period", Schema::flag("Whether it gives the period it covers.")},
       {"period", Schema::text("The period it covers, e.g. 2023/24.")},
       {"has_meeting", Schema::flag("Whether it gives a meeting.")},
       {"meeting", Schema::text("The meeting it was written for.")},
       {"has_authors", Schema::flag("Whether it names authors.")},
       {"authors", names_schema("Its authors.")},
       {"has_contacts", Schema::flag("Whether it names contacts.")},
       {"contacts", Schema::list("Whom to contact about it.",
                                 Schema::map("", {{"name", Schema::text("A name or an address, as written.")},
                                                  {"email", Schema::text("The email address for a mailto link, when it is one; \"\" otherwise.")}}))},
       {"has_as_of", Schema::flag("Whether its figures are as of a date (as_of).")},
       {"as_of", Schema::text("That date, as 30 June 2024.")},
       {"has_series", Schema::flag("Whether it is one of a series of at least two documents.")},
       {"has_previous", Schema::flag("Whether the series has an older document.")},
       {"previous", document_link_schema("The older document of the series.")},
       {"has_next", Schema::flag("Whether the series has a newer document.")},
       {"next", document_link_schema("The newer document of the series.")}}).with(committee_report_schema().fields());
  return schema;
}

const mustache::Schema& documents_by_kind_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::list(
      "The documents by kind, then by year, newest first.",
      Schema::map("", {{"kind", Schema::text("The kind's heading, e.g. Annual reports.")},
                       {"id", Schema::text("An id for the kind's heading, e.g. annual-reports.")},
                       {"years", Schema::list("The years with documents of this kind, newest first.",
                                              Schema::map("", {{"year", Schema::text("The year, or Undated.")},
                                                               {"documents", Schema::list("The documents of that year.",
                                                                                          document_link_schema(""))}}))}}));
  return schema;
}

}  // namespace cdp
