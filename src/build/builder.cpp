#include "build/builder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <unordered_map>

#include "build/links.h"
#include "build/output.h"
#include "build/routes.h"
#include "core/fs.h"
#include "core/parallel.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "render/documents.h"
#include "render/feed.h"
#include "render/markdown.h"
#include "render/open_data.h"
#include "render/page_context.h"
#include "render/search_index.h"
#include "render/shortcodes.h"
#include "render/site_pages.h"
#include "render/sitemap.h"
#include "render/templates.h"

namespace cdp {

namespace {

MarkdownOptions markdown_options(const SiteConfig& config) {
  return {config.raw_html.value, config.smart_punctuation.value};
}

// Shortcodes become tokens, the Markdown is rendered, then the tokens become their HTML.
void render_page(Page& page, const CdpData& data, const TemplateSet& templates, const MarkdownOptions& options,
                 LinkResolver& links, Diagnostics& diagnostics) {
  std::string_view body = std::string_view(page.source->text()).substr(page.body_offset);
  std::optional<Date> as_of;
  if (page.meta.document.as_of.present()) as_of = page.meta.document.as_of.value;
  ShortcodeContext context{&data, partnership_owning(page.section, data), as_of, build_date(), &templates, page.source.get(),
                           page.body_offset};
  ExpandedBody expanded = expand_shortcodes(body, context, diagnostics);
  page.rendered = render_markdown(expanded.markdown, {page.source.get(), page.body_first_line}, options,
                                  links.for_page(page));
  page.rendered.html = substitute_shortcodes(std::move(page.rendered.html), expanded.outputs);
  page.uses_data = !expanded.outputs.empty();
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
  for (const PageJob& job : jobs) pages.push_back(job.page ? writable.at(job.page) : nullptr);
  return pages;
}

// A page whose body is written: what it held to make it is no longer needed.
void let_go_of_markdown(Page& page) {
  page.source = std::make_shared<const SourceFile>(page.source->path(), std::string());
  std::string().swap(page.rendered.html);  // assigning "" would keep the capacity
}

// Applies the page's own template, then the base layout around it.
std::string apply_layout(const TemplateSet& templates, const std::string& name, mstch::map context) {
  return templates.render_in_layout(name, std::move(context));
}

std::vector<PageJob> page_jobs(const Site& site, const std::vector<DataPage>& data_pages) {
  std::vector<PageJob> jobs;
  for (const auto& page : site.pages) {
    if (!page->is_section_index) jobs.push_back({page->route.output, page.get(), nullptr, nullptr});
  }
  for (const auto& [path, section] : site.sections) jobs.push_back({section.route.output, nullptr, &section, nullptr});
  for (const DataPage& page : data_pages) jobs.push_back({page.route.output, nullptr, nullptr, &page});
  jobs.push_back({"404.html", nullptr, nullptr, nullptr});
  return jobs;
}

// What rendering a page needs besides the page itself.
struct RenderInputs {
  const Site& site;
  const CdpData& data;
  const TemplateSet& templates;
  const std::vector<const Page*>& documents;  // site_documents(site)
};

// A section page that is a partnership's folder shows the partnership's overview; the
// home page shows the partnerships (or the only one).
mstch::map section_page_context(const RenderInputs& in, const Section& section) {
  mstch::map context = section_context(in.site, section);
  if (section.path.empty()) context["home"] = home_values(in.data, in.documents, build_date());
  for (const Partnership& partnership : in.data.partnerships) {
    if (partnership.folder != section.path || section.path.empty()) continue;
    bool has_documents = !documents_in(in.documents, partnership.folder).empty();
    context["partnership"] = partnership_overview(partnership, in.data, has_documents, build_date(), section.route.url);
  }
  return context;
}

mstch::map document_page_context(const RenderInputs& in, const Page& page) {
  mstch::map context = page_context(in.site, page);
  if (is_document(page)) context["document"] = document_values(page, in.documents);
  return context;
}

std::string render_section(const RenderInputs& in, const Section& section) {
  return apply_layout(in.templates, section.path.empty() ? "home" : "section", section_page_context(in, section));
}

std::string render_job(const RenderInputs& in, const PageJob& job) {
  if (job.page) return apply_layout(in.templates, "page", document_page_context(in, *job.page));
  if (job.data) return apply_layout(in.templates, job.data->template_name, data_page_context(in.site, *job.data));
  if (job.section) return render_section(in, *job.section);
  return apply_layout(in.templates, "404", not_found_context(in.site));
}

// Who needs a generated page's template, for the message when a theme lacks it.
std::string generated_page_purpose(const std::string& template_name) {
  return template_name.starts_with("data/") ? "partnership pages" : "the pages cdpsite makes for every site";
}

// What search results say a page is.
std::string search_kind(const PageJob& job) {
  if (job.page) return is_document(*job.page) ? document_kind_name(job.page->meta.document.kind.value) : "Page";
  if (job.section) return job.section->path.empty() ? "Home" : "Section";
  static const std::map<std::string, std::string> kinds = {
      {"data/about", "About"},      {"data/priorities", "Priorities"}, {"data/priority", "Priority"},
      {"data/metrics", "Metrics"},  {"data/metric", "Metric"},         {"documents", "Documents"},
      {"compare", "Comparison"},    {"accessibility", "Page"}};
  auto kind = kinds.find(job.data->template_name);
  return kind == kinds.end() ? "Page" : kind->second;
}

std::string job_title(const Site& site, const PageJob& job) {
  if (job.page) return job.page->meta.title.value;
  if (job.data) return job.data->title;
  const Page* index = job.section->index;
  return index ? index->meta.title.value : (job.section->path.empty() ? site.config.title.value
                                                                       : title_from_name(job.section->path));
}

// The page's URL from the site root: its output path without "index.html".
std::string job_url(const PageJob& job) {
  return job.output.substr(0, job.output.size() - std::string_view("index.html").size());
}

std::string job_section(const PageJob& job) {
  if (job.page) return job.page->section;
  if (job.data) return job.data->section;
  return job.section->path;
}

// The search page and the 404 page are not worth finding.
bool is_searchable(const PageJob& job) {
  return (job.page || job.section || job.data) && !(job.data && job.data->template_name == "search");
}

SearchEntry search_entry(const RenderInputs& in, const PageJob& job, const std::string& html, std::size_t characters) {
  const Partnership* partnership = partnership_owning(job_section(job), in.data);
  return {job_url(job), job_title(in.site, job), search_kind(job), partnership ? partnership->name.value : "",
          main_text(html, characters)};
}

std::optional<Date> job_date(const PageJob& job) {
  const Page* page = job.page ? job.page : (job.section ? job.section->index : nullptr);
  if (page && page->meta.date.present()) return page->meta.date.value;
  return std::nullopt;
}

// Writes one page's HTML into an already published folder: to a temporary name, then
// renamed over the old file, so a reader never sees half a page.
bool replace_published_file(const std::filesystem::path& output, const std::string& relative,
                            const std::string& content, Diagnostics& diagnostics) {
  std::filesystem::path target = output / relative;
  std::filesystem::path temporary = target;
  temporary += ".cdpsite-new";
  std::string reason;
  std::error_code ec;
  if (!write_file(temporary, content, &reason)) {
    diagnostics.add(error_in(relative, "cannot write the preview of this page: " + reason, "check the disk"));
    return false;
  }
  std::filesystem::rename(temporary, target, ec);
  return !ec;
}

PageJob job_for(const Site& site, const Page& page) {
  if (page.is_section_index) return {page.route.output, nullptr, &site.sections.at(page.section), nullptr};
  return {page.route.output, &page, nullptr, nullptr};
}

// Whether what lists, feeds and series show of a page is unchanged.
bool same_listing_values(const FrontMatter& a, const FrontMatter& b) {
  const DocumentMeta& x = a.document;
  const DocumentMeta& y = b.document;
  return a.title.value == b.title.value && a.date.value == b.date.value && a.summary.value == b.summary.value &&
         a.weight.value == b.weight.value && a.draft.value == b.draft.value && a.slug.value == b.slug.value &&
         x.series.value == y.series.value && x.kind.present() == y.kind.present() && x.kind.value == y.kind.value &&
         x.period.present() == y.period.present() && (!x.period.present() || x.period.value == y.period.value) &&
         x.authors.value == y.authors.value;
}

bool same_heading_ids(const std::vector<Heading>& a, const std::vector<Heading>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Heading& x, const Heading& y) { return x.id == y.id; });
}

}  // namespace

