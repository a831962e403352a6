#include "pipeline/preview_update.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

#include "core/platform.h"
#include "core/fs.h"
#include "core/parallel.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "markdown/data_markdown_checks.h"
#include "outputs/open_data.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

// Writes one file into an already published folder: to a temporary name, then renamed
// over the old file, so a reader never sees half a page.
bool replace_published_file(const fs::path& output, const std::string& relative, const std::string& content,
                            Diagnostics& diagnostics) {
  fs::path target = output / u8_path(relative);
  fs::path temporary = target;
  temporary += ".cdpsite-new";
  std::string reason;
  std::error_code ec;
  if (!write_file(temporary, content, &reason)) {
    diagnostics.add(error_in(relative, "cannot write the preview of this page: " + reason, "check the disk"));
    return false;
  }
  ec = rename_retrying(temporary, target);  // retried while a reader holds it (Windows)
  return !ec;
}

// Whether what lists, feeds and series show of a page is unchanged.
bool same_listing_values(const FrontMatter& a, const FrontMatter& b) {
  const DocumentMeta& x = a.document();
  const DocumentMeta& y = b.document();
  return a.title.value == b.title.value && a.date.value == b.date.value && a.summary.value == b.summary.value &&
         a.weight.value == b.weight.value && a.draft.value == b.draft.value && a.slug.value == b.slug.value &&
         x.series.value == y.series.value && x.kind.present() == y.kind.present() && x.kind_of.kind == y.kind_of.kind &&
         x.period.present() == y.period.present() && (!x.period.present() || x.period.value == y.period.value) &&
         x.authors.value == y.authors.value;
}

bool same_heading_ids(const std::vector<Heading>& a, const std::vector<Heading>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Heading& x, const Heading& y) { return x.id == y.id; });
}

// What an update found to do, and did.
class Updater {
 public:
  Updater(SiteBuild& build, const fs::path& output, Diagnostics& diagnostics)
      : loaded_(build.loaded()), output_(output), diagnostics_(diagnostics) {}

  PreviewUpdate run(const std::set<fs::path>& changed);

 private:
  LoadedSite& loaded_;
  const fs::path& output_;
  Diagnostics& diagnostics_;
  PreviewUpdate result_;
  std::mutex rewritten_mutex_;      // pages are rewritten on every core
  std::vector<PageJob> to_rewrite_;  // pages re-rendered so far, to write

  UpdateOutcome update_page(const std::string& relative);
  UpdateOutcome reload_data();
  UpdateOutcome refresh_data_pages();
  UpdateOutcome reload_templates(const std::set<std::string>& names);
  std::optional<std::string> template_name(const fs::path& path) const;
  bool rewrite(const std::vector<PageJob>& jobs);
  bool replace(const std::string& relative, const std::string& content);
  void update_search_entry(SearchEntry entry);
  PreviewUpdate done(UpdateOutcome outcome);
};

PreviewUpdate Updater::done(UpdateOutcome outcome) {
  result_.outcome = outcome;
  return result_;
}

bool Updater::replace(const std::string& relative, const std::string& content) {
  if (!replace_published_file(output_, relative, content, diagnostics_)) return false;
  std::lock_guard lock(rewritten_mutex_);
  result_.rewritten.push_back(relative);
  return true;
}

UpdateOutcome Updater::update_page(const std::string& relative) {
  Site& site = *loaded_.site;
  auto existing = std::find_if(site.pages.begin(), site.pages.end(),
                               [&](const std::unique_ptr<Page>& page) { return page->rel_path == relative; });
  if (existing == site.pages.end() || (*existing)->is_section_index) return UpdateOutcome::kNeedsFullBuild;
  std::unique_ptr<Page> page = load_page(site, relative, diagnostics_);
  if (!page) return UpdateOutcome::kFailed;
  if (!same_listing_values(page->meta, (*existing)->meta)) return UpdateOutcome::kNeedsFullBuild;
  page->route = (*existing)->route;
  LinkResolver links(loaded_.routes, diagnostics_);
  render_body(*page, *loaded_.data, *loaded_.templates, loaded_.markdown_options(), links.for_page(*page),
              diagnostics_);
  links.check_anchors();
  if (diagnostics_.has_errors()) return UpdateOutcome::kFailed;
  if (!same_heading_ids(page->rendered.headings, (*existing)->rendered.headings)) {
    return UpdateOutcome::kNeedsFullBuild;
  }
  **existing = std::move(*page);  // in place: sections, routes and documents point at this page
  to_rewrite_.push_back(jobs_for_pages(loaded_, {existing->get()}).front());
  return UpdateOutcome::kPagesRerendered;
}

