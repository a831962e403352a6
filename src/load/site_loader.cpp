#include "load/site_loader.h"

#include <algorithm>
#include <cstdlib>

#include "core/platform.h"
#include "core/install_paths.h"
#include "core/fs.h"
#include "core/parallel.h"
#include "load/config.h"
#include "load/front_matter.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

struct Walk {
  std::vector<fs::path> markdown;  // .md files, relative to the root
  std::vector<fs::path> assets;    // other files in sections, copied verbatim
  std::vector<fs::path> data;      // .toml files other than the root site.toml
};

// Lists content files in a stable order, skipping hidden, temp and reserved entries.
Walk walk_content(const fs::path& root, Diagnostics& diagnostics) {
  Walk walk;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    std::string name = u8_string(path.filename());
    bool top_level = it.depth() == 0;
    if (it->is_directory(ec)) {
      if (name[0] == '.' || (top_level && is_reserved_folder(name))) it.disable_recursion_pending();
      continue;
    }
    if (is_ignored_file(name)) continue;
    // A .md that is not a readable file (a dangling link, a device) is reported when read.
    if (!it->is_regular_file(ec) && path.extension() != ".md") continue;
    fs::path relative = path.lexically_relative(root);
    if (path.extension() == ".md") {
      walk.markdown.push_back(relative);
    } else if (path.extension() == ".toml") {
      if (relative != "site.toml") walk.data.push_back(relative);
    } else {
      walk.assets.push_back(relative);
    }
  }
  if (ec) {
    diagnostics.add(error_in(display_path(root), "cannot read the content folder: " + ec.message(),
                             "check that the folder exists and is readable"));
  }
  std::sort(walk.markdown.begin(), walk.markdown.end());
  std::sort(walk.assets.begin(), walk.assets.end());
  std::sort(walk.data.begin(), walk.data.end());
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

void locate_theme(Site& site, Diagnostics& diagnostics) {
  std::optional<fs::path> theme = find_theme(site.root, site.config.theme.value);
  if (!theme) {
    SourcePos at = site.config.theme.present() ? site.config.theme.pos : SourcePos{site.config.source_path, 0, 0};
    diagnostics.add(error_in(at.file, "cannot find the theme \"" + site.config.theme.value + "\"",
                             "put it in themes/" + site.config.theme.value +
                                 "/ inside the site folder, or use theme = \"default\""));
    return;
  }
  site.template_dirs.push_back(*theme / "templates");
  site.template_dirs.push_back(site.root / "templates");
  add_static_folder(site, *theme / "static");
  add_static_folder(site, site.root / "static");
}

}  // namespace

std::unique_ptr<Page> load_page(const Site& site, const fs::path& relative, Diagnostics& diagnostics) {
  std::string shown = join_display(site.display_root, u8_generic(relative));
  std::optional<std::string> text = read_file(site.root / relative);
  if (!text) {
    diagnostics.add(error_in(shown, "cannot read this file", "check that you have permission to read it"));
    return nullptr;
  }
  auto page = std::make_unique<Page>();
  page->source = std::make_shared<SourceFile>(shown, std::move(*text));
  if (auto bad = find_invalid_utf8(page->source->text())) {
    diagnostics.add(error_at(*page->source, page->source->pos_at_offset(*bad),
                             "this file is not valid UTF-8 text",
                             "save the file as UTF-8 in your editor (or check it is not a binary file named .md)"));
    return nullptr;
  }
  std::optional<FrontMatterSplit> split = split_front_matter(*page->source, diagnostics);
  if (!split || !parse_front_matter(*page->source, *split, page->meta, diagnostics)) return nullptr;
  page->rel_path = u8_generic(relative);
  page->section = u8_generic(relative.parent_path());
  page->is_section_index = relative.filename() == "_index.md";
  page->body_offset = split->body_offset;
  page->body_first_line = split->body_first_line;
  if (!page->meta.title.present()) page->meta.title.value = title_from_name(u8_string(relative.stem()));
  return page;
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
  std::optional<SiteConfig> config =
      load_site_config(site.root / "site.toml", join_display(site.display_root, "site.toml"), diagnostics);
  if (config) site.config = std::move(*config);

  Walk walk = walk_content(site.root, diagnostics);
  // Loaded on every core, kept in the walk's (sorted) order.
  std::vector<std::unique_ptr<Page>> loaded(walk.markdown.size());
  parallel_for(loaded.size(), [&](std::size_t i) { loaded[i] = load_page(site, walk.markdown[i], diagnostics); });
  for (std::unique_ptr<Page>& page : loaded) {
    if (page && (options.drafts || !page->meta.draft.value)) site.pages.push_back(std::move(page));
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
