#include "pipeline/editable_pages.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "core/platform.h"
#include "format/format.h"

namespace cdp {

namespace fs = std::filesystem;

std::unordered_map<std::string, std::string> sources_by_output(const LoadedSite& loaded) {
  std::unordered_map<std::string, std::string> sources;
  if (!loaded.site) return sources;
  std::vector<const Page*> pages;
  for (const auto& page : loaded.site->pages) pages.push_back(page.get());
  std::vector<PageJob> jobs = jobs_for_pages(loaded, pages);
  for (std::size_t i = 0; i < jobs.size(); ++i) sources.emplace(jobs[i].output, pages[i]->rel_path);
  return sources;
}

std::string relative_link(const std::string& from, const std::string& to) {
  fs::path folder = u8_path(from).parent_path();
  return u8_generic(u8_path(to).lexically_relative(folder.empty() ? fs::path(".") : folder));
}

std::vector<LinkTarget> link_targets(const LoadedSite& loaded, const std::string& from) {
  std::vector<LinkTarget> targets;
  if (!loaded.site) return targets;
  const Site& site = *loaded.site;
  for (const auto& page : site.pages) {
    if (page->rel_path != from) targets.push_back({page->meta.title.value, relative_link(from, page->rel_path)});
  }
  std::sort(targets.begin(), targets.end(),
            [](const LinkTarget& a, const LinkTarget& b) { return std::tie(a.title, a.link) < std::tie(b.title, b.link); });
  std::vector<LinkTarget> files;
  for (const StaticFile& file : site.static_files) {
    std::error_code ec;
    std::string relative = u8_generic(fs::relative(file.from, site.root, ec));
    // Files beside pages: not the theme's, not the site's static/ folder. On Windows a
    // theme on another drive has no relative path at all (empty).
    if (ec || relative.empty() || relative.starts_with("..") || relative.starts_with("static/") ||
        relative.starts_with("themes/")) {
      continue;
    }
    files.push_back({u8_string(file.from.filename()), relative_link(from, relative)});
  }
  std::sort(files.begin(), files.end(), [](const LinkTarget& a, const LinkTarget& b) { return a.link < b.link; });
  targets.insert(targets.end(), files.begin(), files.end());
  return targets;
}

std::vector<MetricChoice> metric_choices(const LoadedSite& loaded, const std::string& from) {
  std::vector<MetricChoice> own;
  std::vector<MetricChoice> others;
  if (!loaded.data) return own;
  for (const Partnership& partnership : loaded.data->partnerships) {
    bool holds_page = partnership.folder.empty() || from.starts_with(partnership.folder + "/");
    std::string named = holds_page ? "" : " partnership=\"" + partnership.slug.value + "\"";
    std::string whose = partnership.short_name.value.empty() ? partnership.name.value : partnership.short_name.value;
    for (const auto& [id, series] : partnership.metrics) {
      auto definition = loaded.data->catalogue.find(id);
      if (series.values.empty() || definition == loaded.data->catalogue.end()) continue;
      const Observation& latest = series.values.back();
      std::string label = whose + ": " + definition->second.name.value + ", " +
                          format_value(latest.figure.value, definition->second.unit.value, latest.decimals) + " (" +
                          latest.period.value.display() + ")";
      (holds_page ? own : others).push_back({label, "{{< metric \"" + id + "\"" + named + " >}}"});
    }
  }
  own.insert(own.end(), others.begin(), others.end());
  return own;
}

}  // namespace cdp