SiteBuild::SiteBuild(BuildOptions options) : options_(std::move(options)) {}

bool SiteBuild::prepare(Diagnostics& diagnostics) {
  site_ = load_site({options_.source, options_.drafts}, diagnostics);
  if (!site_) return false;
  data_ = load_cdp_data(*site_, diagnostics);
  routes_ = plan_routes(*site_, diagnostics);
  content_routes_ = routes_;
  templates_ = TemplateSet::load(site_->template_dirs, std::filesystem::current_path(), diagnostics);
  if (!data_ || !templates_) return false;
  documents_ = site_documents(*site_);
  for (const std::string& path : open_data_paths(*data_)) {
    claim_output(routes_, path, "the open data of the site", {site_->display_root, 0, 0}, diagnostics);
  }
  for (const char* path : {kFeedPath, kSitemapPath, kSearchIndexPath}) {
    claim_output(routes_, path, "the generated " + std::string(path), {site_->display_root, 0, 0}, diagnostics);
  }
  if (!make_data_pages(diagnostics)) return false;
  if (renders_while_writing()) return true;
  LinkResolver links(routes_, diagnostics);
  std::vector<Page*> pages;
  for (const std::unique_ptr<Page>& page : site_->pages) pages.push_back(page.get());
  render_pages(pages, links, diagnostics);
  links.check_anchors();
  return !diagnostics.has_errors();
}

