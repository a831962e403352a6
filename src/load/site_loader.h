#pragma once
// The first stage: walks the content folder, reads site.toml and every Markdown file,
// splits and parses front matter, finds the theme, and gathers the files that are
// copied verbatim. Hidden files and editor temp files are skipped.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/site.h"

namespace cdp {

// How much page text a build with bodies_later keeps from the load: most of a
// 10,000-page site's 40 MB, a fifth of a 50,000-page site's.
inline constexpr std::size_t kBodiesKept = std::size_t{32} << 20;

struct LoadOptions {
  std::filesystem::path source;  // the content folder
  bool drafts = false;           // keep pages with draft = true
  // Leave pages' bodies on disk until they are rendered (load_body): a build that
  // renders each page just before writing it then never holds every page's text at once.
  bool bodies_later = false;
  // With bodies_later, the bodies of the first pages loaded are kept, up to this many
  // bytes in all, so that the files of a usual site are read once.
  std::size_t bodies_kept = kBodiesKept;
};

// Folders at the root of a site that are not sections.
bool is_reserved_folder(const std::string& name);

// Reads one Markdown file (`relative` to the site root) into a Page, front matter
// parsed; nullptr after reporting a problem.
std::unique_ptr<Page> load_page(const Site& site, const std::filesystem::path& relative, Diagnostics& diagnostics);

// A page of `site` at `relative` whose file holds `text` (the preview's editor renders
// what is typed before it is saved); nullptr after reporting a problem.
std::unique_ptr<Page> page_from_text(const Site& site, const std::filesystem::path& relative, std::string text,
                                     Diagnostics& diagnostics);

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
