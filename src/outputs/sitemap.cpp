#include "outputs/sitemap.h"

#include <algorithm>

#include "core/html.h"
#include "render/page_context.h"

namespace cdp {

std::optional<GeneratedFile> sitemap_file(const std::string& base_url, std::vector<SitemapEntry> entries) {
  if (base_url.empty()) return std::nullopt;
  std::sort(entries.begin(), entries.end(),
            [](const SitemapEntry& a, const SitemapEntry& b) { return a.url < b.url; });
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const SitemapEntry& entry : entries) {
    xml += "  <url><loc>" + escape_xml(absolute_url(base_url, entry.url)) + "</loc>";
    if (entry.lastmod) xml += "<lastmod>" + iso(*entry.lastmod) + "</lastmod>";
    xml += "</url>\n";
  }
  xml += "</urlset>\n";
  return GeneratedFile{kSitemapPath, std::move(xml)};
}

GeneratedFile robots_file(const std::string& base_url) {
  std::string text = "User-agent: *\nAllow: /\n";
  if (!base_url.empty()) text += "Sitemap: " + absolute_url(base_url, kSitemapPath) + "\n";
  return GeneratedFile{kRobotsPath, std::move(text)};
}

}  // namespace cdp
