#pragma once
// The pipeline, used by `build`, `check` and `serve` alike: load sources, plan routes,
// render Markdown, check links, apply templates, write (aside, then swapped in). A
// SiteBuild keeps what it loaded, so that the preview can re-render one edited page
// instead of the whole site.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "build/links.h"
#include "build/routes.h"
#include "core/diagnostic.h"
#include "model/cdp.h"
#include "model/site.h"
#include "render/data_pages.h"
#include "render/open_data.h"
#include "render/search_index.h"
#include "render/templates.h"

namespace cdp {

struct BuildOptions {
  std::filesystem::path source = "content";  // the site folder
  std::filesystem::path output = "site";     // where the built site goes
  bool drafts = false;                       // include pages with draft = true
  bool write = true;                         // false for `check`: validate only
  // A build not followed by updates renders each page's body as the page is written
  // and then lets its Markdown and body go, so memory does not grow with the site
  // (at 50,000 pages they hold 450 MB). Serve keeps them to re-render pages.
  bool one_shot = false;
};

struct BuildStats {
  std::size_t pages = 0;   // HTML pages written
  std::size_t files = 0;   // all files written, pages included
  double seconds = 0;      // wall time of the whole build
};

// One HTML file to render and write.
struct PageJob {
  std::string output;               // where the HTML goes
  const Page* page = nullptr;       // a Markdown page, or
  const Section* section = nullptr; // a section's list, or
  const DataPage* data = nullptr;   // a page made from data; none of them: the 404 page
};

class SiteBuild {
 public:
  explicit SiteBuild(BuildOptions options);

  // Loads, validates and renders everything (nothing written). False after errors.
  bool prepare(Diagnostics& diagnostics);
  // Writes the prepared site into a fresh folder and swaps it in place of `output`
  // (a one-shot build renders the bodies here, and fails here on their errors).
  bool write(const std::filesystem::path& output, Diagnostics& diagnostics, BuildStats& stats);

  // What update did.
  enum class Update { kDone, kNeedsFullBuild, kFailed };
  // After the files `changed` were edited: re-renders only the pages they touch and
  // writes them (each atomically) into `output`. An edited page is re-rendered alone
  // when nothing other pages show of it changed (title, date, summary, order, address,
  // heading ids); a data file reloads the data and re-renders the pages whose
  // shortcodes show data; a template rewrites the pages whose layout includes it.
  // Anything else (site.toml, new or deleted pages, static files) asks for a full build.
  Update update(const std::set<std::filesystem::path>& changed, const std::filesystem::path& output,
                Diagnostics& diagnostics);

  // The folders whose changes matter: the site and its theme.
  std::vector<std::filesystem::path> source_folders() const;

 private:
  BuildOptions options_;                  // as given
  std::optional<Site> site_;              // the loaded site
  std::optional<CdpData> data_;           // its partnerships and metrics
  RouteTable routes_;                     // where everything is published
  std::optional<TemplateSet> templates_;  // the theme and the site's templates
  RouteTable content_routes_;             // what the content itself publishes
  std::vector<DataPage> data_pages_;      // pages made from the partnerships' data, and site-wide ones
  std::vector<const Page*> documents_;    // the site's documents, newest first
  std::vector<SearchEntry> search_entries_;  // every searchable page's entry
  std::size_t indexed_characters_ = 0;       // how much of each page's text they hold

  // Whether bodies are rendered as their pages are written, rather than by prepare.
  bool renders_while_writing() const { return options_.one_shot && options_.write; }
  // Renders the body of every page in `pages`, on every core.
  void render_pages(const std::vector<Page*>& pages, LinkResolver& links, Diagnostics& diagnostics);
  // The data pages and the site-wide generated pages.
  std::vector<DataPage> generated_pages() const;
  // Makes the generated pages, checking their templates exist; false after errors.
  bool make_data_pages(Diagnostics& diagnostics);
  // feed.xml, sitemap.xml, robots.txt and search-index.js for the pages `jobs`.
  std::vector<GeneratedFile> site_files(const std::vector<PageJob>& jobs) const;
  // Replaces the search entry of the page at the same URL, or adds it.
  void update_search_entry(SearchEntry entry);

  Update update_page(const std::string& relative, std::vector<PageJob>& rendered, Diagnostics& diagnostics);
  // Reloads the data, makes the generated pages again (asking for a full build when
  // pages appeared or went), and re-renders the pages whose shortcodes show data.
  Update reload_data(std::vector<PageJob>& rendered, Diagnostics& diagnostics);
  // After a data change: open data, data pages and overviews.
  Update refresh_data_pages(std::vector<PageJob>& rendered, const std::filesystem::path& output,
                            Diagnostics& diagnostics);
  Update reload_templates(const std::set<std::string>& names, const std::filesystem::path& output,
                          Diagnostics& diagnostics);
  // The template name ("page", "partials/nav") of a file in a template folder.
  std::optional<std::string> template_name(const std::filesystem::path& path) const;
  // Re-renders `jobs` into the published `output`, each file atomically, and the search index.
  bool publish(const std::vector<PageJob>& jobs, const std::filesystem::path& output, Diagnostics& diagnostics);
};

// Runs the whole pipeline once. Returns false when there were errors (all reported to
// `diagnostics`); the output folder is then exactly as it was.
bool build_site(const BuildOptions& options, Diagnostics& diagnostics, BuildStats& stats);

}  // namespace cdp