void SiteBuild::render_pages(const std::vector<Page*>& pages, LinkResolver& links, Diagnostics& diagnostics) {
  MarkdownOptions options = markdown_options(site_->config);
  parallel_for(pages.size(), [&](std::size_t i) {
    render_page(*pages[i], *data_, *templates_, options, links, diagnostics);
  });
}

bool SiteBuild::write(const std::filesystem::path& output, Diagnostics& diagnostics, BuildStats& stats) {
  StagedOutput staged;
  if (!staged.begin(output, diagnostics)) return false;
  std::vector<PageJob> jobs = page_jobs(*site_, data_pages_);
  RenderInputs in{*site_, *data_, *templates_, documents_};
  indexed_characters_ = indexed_characters(jobs.size());
  std::vector<SearchEntry> entries(jobs.size());
  std::optional<LinkResolver> links;
  std::vector<Page*> unrendered(jobs.size());  // for each page job, its page when its body is still to render
  MarkdownOptions options = markdown_options(site_->config);
  if (renders_while_writing()) {
    links.emplace(routes_, diagnostics);
    render_pages(section_indexes(*site_), *links, diagnostics);  // the section pages show them
    unrendered = pages_of(*site_, jobs);
  }
  parallel_for(jobs.size(), [&](std::size_t i) {
    if (unrendered[i]) render_page(*unrendered[i], *data_, *templates_, options, *links, diagnostics);
    std::string html = render_job(in, jobs[i]);
    if (is_searchable(jobs[i])) entries[i] = search_entry(in, jobs[i], html, indexed_characters_);
    staged.write(jobs[i].output, html, diagnostics);
    if (unrendered[i]) let_go_of_markdown(*unrendered[i]);
  });
  if (links) links->check_anchors();
  // The jobs that are not searched (the 404 and search pages) left their entry empty.
  std::erase_if(entries, [](const SearchEntry& entry) { return entry.title.empty(); });
  search_entries_ = std::move(entries);
  for (const StaticFile& file : site_->static_files) staged.copy(file.from, file.to, diagnostics);
  for (const GeneratedFile& file : open_data_files(*data_)) staged.write(file.path, file.content, diagnostics);
  for (const GeneratedFile& file : site_files(jobs)) staged.write(file.path, file.content, diagnostics);
  stats.pages = jobs.size();
  stats.files = staged.files_written();
  return !diagnostics.has_errors() && staged.commit(diagnostics);
}

