#pragma once
// The pipeline, used by `build`, `check` and `serve` alike, as named stages: load the
// site and its data, place every address, render every page, write (aside, then
// swapped in). A SiteBuild keeps what it loaded, so that the preview can re-render
// only what an edit touches (pipeline/preview_update.h).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "model/cdp.h"
#include "model/site.h"
#include "pipeline/links.h"
#include "render/generated_page.h"
#include "markdown/markdown.h"
#include "render/page_job.h"
#include "render/page_renderer.h"
#include "outputs/search_index.h"
#include "render/templates.h"
#include "routes/route_table.h"

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
  // The process ends once the build is done (the build and check commands): the site's
  // objects are then left for the system to take back, not freed one by one, which took
  // about a tenth of a 10,000-page build's time, on one core, after its output was done.
  bool process_ends_after = false;
  // The preview (serve): the placeholders `cdpsite new` writes are warnings, so that a
  // new site opens there on its first run; everywhere else they are errors.
  bool preview = false;
};

struct BuildStats {
  std::size_t pages = 0;   // HTML pages written
  std::size_t files = 0;   // all files written, pages included
  double seconds = 0;      // wall time of the whole build
};

// What a build loaded and made: everything a later stage, or the preview's update,
// reads.
struct LoadedSite {
  std::optional<Site> site;                     // the loaded site
  std::optional<CdpData> data;                  // its partnerships and metrics
  std::optional<TemplateSet> templates;         // the theme and the site's templates
  RouteTable routes;                            // what the content publishes, and what cdpsite generates
  std::vector<GeneratedPage> generated_pages;   // partnership pages and site-wide pages
  std::vector<Document> documents;              // the site's documents, newest first
  std::vector<SearchEntry> search_entries;      // every searchable page's entry
  std::size_t indexed_characters = 0;           // how much of each page's text they hold

  // What rendering reads; `shared` must outlive it.
  RenderInputs render_inputs(SharedPageValues& shared) const { return {*site, *data, *templates, documents, shared}; }
  MarkdownOptions markdown_options() const;
  Severity placeholders = Severity::kError;     // how `new`'s placeholders are reported (BuildOptions::preview)
};

class SiteBuild {
 public:
  explicit SiteBuild(BuildOptions options);

  // Loads, validates, places and (unless one-shot) renders everything; nothing is
  // written. False after errors.
  bool prepare(Diagnostics& diagnostics);
  // Writes the prepared site into a fresh folder and swaps it in place of `output`
  // (a one-shot build renders the bodies here, and fails here on their errors).
  bool write(const std::filesystem::path& output, Diagnostics& diagnostics, BuildStats& stats);

  // The folders whose changes matter: the site and its theme.
  std::vector<std::filesystem::path> source_folders() const;
  // What the build loaded and made, for the preview's update.
  LoadedSite& loaded() { return loaded_; }

 private:
  BuildOptions options_;  // as given
  LoadedSite loaded_;     // what the stages made

  bool load(Diagnostics& diagnostics);
  bool place_generated_pages(Diagnostics& diagnostics);
  // Whether bodies are rendered as their pages are written, rather than by prepare.
  bool renders_while_writing() const { return options_.one_shot && options_.write; }
};

// The partnership pages and the site-wide generated pages of the loaded site.
std::vector<GeneratedPage> make_generated_pages(const LoadedSite& loaded);
// Every HTML file of the site: pages, section lists, generated pages, the 404 page.
std::vector<PageJob> page_jobs(const LoadedSite& loaded);
// The HTML file of each of `pages`: its section's list for an _index.md, its document
// page for a document, else its own page.
std::vector<PageJob> jobs_for_pages(const LoadedSite& loaded, const std::vector<const Page*>& pages);
// Renders the body of every page in `pages`, on every core, checking links with `routes`.
void render_bodies(const LoadedSite& loaded, const std::vector<Page*>& pages, LinkResolver& links,
                   Diagnostics& diagnostics);

// Runs the whole pipeline once. Returns false when there were errors (all reported to
// `diagnostics`); the output folder is then exactly as it was.
bool build_site(const BuildOptions& options, Diagnostics& diagnostics, BuildStats& stats);

}  // namespace cdp
