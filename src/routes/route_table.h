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
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"
#include "model/site.h"
#include "routes/addresses.h"

namespace cdp {

// Every output path of the site, to the source that produces it (for collisions and
// for resolving links to files). Moved, never copied: its tables point into each other.
struct RouteTable {
  RouteTable() = default;
  RouteTable(RouteTable&&) = default;
  RouteTable& operator=(RouteTable&&) = default;
  RouteTable(const RouteTable&) = delete;
  RouteTable& operator=(const RouteTable&) = delete;

  std::map<std::string, const Page*> page_by_source;  // "documents/report.md" -> page
  // The tables below are only looked up, never listed: hashed, since a large site's
  // every file and folder goes into them.
  std::unordered_map<std::string, std::string> owner_by_output; // output path -> display source
  std::unordered_set<std::string> generated_outputs;  // those of them claimed by claim_generated
  std::set<std::string> draft_sources;                // drafts left out of the build
  std::unordered_map<std::string, std::filesystem::path> file_by_output;  // a copied file's output path -> the file copied
  // A folder or file of the output as first spelt ("a/", "a/b.html", a view into the
  // key of owner_by_output) and who published there (its value).
  struct Spelling {
    std::string_view spelling;
    const std::string* owner;
  };
  // Every folder and file of the output by its spelling as Windows compares names, for
  // names that differ only in letter case; and the folders and files already reported.
  std::unordered_map<std::string, Spelling> spelling_by_folded;
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

// Whether the site's own content (a page, a section's list, a static file) publishes
// the page at `url`: then cdpsite makes no page of its own there.
bool is_claimed_by_content(const RouteTable& table, const std::string& url);

}  // namespace cdp
