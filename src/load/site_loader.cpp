#include "load/site_loader.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>

#include "core/platform.h"
#include "core/install_paths.h"
#include "core/fs.h"
#include "core/link_out.h"
#include "core/parallel.h"
#include "core/text_file.h"
#include "load/config.h"
#include "load/front_matter.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSaveAsUtf8 = "save the file as UTF-8 in your editor (or check it is not a binary file named .md)";

struct Walk {
  std::vector<fs::path> markdown;  // .md files, relative to the root
  std::vector<fs::path> assets;    // other files in sections, copied verbatim
  std::vector<fs::path> data;      // .toml files other than the root site.toml
};

// The part of `path`, met while iterating `root`, after `root`. The iterator makes each
// path as root / name, so this is lexically_relative without its comparing part by part
// (once for each of a large site's files).
fs::path relative_part(const fs::path& root, const fs::path& path) {
  const fs::path::string_type& full = path.native();
  std::size_t start = root.native().size();
  while (start < full.size() && (full[start] == '/' || full[start] == fs::path::preferred_separator)) ++start;
  return fs::path(full.substr(start));
}

// Lists content files in a stable order, skipping hidden, temp and reserved entries,
// and reporting links out of the site folder (linked folders are never stepped into).
Walk walk_content(const fs::path& root, const std::string& display_root, Diagnostics& diagnostics) {
  Walk walk;
  LinkBoundary site_folder{root, "site folder"};
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    std::string name = u8_string(path.filename());
    fs::path relative = relative_part(root, path);
    auto shown = [&] { return join_display(display_root, u8_generic(relative)); };
    bool top_level = it.depth() == 0;
    if (it->is_directory(ec)) {
      bool hidden = name[0] == '.';
      bool reserved = top_level && is_reserved_folder(name);  // checked with the theme, by report_folder_links
      if (hidden || reserved) {
        it.disable_recursion_pending();
      } else {
        refuse_link_out(site_folder, path, shown(), diagnostics);
      }
      continue;
    }
    if (is_ignored_file(name)) continue;
    // A .md that is not a readable file (a dangling link, a device) is reported when read.
    std::string_view extension = extension_of(name);
    if (!it->is_regular_file(ec) && extension != ".md") continue;
    // Pages and data files are checked for links out when they are read.
    if (extension == ".md") {
      walk.markdown.push_back(relative);
    } else if (extension == ".toml") {
      if (relative != "site.toml") walk.data.push_back(relative);
    } else if (!refuse_link_out(site_folder, path, shown(), diagnostics)) {
      walk.assets.push_back(relative);
    }
  }
  if (ec) {
    diagnostics.add(error_in(display_path(root), "cannot read the content folder: " + ec.message(),
                             "check that the folder exists and is readable"));
  }
  std::sort(walk.markdown.begin(), walk.markdown.end(), path_less);
  std::sort(walk.assets.begin(), walk.assets.end(), path_less);
  std::sort(walk.data.begin(), walk.data.end(), path_less);
  return walk;
}

// Creates the section for `path` and all its ancestors, linking children to parents.
void ensure_section(Site& site, const std::string& path) {
  if (site.sections.count(path)) return;
  site.sections[path].path = path;
  if (path.empty()) return;
  std::string parent = u8_generic(u8_path(path).parent_path());
  ensure_section(site, parent);
  site.sections[parent].children.push_back(path);
}

bool page_order(const Page* a, const Page* b) {
  if (a->meta.weight.value != b->meta.weight.value) return a->meta.weight.value < b->meta.weight.value;
  if (a->meta.date.value != b->meta.date.value) return a->meta.date.value > b->meta.date.value;
  if (a->meta.title.value != b->meta.title.value) return a->meta.title.value < b->meta.title.value;
  return a->rel_path < b->rel_path;
}

void build_sections(Site& site) {
  ensure_section(site, "");
  for (const auto& page : site.pages) {
    ensure_section(site, page->section);
    Section& section = site.sections[page->section];
    if (page->is_section_index) {
      section.index = page.get();
    } else {
      section.pages.push_back(page.get());
    }
  }
  for (auto& [path, section] : site.sections) {
    std::sort(section.pages.begin(), section.pages.end(), page_order);
    std::sort(section.children.begin(), section.children.end());
  }
}

