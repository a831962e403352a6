#include "build/routes.h"

#include <filesystem>

#include "core/fs.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

std::string folder_url(const std::string& folder) { return folder.empty() ? "" : folder + "/"; }

}  // namespace

void claim_output(RouteTable& table, const std::string& output, const std::string& source, const SourcePos& where,
                  Diagnostics& diagnostics) {
  auto [it, inserted] = table.owner_by_output.emplace(output, source);
  if (inserted) return;
  diagnostics.add(error_in(where.file, "this would be published at " + output + ", where " +
                                           it->second + " is already published",
                           "rename one of the two files, or give one a different `slug`"));
}

std::string url_for(const std::string& rel_path, const std::string& slug, bool is_section_index) {
  fs::path path(rel_path);
  std::string folder = path.parent_path().generic_string();
  if (is_section_index) return folder_url(folder);
  std::string name = slug.empty() ? path.stem().string() : slug;
  return folder_url(folder) + name + "/";
}

RouteTable plan_routes(Site& site, Diagnostics& diagnostics) {
  RouteTable table;
  for (auto& [path, section] : site.sections) {
    section.route = {folder_url(path), folder_url(path) + "index.html"};
  }
  for (const auto& page : site.pages) {
    std::string url = url_for(page->rel_path, page->meta.slug.value, page->is_section_index);
    page->route = {url, url + "index.html"};
    table.page_by_source[page->rel_path] = page.get();
    claim_output(table, page->route.output, page->source->path(), {page->source->path(), 0, 0}, diagnostics);
  }
  for (const auto& [path, section] : site.sections) {
    if (!section.index) {
      claim_output(table, section.route.output, "the list of section " + (path.empty() ? "home" : path),
            {join_display(site.display_root, path), 0, 0}, diagnostics);
    }
  }
  for (const StaticFile& file : site.static_files) {
    claim_output(table, file.to, display_path(file.from), {display_path(file.from), 0, 0}, diagnostics);
  }
  claim_output(table, "404.html", "the 404 page", {"404.html", 0, 0}, diagnostics);
  return table;
}

}  // namespace cdp