SiteBuild::Update SiteBuild::update_page(const std::string& relative, std::vector<PageJob>& rendered,
                                         Diagnostics& diagnostics) {
  auto existing = std::find_if(site_->pages.begin(), site_->pages.end(),
                               [&](const std::unique_ptr<Page>& page) { return page->rel_path == relative; });
  if (existing == site_->pages.end() || (*existing)->is_section_index) return Update::kNeedsFullBuild;
  std::unique_ptr<Page> page = load_page(*site_, relative, diagnostics);
  if (!page) return Update::kFailed;
  if (!same_listing_values(page->meta, (*existing)->meta)) return Update::kNeedsFullBuild;
  page->route = (*existing)->route;
  LinkResolver links(routes_, diagnostics);
  render_page(*page, *data_, *templates_, markdown_options(site_->config), links, diagnostics);
  links.check_anchors();
  if (diagnostics.has_errors()) return Update::kFailed;
  if (!same_heading_ids(page->rendered.headings, (*existing)->rendered.headings)) return Update::kNeedsFullBuild;
  **existing = std::move(*page);  // in place: sections, routes and documents point at this page
  rendered.push_back(job_for(*site_, **existing));
  return Update::kDone;
}

SiteBuild::Update SiteBuild::reload_data(std::vector<PageJob>& rendered, Diagnostics& diagnostics) {
  std::optional<CdpData> data = load_cdp_data(*site_, diagnostics);
  if (!data) return Update::kFailed;
  data_ = std::move(data);
  // The generated pages refer to the data just replaced: make them again.
  std::vector<DataPage> pages = generated_pages();
  bool same_addresses = std::equal(pages.begin(), pages.end(), data_pages_.begin(), data_pages_.end(),
                                   [](const DataPage& a, const DataPage& b) { return a.route.url == b.route.url; });
  data_pages_ = std::move(pages);
  if (!same_addresses) return Update::kNeedsFullBuild;  // pages appeared or went
  LinkResolver links(routes_, diagnostics);
  for (const std::unique_ptr<Page>& page : site_->pages) {
    if (!page->uses_data) continue;
    render_page(*page, *data_, *templates_, markdown_options(site_->config), links, diagnostics);
    rendered.push_back(job_for(*site_, *page));
  }
  links.check_anchors();
  return diagnostics.has_errors() ? Update::kFailed : Update::kDone;
}

SiteBuild::Update SiteBuild::refresh_data_pages(std::vector<PageJob>& rendered, const std::filesystem::path& output,
                                                Diagnostics& diagnostics) {
  for (const GeneratedFile& file : open_data_files(*data_)) {
    if (!routes_.owner_by_output.count(file.path)) return Update::kNeedsFullBuild;  // a new partnership
    if (!replace_published_file(output, file.path, file.content, diagnostics)) return Update::kFailed;
  }
  for (const DataPage& page : data_pages_) rendered.push_back({page.route.output, nullptr, nullptr, &page});
  // Overviews on the home page and the partnerships' own pages show headline figures.
  for (const auto& [path, section] : site_->sections) rendered.push_back({section.route.output, nullptr, &section, nullptr});
  return Update::kDone;
}