void add_static_folder(Site& site, const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = u8_string(it->path().filename());
    if (it->is_directory(ec)) {
      if (name[0] == '.') it.disable_recursion_pending();
      continue;
    }
    if (is_ignored_file(name) || !it->is_regular_file(ec)) continue;
    std::string to = u8_generic(it->path().lexically_relative(folder));
    auto same = std::find_if(site.static_files.begin(), site.static_files.end(),
                             [&](const StaticFile& file) { return file.to == to; });
    if (same != site.static_files.end()) {
      same->from = it->path();  // the site's own file replaces the theme's
    } else {
      site.static_files.push_back({it->path(), to});
    }
  }
}

// Reports every link in `folder` (and `folder` itself) that leads out of `boundary`;
// returns how many.
std::size_t report_links_out(const LinkBoundary& boundary, const fs::path& folder, Diagnostics& diagnostics) {
  std::error_code ec;
  if (refuse_link_out(boundary, folder, display_path(folder), diagnostics)) return 1;
  std::size_t reported = 0;
  if (!fs::is_directory(folder, ec)) return reported;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string()[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (refuse_link_out(boundary, it->path(), display_path(it->path()), diagnostics)) ++reported;
  }
  return reported;
}

// Reports each link in the site's static/ and templates/ folders and in its theme that
// leads out of the site folder (or out of an installed theme's own folder); returns how
// many.
std::size_t report_folder_links(const Site& site, Diagnostics& diagnostics) {
  LinkBoundary site_folder{site.root, "site folder"};
  std::size_t reported = report_links_out(site_folder, site.root / "static", diagnostics) +
                         report_links_out(site_folder, site.root / "templates", diagnostics);
  // A theme inside the site is found through its themes/ folder, which may itself be a link.
  if (refuse_link_out(site_folder, site.root / "themes", display_path(site.root / "themes"), diagnostics)) {
    return reported + 1;
  }
  std::optional<fs::path> theme = find_theme(site.root, site.config.theme.value);
  if (theme) reported += report_links_out(link_boundary(site.root, *theme), *theme, diagnostics);
  return reported;
}

void locate_theme(Site& site, Diagnostics& diagnostics) {
  std::optional<fs::path> theme = find_theme(site.root, site.config.theme.value);
  if (!theme) {
    const std::string& name = site.config.theme.value;
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string hint = lower != name && find_theme(site.root, lower)
                           ? "theme names are lower case: write theme = \"" + lower + "\""
                           : "put it in " + join_display("themes", name + "/") +
                                 " inside the site folder, or use theme = \"default\"";
    // At the theme's line in site.toml; the excerpt is read back from the file.
    Diagnostic d = error_in(site.config.source_path, "cannot find the theme \"" + name + "\"", hint);
    if (site.config.theme.present()) d.pos = site.config.theme.pos;
    diagnostics.add(std::move(d));
    return;
  }
  site.template_dirs.push_back(*theme / "templates");
  site.template_dirs.push_back(site.root / "templates");
  if (report_folder_links(site, diagnostics) > 0) return;  // nothing is copied from outside
  add_static_folder(site, *theme / "static");
  add_static_folder(site, site.root / "static");
}

}  // namespace

std::unique_ptr<Page> load_page(const Site& site, const fs::path& relative, Diagnostics& diagnostics) {
  std::string shown = join_display(site.display_root, u8_generic(relative));
  if (refuse_link_out({site.root, "site folder"}, site.root / relative, shown, diagnostics)) return nullptr;
  std::optional<std::string> text = read_file(site.root / relative);
  if (!text) {
    diagnostics.add(error_in(shown, "cannot read this file", "check that you have permission to read it"));
    return nullptr;
  }
  return page_from_text(site, relative, std::move(*text), diagnostics);
}

std::unique_ptr<Page> page_from_text(const Site& site, const fs::path& relative, std::string text,
                                     Diagnostics& diagnostics) {
  std::string shown = join_display(site.display_root, u8_generic(relative));
  auto page = std::make_unique<Page>();
  page->source = std::make_shared<SourceFile>(shown, std::move(text));
  if (std::optional<Diagnostic> problem = text_file_problem(*page->source, kSaveAsUtf8)) {
    diagnostics.add(std::move(*problem));
    return nullptr;
  }
  std::optional<FrontMatterSplit> split = split_front_matter(*page->source, diagnostics);
  if (!split || !parse_front_matter(*page->source, *split, page->meta, diagnostics)) return nullptr;
  // Without a site.toml that loaded, the site's own kinds are unknown: its error is enough.
  bool kinds_known = !site.config.source_path.empty();
  if (kinds_known && page->meta.document_meta && !check_document_kind(*page->source, *page->meta.document_meta,
                                          known_document_kinds(site.config.document_kinds), diagnostics)) {
    return nullptr;
  }
  page->rel_path = u8_generic(relative);
  page->section = u8_generic(relative.parent_path());
  page->is_section_index = relative.filename() == "_index.md";
  page->body_offset = split->body_offset;
  page->body_first_line = split->body_first_line;
  if (!page->meta.title.present()) page->meta.title.value = title_from_name(u8_string(relative.stem()));
  return page;
}

