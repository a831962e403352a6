#include "routes/route_table.h"

#include "core/fs.h"

namespace cdp {

namespace {

// Records that `source` publishes `output`; reports a second claim on the same path.
void claim_output(RouteTable& table, const std::string& output, const std::string& source, const SourcePos& where,
                  Diagnostics& diagnostics) {
  auto [it, inserted] = table.owner_by_output.emplace(output, source);
  if (inserted) return;
  diagnostics.add(error_in(where.file, "this would be published at " + output + ", where " +
                                           it->second + " is already published",
                           "rename one of the two files, or give one a different `slug`"));
}

}  // namespace

RouteTable plan_routes(Site& site, Diagnostics& diagnostics) {
  RouteTable table;
  table.draft_sources = site.draft_sources;
  for (auto& [path, section] : site.sections) section.route = route_at(folder_url(path));
  for (const auto& page : site.pages) {
    page->route = route_at(url_for(page->rel_path, page->meta.slug.value, page->is_section_index));
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
    table.file_by_output[file.to] = file.from;
  }
  claim_output(table, kNotFoundPath, "the 404 page", {kNotFoundPath, 0, 0}, diagnostics);
  return table;
}

void claim_generated(RouteTable& table, const Site& site, const std::vector<GeneratedOutput>& outputs,
                     Diagnostics& diagnostics) {
  for (const GeneratedOutput& generated : outputs) {
    claim_output(table, generated.output, generated.source, {site.display_root, 0, 0}, diagnostics);
  }
}

bool is_claimed(const RouteTable& table, const std::string& url) {
  return table.owner_by_output.count(page_output(url)) > 0;
}

}  // namespace cdp