UpdateOutcome Updater::reload_data() {
  std::optional<CdpData> data = load_cdp_data(*loaded_.site, diagnostics_);
  if (!data) return UpdateOutcome::kFailed;
  check_data_markdown(*data, loaded_.markdown_options(), diagnostics_);
  if (diagnostics_.has_errors()) return UpdateOutcome::kFailed;
  loaded_.data = std::move(data);
  // The generated pages refer to the data just replaced: make them again.
  std::vector<GeneratedPage> pages = make_generated_pages(loaded_);
  bool same_addresses =
      std::equal(pages.begin(), pages.end(), loaded_.generated_pages.begin(), loaded_.generated_pages.end(),
                 [](const GeneratedPage& a, const GeneratedPage& b) { return a.route.url == b.route.url; });
  loaded_.generated_pages = std::move(pages);
  if (!same_addresses) return UpdateOutcome::kNeedsFullBuild;  // pages appeared or went
  LinkResolver links(loaded_.routes, diagnostics_);
  std::vector<Page*> showing_data;
  for (const std::unique_ptr<Page>& page : loaded_.site->pages) {
    if (page->uses_data) showing_data.push_back(page.get());
  }
  render_bodies(loaded_, showing_data, links, diagnostics_);
  for (PageJob& job : jobs_for_pages(loaded_, {showing_data.begin(), showing_data.end()})) {
    to_rewrite_.push_back(std::move(job));
  }
  links.check_anchors();
  return diagnostics_.has_errors() ? UpdateOutcome::kFailed : UpdateOutcome::kDataRerendered;
}

UpdateOutcome Updater::refresh_data_pages() {
  bool new_partnership = false;
  bool replaced = make_open_data(*loaded_.data, [&](const std::string& path, std::string_view content) {
    new_partnership = !loaded_.routes.owner_by_output.count(path);
    return !new_partnership && replace(path, std::string(content));
  });
  if (new_partnership) return UpdateOutcome::kNeedsFullBuild;
  if (!replaced) return UpdateOutcome::kFailed;
  for (const GeneratedPage& page : loaded_.generated_pages) to_rewrite_.push_back(job_for(page));
  // Overviews on the home page and the partnerships' own pages show headline figures.
  for (const auto& [path, section] : loaded_.site->sections) to_rewrite_.push_back(job_for(section));
  return UpdateOutcome::kDataRerendered;
}

bool Updater::rewrite(const std::vector<PageJob>& jobs) {
  SharedPageValues shared(*loaded_.site);  // made again: the update may change titles
  RenderInputs in = loaded_.render_inputs(shared);
  std::atomic<bool> ok = true;
  std::mutex entries_mutex;
  parallel_for(jobs.size(), [&](std::size_t i) {
    std::string html = render_html(in, jobs[i], diagnostics_);
    if (diagnostics_.has_errors()) {  // never a page cut short in the preview
      ok = false;
      return;
    }
    if (is_searchable(jobs[i])) {
      SearchEntry entry = search_entry(in, jobs[i], html, loaded_.indexed_characters);
      std::lock_guard lock(entries_mutex);
      update_search_entry(std::move(entry));
    }
    if (!replace(jobs[i].output, html)) ok = false;
  });
  if (!ok || jobs.empty()) return ok;
  GeneratedFile index = search_index_file(loaded_.search_entries);
  return replace(index.path, index.content);
}

