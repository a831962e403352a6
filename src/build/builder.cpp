#include "build/builder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>

#include "build/links.h"
#include "build/output.h"
#include "build/routes.h"
#include "core/fs.h"
#include "core/parallel.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "render/markdown.h"
#include "render/shortcodes.h"
#include "render/open_data.h"
#include "render/page_context.h"
#include "render/templates.h"

namespace cdp {

namespace {

MarkdownOptions markdown_options(const SiteConfig& config) {
  return {config.raw_html.value, config.smart_punctuation.value};
}

// The partnership whose folder holds the page (the deepest one), or nullptr.
const Partnership* partnership_of(const Page& page, const CdpData& data) {
  const Partnership* found = nullptr;
  for (const Partnership& partnership : data.partnerships) {
    const std::string& folder = partnership.folder;
    bool inside = folder.empty() || page.section == folder || page.section.starts_with(folder + "/");
    if (inside && (!found || folder.size() > found->folder.size())) found = &partnership;
  }
  return found;
}

// Shortcodes become tokens, the Markdown is rendered, then the tokens become their HTML.
void render_page(Page& page, const CdpData& data, const TemplateSet& templates, const MarkdownOptions& options,
                 LinkResolver& links, Diagnostics& diagnostics) {
  std::string_view body = std::string_view(page.source->text()).substr(page.body_offset);
  std::optional<Date> as_of;
  if (page.meta.document.as_of.present()) as_of = page.meta.document.as_of.value;
  ShortcodeContext context{&data, partnership_of(page, data), as_of, build_date(), &templates, page.source.get(),
                           page.body_offset};
  ExpandedBody expanded = expand_shortcodes(body, context, diagnostics);
  page.rendered = render_markdown(expanded.markdown, {page.source.get(), page.body_first_line}, options,
                                  links.for_page(page));
  page.rendered.html = substitute_shortcodes(std::move(page.rendered.html), expanded.outputs);
  page.uses_data = !expanded.outputs.empty();
}

void render_bodies(Site& site, const CdpData& data, const TemplateSet& templates, LinkResolver& links,
                   Diagnostics& diagnostics) {
  MarkdownOptions options = markdown_options(site.config);
  parallel_for(site.pages.size(), [&](std::size_t i) {
    render_page(*site.pages[i], data, templates, options, links, diagnostics);
  });
}

// Applies the page's own template, then the base layout around it.
std::string apply_layout(const TemplateSet& templates, const std::string& name, mstch::map context) {
  context["main"] = templates.render(name, context);
  return templates.render("base", context);
}

struct PageJob {
  std::string output;               // where the HTML goes
  const Page* page = nullptr;       // a Markdown page, or
  const Section* section = nullptr; // a section's list, or
  const DataPage* data = nullptr;   // a page made from data; none of them: the 404 page
};

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

// A section page that is a partnership's folder links to its data pages and downloads.
void add_partnership_links(mstch::map& context, const Section& section, const CdpData& data) {
  for (const Partnership& partnership : data.partnerships) {
    if (partnership.folder == section.path) context["partnership_links"] = partnership_links(partnership, section.route.url);
  }
}

std::string render_job(const Site& site, const CdpData& data, const TemplateSet& templates, const PageJob& job) {
  if (job.page) return apply_layout(templates, "page", page_context(site, *job.page));
  if (job.data) return apply_layout(templates, job.data->template_name, data_page_context(site, *job.data));
  if (job.section) {
    mstch::map context = section_context(site, *job.section);
    add_partnership_links(context, *job.section, data);
    return apply_layout(templates, job.section->path.empty() ? "home" : "section", context);
  }
  return apply_layout(templates, "404", not_found_context(site));
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

bool same_listing_values(const FrontMatter& a, const FrontMatter& b) {
  return a.title.value == b.title.value && a.date.value == b.date.value && a.summary.value == b.summary.value &&
         a.weight.value == b.weight.value && a.draft.value == b.draft.value && a.slug.value == b.slug.value &&
         a.document.series.value == b.document.series.value;
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
  templates_ = TemplateSet::load(site_->template_dirs, std::filesystem::current_path(), diagnostics);
  if (!data_ || !templates_) return false;
  for (const GeneratedFile& file : open_data_files(*data_)) {
    claim_output(routes_, file.path, "the open data of the site", {site_->display_root, 0, 0}, diagnostics);
  }
  if (!make_data_pages(diagnostics)) return false;
  LinkResolver links(routes_, diagnostics);
  render_bodies(*site_, *data_, *templates_, links, diagnostics);
  links.check_anchors();
  return !diagnostics.has_errors();
}

bool SiteBuild::write(const std::filesystem::path& output, Diagnostics& diagnostics, BuildStats& stats) {
  StagedOutput staged;
  if (!staged.begin(output, diagnostics)) return false;
  std::vector<PageJob> jobs = page_jobs(*site_, data_pages_);
  parallel_for(jobs.size(), [&](std::size_t i) {
    staged.write(jobs[i].output, render_job(*site_, *data_, *templates_, jobs[i]), diagnostics);
  });
  for (const StaticFile& file : site_->static_files) staged.copy(file.from, file.to, diagnostics);
  for (const GeneratedFile& file : open_data_files(*data_)) staged.write(file.path, file.content, diagnostics);
  stats.pages = jobs.size();
  stats.files = staged.files_written();
  return !diagnostics.has_errors() && staged.commit(diagnostics);
}

SiteBuild::Update SiteBuild::update_page(const std::string& relative, std::vector<Page*>& rendered,
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
  **existing = std::move(*page);  // in place: sections and routes point at this page
  rendered.push_back(existing->get());
  return Update::kDone;
}

SiteBuild::Update SiteBuild::reload_data(std::vector<Page*>& rendered, Diagnostics& diagnostics) {
  std::optional<CdpData> data = load_cdp_data(*site_, diagnostics);
  if (!data) return Update::kFailed;
  data_ = std::move(data);
  LinkResolver links(routes_, diagnostics);
  for (const std::unique_ptr<Page>& page : site_->pages) {
    if (!page->uses_data) continue;
    render_page(*page, *data_, *templates_, markdown_options(site_->config), links, diagnostics);
    rendered.push_back(page.get());
  }
  links.check_anchors();
  return diagnostics.has_errors() ? Update::kFailed : Update::kDone;
}

bool SiteBuild::publish(const std::vector<Page*>& pages, const std::filesystem::path& output,
                        Diagnostics& diagnostics) {
  for (const Page* page : pages) {
    std::string html = page->is_section_index
                           ? apply_layout(*templates_, page->section.empty() ? "home" : "section",
                                          section_context(*site_, site_->sections.at(page->section)))
                           : apply_layout(*templates_, "page", page_context(*site_, *page));
    if (!replace_published_file(output, page->route.output, html, diagnostics)) return false;
  }
  return true;
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
    std::vector<Page*> unused;
    if (reload_data(unused, diagnostics) != Update::kDone) return Update::kFailed;
  }
  std::vector<PageJob> jobs = page_jobs(*site_, data_pages_);
  std::atomic<bool> ok = true;
  parallel_for(jobs.size(), [&](std::size_t i) {
    const PageJob& job = jobs[i];
    bool shows_shortcodes = shortcode_changed && job.page && job.page->uses_data;
    if (!shows_shortcodes && !uses_changed(own_template(job))) return;
    if (!replace_published_file(output, job.output, render_job(*site_, *data_, *templates_, job), diagnostics)) {
      ok = false;
    }
  });
  return ok ? Update::kDone : Update::kFailed;
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
  std::vector<Page*> rendered;
  for (const std::string& relative : pages) {
    Update result = update_page(relative, rendered, diagnostics);
    if (result != Update::kDone) return result;
  }
  if (data_changed) {
    Update result = reload_data(rendered, diagnostics);
    if (result != Update::kDone) return result;
    for (const GeneratedFile& file : open_data_files(*data_)) {
      if (!routes_.owner_by_output.count(file.path)) return Update::kNeedsFullBuild;  // a new partnership
      if (!replace_published_file(output, file.path, file.content, diagnostics)) return Update::kFailed;
    }
    std::size_t before = data_pages_.size();
    data_pages_ = data_pages(*data_, build_date());
    if (data_pages_.size() != before) return Update::kNeedsFullBuild;  // new or removed data pages
    for (const DataPage& page : data_pages_) {
      std::string html = apply_layout(*templates_, page.template_name, data_page_context(*site_, page));
      if (!replace_published_file(output, page.route.output, html, diagnostics)) return Update::kFailed;
    }
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

bool SiteBuild::make_data_pages(Diagnostics& diagnostics) {
  data_pages_ = data_pages(*data_, build_date());
  if (data_pages_.empty()) return true;
  for (const std::string& name : data_page_templates()) {
    if (templates_->has(name)) continue;
    diagnostics.add(error_in(site_->template_dirs.front().generic_string(),
                             "the theme has no " + name + ".mustache template, which partnership pages need",
                             "copy it from the default theme"));
  }
  for (const DataPage& page : data_pages_) {
    claim_output(routes_, page.route.output, "a page made from the data of " + page.section,
                 {site_->display_root, 0, 0}, diagnostics);
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
  SiteBuild build(options);
  if (!build.prepare(diagnostics)) return false;
  if (options.write && !build.write(options.output, diagnostics, stats)) return false;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return true;
}

}  // namespace cdp
