#pragma once
// The first stage: walks the content folder, reads site.toml and every Markdown file,
// splits and parses front matter, finds the theme, and gathers the files that are
// copied verbatim. Hidden files and editor temp files are skipped.
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/site.h"

namespace cdp {

struct LoadOptions {
  std::filesystem::path source;  // the content folder
  bool drafts = false;           // keep pages with draft = true
  // Leave each page's body on disk until it is rendered (load_body): a build that
  // renders each page just before writing it then never holds every page's text at once.
  bool bodies_later = false;
};

// Folders at the root of a site that are not sections.
bool is_reserved_folder(const std::string& name);

// Reads one Markdown file (`relative` to the site root) into a Page, front matter
// parsed; nullptr after reporting a problem.
std::unique_ptr<Page> load_page(const Site& site, const std::filesystem::path& relative, Diagnostics& diagnostics);

// Reads again the file of a page loaded with bodies_later, for its body. False after
// reporting a problem: the file can no longer be read, or its front matter changed since
// the site was loaded.
bool load_body(const Site& site, Page& page, Diagnostics& diagnostics);

// Loads the site. Problems are reported; the result is nullopt when there were any.
std::optional<Site> load_site(const LoadOptions& options, Diagnostics& diagnostics);

// Where the theme named `name` is: the site's themes/ folder, then the installed
// themes, then the source tree's (for a build run from a checkout).
std::optional<std::filesystem::path> find_theme(const std::filesystem::path& site_root,
                                                const std::string& name);

}  // namespace cdp
