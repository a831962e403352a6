#pragma once
// Plans where every page, section list and file is published, with pretty URLs
// (`a/b.md` -> `a/b/index.html`), slug overrides, and an error when two sources would
// be published at the same place.
#include <map>
#include <string>

#include "core/diagnostic.h"
#include "model/site.h"

namespace cdp {

// Every output path of the site, to the source that produces it (for collisions and
// for resolving links to files).
struct RouteTable {
  std::map<std::string, const Page*> page_by_source;  // "documents/report.md" -> page
  std::map<std::string, std::string> owner_by_output; // output path -> display source
};

// The URL of a page from its path relative to the content root and its slug.
std::string url_for(const std::string& rel_path, const std::string& slug, bool is_section_index);

// Records that `source` publishes `output`; reports a second claim on the same path.
void claim_output(RouteTable& table, const std::string& output, const std::string& source, const SourcePos& where,
                  Diagnostics& diagnostics);

// Sets page->route and section.route for the whole site; reports collisions.
RouteTable plan_routes(Site& site, Diagnostics& diagnostics);

}  // namespace cdp