void Updater::update_search_entry(SearchEntry entry) {
  std::vector<SearchEntry>& entries = loaded_.search_entries;
  auto same_url = std::find_if(entries.begin(), entries.end(),
                               [&](const SearchEntry& existing) { return existing.url == entry.url; });
  if (same_url == entries.end()) {
    entries.push_back(std::move(entry));
  } else {
    *same_url = std::move(entry);
  }
}

UpdateOutcome Updater::reload_templates(const std::set<std::string>& names) {
  std::optional<TemplateSet> templates =
      TemplateSet::load(loaded_.site->template_dirs, fs::current_path(), diagnostics_);
  if (!templates) return UpdateOutcome::kFailed;
  loaded_.templates = std::move(templates);
  auto uses_changed = [&](const std::string& name) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& changed) {
      return loaded_.templates->uses(name, changed) || loaded_.templates->uses("base", changed);
    });
  };
  bool shortcode_changed = std::any_of(names.begin(), names.end(),
                                       [](const std::string& name) { return name.starts_with("shortcodes/"); });
  if (shortcode_changed) {
    UpdateOutcome data = reload_data();
    to_rewrite_.clear();  // the pages showing data are chosen below, with the others
    if (data != UpdateOutcome::kDataRerendered) return data == UpdateOutcome::kNeedsFullBuild ? data : UpdateOutcome::kFailed;
  }
  std::vector<PageJob> affected;
  for (const PageJob& job : page_jobs(loaded_)) {
    const Page* page = page_of(job);
    bool shows_shortcodes = shortcode_changed && page && page->uses_data;
    if (shows_shortcodes || uses_changed(template_for(job))) affected.push_back(job);
  }
  return rewrite(affected) ? UpdateOutcome::kTemplatesRerendered : UpdateOutcome::kFailed;
}

std::optional<std::string> Updater::template_name(const fs::path& path) const {
  if (path.extension() != ".mustache") return std::nullopt;
  for (const fs::path& dir : loaded_.site->template_dirs) {
    std::error_code ec;
    fs::path relative = fs::relative(path, dir, ec);
    if (!ec && !relative.empty() && !u8_generic(relative).starts_with("..")) {
      return u8_generic(relative.replace_extension());
    }
  }
  return std::nullopt;
}

PreviewUpdate Updater::run(const std::set<fs::path>& changed) {
  if (!loaded_.site) return done(UpdateOutcome::kNeedsFullBuild);
  std::vector<std::string> pages;
  std::set<std::string> templates;
  bool data_changed = false;
  for (const fs::path& path : changed) {
    if (std::optional<std::string> name = template_name(path)) {
      templates.insert(*name);
      continue;
    }
    std::error_code ec;
    std::string relative = u8_generic(fs::relative(path, loaded_.site->root, ec));
    if (ec || relative.starts_with("..")) return done(UpdateOutcome::kNeedsFullBuild);
    if (path.extension() == ".md") {
      pages.push_back(relative);
    } else if (path.extension() == ".toml" && relative != "site.toml") {
      data_changed = true;
    } else {
      return done(UpdateOutcome::kNeedsFullBuild);
    }
  }
  UpdateOutcome outcome = UpdateOutcome::kPagesRerendered;
  for (const std::string& relative : pages) {
    outcome = update_page(relative);
    if (outcome != UpdateOutcome::kPagesRerendered) return done(outcome);
  }
  if (data_changed) {
    outcome = reload_data();
    if (outcome == UpdateOutcome::kDataRerendered) outcome = refresh_data_pages();
    if (outcome != UpdateOutcome::kDataRerendered) return done(outcome);
  }
  if (!rewrite(to_rewrite_)) return done(UpdateOutcome::kFailed);
  if (templates.empty()) return done(outcome);
  return done(reload_templates(templates));
}

}  // namespace

PreviewUpdate update_preview(SiteBuild& build, const std::set<fs::path>& changed, const fs::path& output,
                             Diagnostics& diagnostics) {
  return Updater(build, output, diagnostics).run(changed);
}

}  // namespace cdp