namespace {

// Keeps only the front matter of a loaded page's text, to be read again by load_body.
void leave_body_on_disk(Page& page) {
  page.source = std::make_shared<SourceFile>(page.source->path(), page.source->text().substr(0, page.body_offset));
  page.body_on_disk = true;
}

}  // namespace

bool load_body(const Site& site, Page& page, Diagnostics& diagnostics) {
  if (!page.body_on_disk) return true;
  const std::string& shown = page.source->path();
  std::optional<std::string> text = read_file(site.root / u8_path(page.rel_path));
  if (!text || text->compare(0, page.body_offset, page.source->text()) != 0) {
    diagnostics.add(error_in(shown, "this file changed while the site was being built",
                             "build the site again once you have saved it"));
    return false;
  }
  auto source = std::make_shared<SourceFile>(shown, std::move(*text));
  if (std::optional<Diagnostic> problem = text_file_problem(*source, kSaveAsUtf8)) {
    diagnostics.add(std::move(*problem));
    return false;
  }
  page.source = std::move(source);
  page.body_on_disk = false;
  return true;
}

bool is_reserved_folder(const std::string& name) {
  return name == "static" || name == "templates" || name == "themes";
}

std::optional<fs::path> find_theme(const fs::path& site_root, const std::string& name) {
  std::vector<fs::path> candidates = {site_root / "themes" / name};
  if (const char* themes = std::getenv("CDPSITE_THEMES")) candidates.push_back(u8_path(themes) / name);
  for (const fs::path& folder : shared_folders()) candidates.push_back(folder / "themes" / name);
  std::error_code ec;
  for (const fs::path& candidate : candidates) {
    if (fs::is_directory(candidate / "templates", ec)) return candidate;
  }
  return std::nullopt;
}

std::optional<Site> load_site(const LoadOptions& options, Diagnostics& diagnostics) {
  Site site;
  site.root = options.source;
  site.display_root = display_path(options.source);
  std::error_code ec;
  if (!fs::is_directory(options.source, ec)) {
    diagnostics.add(error_in(site.display_root, "the content folder does not exist",
                             "run cdpsite in your site's folder, or give it with --source DIR"));
    return std::nullopt;
  }
  std::string config_shown = join_display(site.display_root, "site.toml");
  std::optional<SiteConfig> config;
  if (!refuse_link_out({site.root, "site folder"}, site.root / "site.toml", config_shown, diagnostics)) {
    config = load_site_config(site.root / "site.toml", config_shown, diagnostics);
  }
  if (config) site.config = std::move(*config);

  Walk walk = walk_content(site.root, site.display_root, diagnostics);
  // Loaded on every core, kept in the walk's (sorted) order.
  std::vector<std::unique_ptr<Page>> loaded(walk.markdown.size());
  std::atomic<std::size_t> kept = 0;  // bytes of the bodies kept
  parallel_for(loaded.size(), [&](std::size_t i) {
    loaded[i] = load_page(site, walk.markdown[i], diagnostics);
    if (!loaded[i] || !options.bodies_later) return;
    // Which pages keep theirs depends on the threads' timing; what each page shows does not.
    std::size_t body = loaded[i]->source->text().size() - loaded[i]->body_offset;
    if (kept.fetch_add(body) + body > options.bodies_kept) leave_body_on_disk(*loaded[i]);  // at once: never every text together
  });
  for (std::unique_ptr<Page>& page : loaded) {
    if (!page) continue;
    if (options.drafts || !page->meta.draft.value) {
      site.pages.push_back(std::move(page));
    } else {
      site.draft_sources.insert(page->rel_path);
    }
  }
  for (const fs::path& relative : walk.data) site.data_files.push_back(u8_generic(relative));
  if (config) locate_theme(site, diagnostics);
  for (const fs::path& relative : walk.assets) {
    site.static_files.push_back({site.root / relative, u8_generic(relative)});
  }
  build_sections(site);
  if (diagnostics.has_errors()) return std::nullopt;
  return site;
}

}  // namespace cdp