bool SiteBuild::publish(const std::vector<PageJob>& jobs, const std::filesystem::path& output,
                        Diagnostics& diagnostics) {
  RenderInputs in{*site_, *data_, *templates_, documents_};
  std::atomic<bool> ok = true;
  std::mutex entries_mutex;
  parallel_for(jobs.size(), [&](std::size_t i) {
    std::string html = render_job(in, jobs[i]);
    if (is_searchable(jobs[i])) {
      SearchEntry entry = search_entry(in, jobs[i], html, indexed_characters_);
      std::lock_guard lock(entries_mutex);
      update_search_entry(std::move(entry));
    }
    if (!replace_published_file(output, jobs[i].output, html, diagnostics)) ok = false;
  });
  if (!ok || jobs.empty()) return ok;
  GeneratedFile index = search_index_file(search_entries_);
  return replace_published_file(output, index.path, index.content, diagnostics);
}

void SiteBuild::update_search_entry(SearchEntry entry) {
  auto same_url = std::find_if(search_entries_.begin(), search_entries_.end(),
                               [&](const SearchEntry& existing) { return existing.url == entry.url; });
  if (same_url == search_entries_.end()) {
    search_entries_.push_back(std::move(entry));
  } else {
    *same_url = std::move(entry);
  }
}

std::vector<GeneratedFile> SiteBuild::site_files(const std::vector<PageJob>& jobs) const {
  const std::string& base = site_->config.base_url.value;
  std::vector<GeneratedFile> files;
  std::vector<SitemapEntry> sitemap;
  for (const PageJob& job : jobs) {
    if (job.page || job.section || job.data) sitemap.push_back({job_url(job), job_date(job)});
  }
  if (std::optional<GeneratedFile> file = sitemap_file(base, std::move(sitemap))) files.push_back(std::move(*file));
  if (std::optional<GeneratedFile> feed = atom_feed(*site_, documents_, *data_)) files.push_back(std::move(*feed));
  // A site's own robots.txt (in static/) wins.
  if (!routes_.owner_by_output.count(kRobotsPath)) files.push_back(robots_file(base));
  files.push_back(search_index_file(search_entries_));
  return files;
}

// The templates a page job is laid out with: its own and the base layout.
std::string own_template(const PageJob& job) {
  if (job.page) return "page";
  if (job.data) return job.data->template_name;
  if (job.section) return job.section->path.empty() ? "home" : "section";
  return "404";
}

SiteBuild::Update SiteBuild::reload_templates(const std::set<std::string>& names, const std::filesystem::path& output,
                                              Diagnostics& diagnostics) {
  // A changed template may have become a link out of the site folder.
  if (report_folder_links(*site_, diagnostics) > 0) return Update::kFailed;
  std::optional<TemplateSet> templates =
      TemplateSet::load(site_->template_dirs, std::filesystem::current_path(), diagnostics);
  if (!templates) return Update::kFailed;
  templates_ = std::move(templates);
  auto uses_changed = [&](const std::string& name) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& changed) {
      return templates_->uses(name, changed) || templates_->uses("base", changed);
    });
  };
  bool shortcode_changed = std::any_of(names.begin(), names.end(),
                                       [](const std::string& name) { return name.starts_with("shortcodes/"); });
  if (shortcode_changed) {
    std::vector<PageJob> unused;
    if (reload_data(unused, diagnostics) != Update::kDone) return Update::kFailed;
  }
  std::vector<PageJob> affected;
  for (const PageJob& job : page_jobs(*site_, data_pages_)) {
    bool shows_shortcodes = shortcode_changed && job.page && job.page->uses_data;
    if (shows_shortcodes || uses_changed(own_template(job))) affected.push_back(job);
  }
  return publish(affected, output, diagnostics) ? Update::kDone : Update::kFailed;
}

