#pragma once
// sitemap.xml (sitemaps.org protocol 0.9) listing every page for search engines, and
// robots.txt pointing at it. A sitemap needs full addresses, so it is written only when
// site.toml gives `base_url`.
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "core/generated_file.h"
#include "routes/addresses.h"


namespace cdp {

struct SitemapEntry {
  std::string url;              // page URL from the site root: "" for home, "about/"
  std::optional<Date> lastmod;  // the page's date, when it has one
};

// sitemap.xml with the entries in URL order, or nullopt when there is no base URL.
std::optional<GeneratedFile> sitemap_file(const std::string& base_url, std::vector<SitemapEntry> entries);

// robots.txt: every page may be crawled; names the sitemap when there is a base URL.
GeneratedFile robots_file(const std::string& base_url);


}  // namespace cdp
