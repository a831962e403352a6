#include "outputs/feed.h"

#include "core/html.h"
#include "render/partnership_pages.h"
#include "render/page_context.h"

namespace cdp {

namespace {

// The most recent entries a feed reader needs; older documents stay in the lists.
constexpr std::size_t kMaxEntries = 50;

std::string atom_time(const Date& date) { return iso(date) + "T00:00:00Z"; }

void element(std::string& xml, const char* indent, const char* name, const std::string& text) {
  xml += indent;
  xml += '<';
  xml += name;
  xml += '>';
  xml += escape_xml(text);
  xml += "</";
  xml += name;
  xml += ">\n";
}

void entry(std::string& xml, const Document& document, const std::string& base, const CdpData& data) {
  const Page& page = *document.page;
  std::string url = absolute_url(base, page.route.url);
  std::string updated = atom_time(page.meta.date.value);
  xml += "  <entry>\n";
  element(xml, "    ", "title", page.meta.title.value);
  xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(url) + "\"/>\n";
  element(xml, "    ", "id", url);
  element(xml, "    ", "published", updated);
  element(xml, "    ", "updated", updated);
  for (const std::string& author : document.meta().authors.value) {
    xml += "    <author>\n";
    element(xml, "      ", "name", author);
    xml += "    </author>\n";
  }
  const std::string& kind = document.meta().kind_of.name;
  xml += "    <category term=\"" + escape_xml(kind) + "\"/>\n";
  if (const Partnership* partnership = partnership_owning(page.section, data)) {
    xml += "    <category term=\"" + escape_xml(partnership->name.value) + "\"/>\n";
  }
  if (!page.meta.summary.value.empty()) element(xml, "    ", "summary", page.meta.summary.value);
  xml += "  </entry>\n";
}

}  // namespace

std::optional<GeneratedFile> atom_feed(const Site& site, const std::vector<Document>& documents,
                                       const CdpData& data) {
  const std::string& base = site.config.base_url.value;
  std::vector<Document> dated;
  for (const Document& document : documents) {
    if (document.page->meta.date.present() && dated.size() < kMaxEntries) dated.push_back(document);
  }
  if (base.empty()) return std::nullopt;
  // With no dated document yet, the feed is as new as the build.
  Date updated = dated.empty() ? build_date() : dated.front().page->meta.date.value;
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  element(xml, "  ", "title", site.config.title.value);
  if (!site.config.description.value.empty()) element(xml, "  ", "subtitle", site.config.description.value);
  xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         escape_xml(absolute_url(base, kFeedPath)) + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(absolute_url(base, "")) + "\"/>\n";
  element(xml, "  ", "id", absolute_url(base, ""));
  element(xml, "  ", "updated", atom_time(updated));
  // Atom needs an author for every entry; the site stands in for entries that name none.
  xml += "  <author>\n";
  element(xml, "    ", "name", site.config.title.value);
  xml += "  </author>\n";
  element(xml, "  ", "generator", std::string("cdpsite ") + CDPSITE_VERSION);
  for (const Document& document : dated) entry(xml, document, base, data);
  xml += "</feed>\n";
  return GeneratedFile{kFeedPath, std::move(xml)};
}

}  // namespace cdp