SiteBuild::Update SiteBuild::update(const std::set<std::filesystem::path>& changed,
                                    const std::filesystem::path& output, Diagnostics& diagnostics) {
  if (!site_) return Update::kNeedsFullBuild;
  std::vector<std::string> pages;
  std::set<std::string> templates;
  bool data_changed = false;
  for (const std::filesystem::path& path : changed) {
    if (std::optional<std::string> name = template_name(path)) {
      templates.insert(*name);
      continue;
    }
    std::error_code ec;
    std::string relative = std::filesystem::relative(path, site_->root, ec).generic_string();
    if (ec || relative.starts_with("..")) return Update::kNeedsFullBuild;
    if (path.extension() == ".md") {
      pages.push_back(relative);
    } else if (path.extension() == ".toml" && relative != "site.toml") {
      data_changed = true;
    } else {
      return Update::kNeedsFullBuild;
    }
  }
  std::vector<PageJob> rendered;
  for (const std::string& relative : pages) {
    Update result = update_page(relative, rendered, diagnostics);
    if (result != Update::kDone) return result;
  }
  if (data_changed) {
    Update result = reload_data(rendered, diagnostics);
    if (result == Update::kDone) result = refresh_data_pages(rendered, output, diagnostics);
    if (result != Update::kDone) return result;
  }
  if (!publish(rendered, output, diagnostics)) return Update::kFailed;
  return templates.empty() ? Update::kDone : reload_templates(templates, output, diagnostics);
}

std::optional<std::string> SiteBuild::template_name(const std::filesystem::path& path) const {
  if (path.extension() != ".mustache") return std::nullopt;
  for (const std::filesystem::path& dir : site_->template_dirs) {
    std::error_code ec;
    std::filesystem::path relative = std::filesystem::relative(path, dir, ec);
    if (!ec && !relative.empty() && !relative.generic_string().starts_with("..")) {
      return relative.replace_extension().generic_string();
    }
  }
  return std::nullopt;
}

std::vector<DataPage> SiteBuild::generated_pages() const {
  std::vector<DataPage> pages = data_pages(*data_, build_date());
  std::vector<DataPage> site_wide = site_pages(*site_, *data_, documents_, content_routes_, build_date());
  pages.insert(pages.end(), std::make_move_iterator(site_wide.begin()), std::make_move_iterator(site_wide.end()));
  return pages;
}

bool SiteBuild::make_data_pages(Diagnostics& diagnostics) {
  data_pages_ = generated_pages();
  std::set<std::string> needed;
  for (const DataPage& page : data_pages_) needed.insert(page.template_name);
  for (const std::string& name : needed) {
    if (templates_->has(name)) continue;
    diagnostics.add(error_in(site_->template_dirs.front().generic_string(),
                             "the theme has no " + name + ".mustache template, which " + generated_page_purpose(name) + " need",
                             "copy it from the default theme"));
  }
  for (const DataPage& page : data_pages_) {
    std::string source = page.section.empty() ? "a page cdpsite makes for every site"
                                              : "a page made from the data of " + page.section;
    claim_output(routes_, page.route.output, source, {site_->display_root, 0, 0}, diagnostics);
  }
  return !diagnostics.has_errors();
}

std::vector<std::filesystem::path> SiteBuild::source_folders() const {
  std::vector<std::filesystem::path> folders = {options_.source};
  if (site_ && !site_->template_dirs.empty()) folders.push_back(site_->template_dirs.front().parent_path());
  return folders;
}

bool build_site(const BuildOptions& options, Diagnostics& diagnostics, BuildStats& stats) {
  auto started = std::chrono::steady_clock::now();
  BuildOptions one_shot = options;
  one_shot.one_shot = true;
  SiteBuild build(one_shot);
  if (!build.prepare(diagnostics)) return false;
  if (options.write && !build.write(options.output, diagnostics, stats)) return false;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return true;
}

}  // namespace cdp
