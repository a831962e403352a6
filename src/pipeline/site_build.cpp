#include "pipeline/site_build.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <thread>
#include <unordered_map>

#include "core/platform.h"
#include "core/parallel.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "pipeline/output.h"
#include "markdown/data_markdown_checks.h"
#include "routes/unpublished_names.h"
#include "render/documents.h"
#include "outputs/feed.h"
#include "outputs/open_data.h"
#include "render/partnership_pages.h"
#include "render/site_wide_pages.h"
#include "outputs/sitemap.h"

namespace cdp {

namespace {

std::vector<Page*> all_pages(Site& site) {
  std::vector<Page*> pages;
  for (const std::unique_ptr<Page>& page : site.pages) pages.push_back(page.get());
  return pages;
}

std::vector<Page*> section_indexes(Site& site) {
  std::vector<Page*> indexes;
  for (const std::unique_ptr<Page>& page : site.pages) {
    if (page->is_section_index) indexes.push_back(page.get());
  }
  return indexes;
}

// The site's own page of each Markdown page job (nullptr for the other jobs), which
// rendering may change.
std::vector<Page*> pages_of(Site& site, const std::vector<PageJob>& jobs) {
  std::unordered_map<const Page*, Page*> writable;
  for (const std::unique_ptr<Page>& page : site.pages) writable.emplace(page.get(), page.get());
  std::vector<Page*> pages;
  for (const PageJob& job : jobs) pages.push_back(page_of(job) ? writable.at(page_of(job)) : nullptr);
  return pages;
}

// A page whose body is written: what it held to make it is no longer needed.
void let_go_of_markdown(Page& page) {
  page.source = std::make_shared<const SourceFile>(page.source->path(), std::string());
  std::string().swap(page.rendered.html);  // assigning "" would keep the capacity
}

// Who needs a generated page's template, for the message when a theme lacks it.
std::string generated_page_purpose(const std::string& template_name) {
  return template_name.starts_with("data/") ? "partnership pages" : "the pages cdpsite makes for every site";
}

// The open data, feed, sitemap and search index: files the site cannot also publish.
std::vector<GeneratedOutput> generated_files(const CdpData& data) {
  std::vector<GeneratedOutput> outputs;
  for (const std::string& path : open_data_paths(data)) outputs.push_back({path, "the open data of the site"});
  for (const char* path : {kFeedPath, kSitemapPath, kSearchIndexPath}) {
    outputs.push_back({path, "the generated " + std::string(path)});
  }
  return outputs;
}

std::vector<GeneratedOutput> generated_page_outputs(const std::vector<GeneratedPage>& pages) {
  std::vector<GeneratedOutput> outputs;
  for (const GeneratedPage& page : pages) {
    outputs.push_back({page.route.output, page.section.empty() ? "a page cdpsite makes for every site"
                                                               : "a page made from the data of " + page.section});
  }
  return outputs;
}

// feed.xml, sitemap.xml, robots.txt and search-index.js for the pages `jobs`.
std::vector<GeneratedFile> site_files(const LoadedSite& loaded, const std::vector<PageJob>& jobs) {
  const std::string& base = loaded.site->config.base_url.value;
  std::vector<GeneratedFile> files;
  std::vector<SitemapEntry> sitemap;
  for (const PageJob& job : jobs) {
    if (is_listed(job)) sitemap.push_back({url_of(job), date_of(job)});
  }
  if (std::optional<GeneratedFile> file = sitemap_file(base, std::move(sitemap))) files.push_back(std::move(*file));
  if (std::optional<GeneratedFile> feed = atom_feed(*loaded.site, loaded.documents, *loaded.data)) {
    files.push_back(std::move(*feed));
  }
  // A site's own robots.txt (in static/) wins.
  if (!loaded.routes.owner_by_output.count(kRobotsPath)) files.push_back(robots_file(base));
  files.push_back(search_index_file(loaded.search_entries));
  return files;
}

// The order in which `jobs` are rendered: the pages cdpsite makes (section lists, the
// partnerships' pages, the comparison of every partnership) before the Markdown pages.
// They are few and some are long: the longest, made last, would keep one core busy
// while the others wait. What is written does not depend on the order.
std::vector<std::size_t> made_pages_first(const std::vector<PageJob>& jobs) {
  std::vector<std::size_t> order(jobs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_partition(order.begin(), order.end(), [&jobs](std::size_t i) { return !page_of(jobs[i]); });
  return order;
}

}  // namespace

MarkdownOptions LoadedSite::markdown_options() const {
  return {site->config.raw_html.value, site->config.smart_punctuation.value, &site->config.checks, placeholders};
}

std::vector<GeneratedPage> make_generated_pages(const LoadedSite& loaded) {
  std::vector<GeneratedPage> pages = partnership_pages(*loaded.data, build_date());
  std::vector<GeneratedPage> site_wide =
      site_wide_pages(*loaded.site, *loaded.data, loaded.documents, loaded.routes, build_date());
  pages.insert(pages.end(), std::make_move_iterator(site_wide.begin()), std::make_move_iterator(site_wide.end()));
  return pages;
}

std::vector<PageJob> jobs_for_pages(const LoadedSite& loaded, const std::vector<const Page*>& pages) {
  std::unordered_map<const Page*, const Document*> documents;
  for (const Document& document : loaded.documents) documents.emplace(document.page, &document);
  std::vector<PageJob> jobs;
  for (const Page* page : pages) {
    auto document = documents.find(page);
    if (page->is_section_index) {
      jobs.push_back(job_for(loaded.site->sections.at(page->section)));
    } else {
      jobs.push_back(document == documents.end() ? job_for(*page) : job_for(*document->second));
    }
  }
  return jobs;
}

std::vector<PageJob> page_jobs(const LoadedSite& loaded) {
  std::vector<const Page*> pages;
  for (const auto& page : loaded.site->pages) {
    if (!page->is_section_index) pages.push_back(page.get());
  }
  std::vector<PageJob> jobs = jobs_for_pages(loaded, pages);
  for (const auto& [path, section] : loaded.site->sections) jobs.push_back(job_for(section));
  for (const GeneratedPage& page : loaded.generated_pages) jobs.push_back(job_for(page));
  jobs.push_back(not_found_job());
  return jobs;
}

void render_bodies(const LoadedSite& loaded, const std::vector<Page*>& pages, LinkResolver& links,
                   Diagnostics& diagnostics) {
  MarkdownOptions options = loaded.markdown_options();
  parallel_for(pages.size(), [&](std::size_t i) {
    if (!load_body(*loaded.site, *pages[i], diagnostics)) return;
    render_body(*pages[i], *loaded.data, *loaded.templates, options, links.for_page(*pages[i]), diagnostics);
  });
}

SiteBuild::SiteBuild(BuildOptions options) : options_(std::move(options)) {}

bool SiteBuild::load(Diagnostics& diagnostics) {
  loaded_.placeholders = options_.preview ? Severity::kWarning : Severity::kError;
  loaded_.site = load_site({options_.source, options_.drafts, renders_while_writing()}, diagnostics);
  if (!loaded_.site) return false;
  check_unpublished_names(*loaded_.site, diagnostics);
  loaded_.data = load_cdp_data(*loaded_.site, diagnostics);
  loaded_.routes = plan_routes(*loaded_.site, diagnostics);
  loaded_.templates = TemplateSet::load(loaded_.site->template_dirs, std::filesystem::current_path(), diagnostics);
  if (!loaded_.data || !loaded_.templates) return false;
  check_data_markdown(*loaded_.data, loaded_.markdown_options(), diagnostics);
  loaded_.documents = site_documents(*loaded_.site);
  return true;
}

bool SiteBuild::place_generated_pages(Diagnostics& diagnostics) {
  loaded_.generated_pages = make_generated_pages(loaded_);
  std::set<std::string> needed;
  for (const GeneratedPage& page : loaded_.generated_pages) needed.insert(page.template_name);
  for (const std::string& name : needed) {
    if (loaded_.templates->has(name)) continue;
    diagnostics.add(error_in(u8_generic(loaded_.site->template_dirs.front()),
                             "the theme has no " + name + ".mustache template, which " + generated_page_purpose(name) +
                                 " need",
                             "copy it from the default theme"));
  }
  claim_generated(loaded_.routes, *loaded_.site, generated_files(*loaded_.data), diagnostics);
  claim_generated(loaded_.routes, *loaded_.site, generated_page_outputs(loaded_.generated_pages), diagnostics);
  return !diagnostics.has_errors();
}

bool SiteBuild::prepare(Diagnostics& diagnostics) {
  if (!load(diagnostics) || !place_generated_pages(diagnostics)) return false;
  if (renders_while_writing()) return true;
  LinkResolver links(loaded_.routes, diagnostics);
  render_bodies(loaded_, all_pages(*loaded_.site), links, diagnostics);
  links.check_anchors();
  return !diagnostics.has_errors();
}

namespace {

// The one-shot memory mode (BuildOptions::one_shot): bodies are rendered as their pages
// are written, then let go. The section lists show their pages' bodies, so those are
// rendered first, here.
struct BodiesLeftToRender {
  BodiesLeftToRender(LoadedSite& loaded, const std::vector<PageJob>& jobs, Diagnostics& diagnostics)
      : links(loaded.routes, diagnostics), options(loaded.markdown_options()) {
    render_bodies(loaded, section_indexes(*loaded.site), links, diagnostics);
    pages = pages_of(*loaded.site, jobs);
  }
  LinkResolver links;        // checks the links of the bodies rendered late
  MarkdownOptions options;   // how they are rendered
  std::vector<Page*> pages;  // for each page job, its page when its body is still to render
};

// Renders every page of `jobs` and writes it, on every core, the pages cdpsite makes
// first; returns the search entries of the searchable ones.
std::vector<SearchEntry> write_pages(const RenderInputs& in, const std::vector<PageJob>& jobs,
                                     BodiesLeftToRender* late, std::size_t indexed_characters,
                                     StagedOutput& staged, Diagnostics& diagnostics) {
  std::vector<SearchEntry> entries(jobs.size());
  std::vector<std::size_t> order = made_pages_first(jobs);
  parallel_for(jobs.size(), [&](std::size_t k) {
    std::size_t i = order[k];
    Page* body_to_render = late ? late->pages[i] : nullptr;
    if (body_to_render) {
      if (!load_body(in.site, *body_to_render, diagnostics)) return;
      render_body(*body_to_render, in.data, in.templates, late->options, late->links.for_page(*body_to_render),
                  diagnostics);
    }
    std::string html = render_html(in, jobs[i], diagnostics);
    if (is_searchable(jobs[i])) entries[i] = search_entry(in, jobs[i], html, indexed_characters);
    staged.write(jobs[i].output, html, diagnostics);
    if (body_to_render) let_go_of_markdown(*body_to_render);
  });
  // The jobs that are not searched (the 404 and search pages) left their entry empty.
  std::erase_if(entries, [](const SearchEntry& entry) { return entry.title.empty(); });
  return entries;
}

void write_open_data(const CdpData& data, StagedOutput& staged, Diagnostics& diagnostics) {
  make_open_data(data, [&](const std::string& path, std::string_view content) {
    staged.write(path, content, diagnostics);
    return true;
  });
}

void write_static_files(const Site& site, StagedOutput& staged, Diagnostics& diagnostics) {
  for (const StaticFile& file : site.static_files) staged.copy(file.from, file.to, diagnostics);
}

}  // namespace

bool SiteBuild::write(const std::filesystem::path& output, Diagnostics& diagnostics, BuildStats& stats) {
  StagedOutput staged;
  if (!staged.begin(output, diagnostics)) return false;
  std::vector<PageJob> jobs = page_jobs(loaded_);
  SharedPageValues shared(*loaded_.site);
  RenderInputs in = loaded_.render_inputs(shared);
  loaded_.indexed_characters = indexed_characters(jobs.size());
  std::optional<BodiesLeftToRender> late;
  if (renders_while_writing()) late.emplace(loaded_, jobs, diagnostics);
  // The open data is made beside the pages, not after them: on a site of many
  // partnerships its last steps, the files of the whole site, run on one core.
  std::thread open_data([&] { write_open_data(*loaded_.data, staged, diagnostics); });
  loaded_.search_entries =
      write_pages(in, jobs, late ? &*late : nullptr, loaded_.indexed_characters, staged, diagnostics);
  open_data.join();
  if (late) late->links.check_anchors();
  write_static_files(*loaded_.site, staged, diagnostics);
  for (const GeneratedFile& file : site_files(loaded_, jobs)) staged.write(file.path, file.content, diagnostics);
  stats.pages = jobs.size();
  stats.files = staged.files_written();
  return !diagnostics.has_errors() && staged.commit(diagnostics);
}

std::vector<std::filesystem::path> SiteBuild::source_folders() const {
  std::vector<std::filesystem::path> folders = {options_.source};
  if (loaded_.site && !loaded_.site->template_dirs.empty()) {
    folders.push_back(loaded_.site->template_dirs.front().parent_path());
  }
  return folders;
}

namespace {

// The build the process ends with (BuildOptions::process_ends_after), still pointed at so
// that leak checkers, which report what nothing points at, stay quiet; volatile, so that
// the compiler keeps a pointer nothing reads.
SiteBuild* volatile site_left_for_exit = nullptr;

}  // namespace

bool build_site(const BuildOptions& options, Diagnostics& diagnostics, BuildStats& stats) {
  auto started = std::chrono::steady_clock::now();
  BuildOptions one_shot = options;
  one_shot.one_shot = true;
  auto build = std::make_unique<SiteBuild>(one_shot);
  bool built = build->prepare(diagnostics) && (!options.write || build->write(options.output, diagnostics, stats));
  if (built) stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.process_ends_after) site_left_for_exit = build.release();
  return built;
}

}  // namespace cdp
