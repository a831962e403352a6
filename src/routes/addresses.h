#pragma once
// Every address of the site in one place: where a page, a partnership's data page, a
// generated page or a generated file is published, and how one page links to another.
// A page's URL is its folder from the site root ("documents/report/", "" for home);
// its output file is that folder's index.html. Links are relative, so a site works
// from disk and under any sub-path.
#include <string>
#include <string_view>
#include <vector>

#include "model/cdp.h"
#include "model/site.h"

namespace cdp {

// The site-wide generated pages and files.
inline constexpr const char* kSearchUrl = "search/";
inline constexpr const char* kAccessibilityUrl = "accessibility/";
inline constexpr const char* kDocumentsUrl = "documents/";
inline constexpr const char* kCompareUrl = "compare/";
inline constexpr const char* kNotFoundPath = "404.html";
inline constexpr const char* kFeedPath = "feed.xml";
inline constexpr const char* kSitemapPath = "sitemap.xml";
inline constexpr const char* kRobotsPath = "robots.txt";
inline constexpr const char* kSearchIndexPath = "search-index.js";
inline constexpr const char* kOpenDataFolder = "open-data/";
// Kept for the preview's own pages (its editor): a site publishes nothing here.
inline constexpr const char* kPreviewFolder = "_cdpsite/";

// "documents/report/" -> "documents/report/index.html".
std::string page_output(const std::string& url);
// "documents/report/index.html" -> "documents/report/"; other files are their own URL.
std::string page_url(const std::string& output);
// The route of a page at `url`.
Route route_at(const std::string& url);
// "documents" -> "documents/", "" -> "": a folder of the content as a URL prefix.
std::string folder_url(const std::string& folder);

// The URL of a page from its path relative to the content root and its slug.
std::string url_for(const std::string& rel_path, const std::string& slug, bool is_section_index);

// A partnership's pages sit under its folder ("partnerships/west-sussex/"), or at the
// top of a one-partnership site ("").
std::string partnership_folder_url(const Partnership& partnership);
std::string about_url(const Partnership& partnership);
std::string priorities_url(const Partnership& partnership);
std::string priority_url(const Partnership& partnership, const Priority& priority);
std::string metrics_url(const Partnership& partnership);
std::string metric_url(const Partnership& partnership, std::string_view metric_id);
std::string partnership_documents_url(const Partnership& partnership);
// "partnerships/west-sussex/open-data/": where its metrics.csv and metrics.json go.
std::string open_data_folder(const Partnership& partnership);
// The open data's file names, in a partnership's open-data folder and the site's.
inline constexpr const char* kMetricsCsv = "metrics.csv";
inline constexpr const char* kMetricsJson = "metrics.json";
inline constexpr const char* kPartnershipJson = "partnership.json";  // a partnership's only
inline constexpr const char* kFundingCsv = "funding.csv";            // when it has grants
inline constexpr const char* kGovernanceJson = "governance.json";    // when it has governance data
// Whether `partnership` has a governance.json: it gives meetings or milestones.
bool has_governance_data(const Partnership& partnership);

// The non-empty parts of a URL path between slashes; views into `url`.
std::vector<std::string_view> split_url(std::string_view url);

// The relative prefix from a page's URL to the site root ("", "../", "../../").
std::string root_prefix(const std::string& from_url);
// A link from one page URL to another that works from disk and under any sub-path:
// relative, and ending in index.html ("../report/index.html", "index.html").
std::string relative_url(const std::string& from_url, const std::string& to_url);
// A page URL as a full address under the site's public base URL
// ("https://x.gov.uk/drugs/" + "documents/report/"), or "" when there is no base URL.
std::string absolute_url(const std::string& base_url, const std::string& url);

}  // namespace cdp
