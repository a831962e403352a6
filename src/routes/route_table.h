#pragma once
// Plans where every page, section list and file is published, with pretty URLs
// (`a/b.md` -> `a/b/index.html`) and slug overrides, and claims every output path for
// the one source that produces it: pages, section lists, static files, and what the
// pipeline hands over to place (generated pages, open data, feed, sitemap, search
// index). A second claim on the same path is an error, and so is a name a Windows web
// server cannot hold (routes/windows_names), since a site built on Linux is often
// published to one.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"
#include "model/site.h"
#include "routes/addresses.h"

namespace cdp {

// Every output path of the site, to the source that produces it (for collisions and
// for resolving links to files).
struct RouteTable {
  std::map<std::string, const Page*> page_by_source;  // "documents/report.md" -> page
  // The tables below are only looked up, never listed: hashed, since a large site's
  // every file and folder goes into them.
  std::unordered_map<std::string, std::string> owner_by_output; // output path -> display source
  std::set<std::string> draft_sources;                // drafts left out of the build
  std::unordered_map<std::string, std::filesystem::path> file_by_output;  // a copied file's output path -> the file copied
  // Every folder and file of the output ("a/", "a/b.html") by its spelling as Windows
  // compares names, to its first spelling and who published there, for names that
  // differ only in letter case; and the folders and files already reported.
  std::unordered_map<std::string, std::pair<std::string, std::string>> spelling_by_folded;
  std::unordered_set<std::string> reported_names;
};

// Something the pipeline makes that needs an output path of its own.
struct GeneratedOutput {
  std::string output;  // "open-data/metrics.csv", "partnerships/x/about/index.html"
  std::string source;  // what makes it, for the message on a collision
};

// Sets page->route and section.route for the whole site and claims them, the static
// files and the 404 page; reports collisions.
RouteTable plan_routes(Site& site, Diagnostics& diagnostics);

// Claims each of `outputs` (which `site` does not publish itself); reports collisions
// at the site folder.
void claim_generated(RouteTable& table, const Site& site, const std::vector<GeneratedOutput>& outputs,
                     Diagnostics& diagnostics);

// Whether some source already publishes the page at `url`.
bool is_claimed(const RouteTable& table, const std::string& url);

}  // namespace cdp
