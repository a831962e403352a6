#include "routes/addresses.h"

#include "core/platform.h"

#include <filesystem>

namespace cdp {

namespace {

constexpr std::string_view kIndexFile = "index.html";

}  // namespace

std::string page_output(const std::string& url) { return url + std::string(kIndexFile); }

std::string page_url(const std::string& output) {
  if (!output.ends_with(kIndexFile)) return output;
  return output.substr(0, output.size() - kIndexFile.size());
}

Route route_at(const std::string& url) { return {url, page_output(url)}; }

std::string folder_url(const std::string& folder) { return folder.empty() ? "" : folder + "/"; }

std::string url_for(const std::string& rel_path, const std::string& slug, bool is_section_index) {
  std::filesystem::path path = u8_path(rel_path);
  std::string folder = u8_generic(path.parent_path());
  if (is_section_index) return folder_url(folder);
  std::string name = slug.empty() ? u8_string(path.stem()) : slug;
  return folder_url(folder) + name + "/";
}

std::string partnership_folder_url(const Partnership& partnership) { return folder_url(partnership.folder); }

std::string about_url(const Partnership& partnership) { return partnership_folder_url(partnership) + "about/"; }

std::string priorities_url(const Partnership& partnership) {
  return partnership_folder_url(partnership) + "priorities/";
}

std::string priority_url(const Partnership& partnership, const Priority& priority) {
  return priorities_url(partnership) + priority.id + "/";
}

std::string metrics_url(const Partnership& partnership) { return partnership_folder_url(partnership) + "metrics/"; }

std::string metric_url(const Partnership& partnership, std::string_view metric_id) {
  return metrics_url(partnership) + std::string(metric_id) + "/";
}

std::string partnership_documents_url(const Partnership& partnership) {
  return partnership_folder_url(partnership) + kDocumentsUrl;
}

std::string open_data_folder(const Partnership& partnership) {
  return partnership_folder_url(partnership) + kOpenDataFolder;
}

bool has_governance_data(const Partnership& partnership) {
  return partnership.meetings.any() || !partnership.milestones.empty();
}

std::vector<std::string_view> split_url(std::string_view url) {
  std::vector<std::string_view> parts;
  while (!url.empty()) {
    std::size_t slash = url.find('/');
    std::string_view part = url.substr(0, slash);
    if (!part.empty()) parts.push_back(part);
    if (slash == std::string_view::npos) break;
    url.remove_prefix(slash + 1);
  }
  return parts;
}

std::string root_prefix(const std::string& from_url) {
  std::string prefix;
  for (std::size_t i = split_url(from_url).size(); i > 0; --i) prefix += "../";
  return prefix;
}

std::string relative_url(const std::string& from_url, const std::string& to_url) {
  std::vector<std::string_view> from = split_url(from_url);
  std::vector<std::string_view> to = split_url(to_url);
  bool to_folder = to_url.empty() || to_url.back() == '/';
  std::size_t shared = 0;
  std::size_t comparable = to_folder ? to.size() : (to.empty() ? 0 : to.size() - 1);
  while (shared < from.size() && shared < comparable && from[shared] == to[shared]) ++shared;
  std::string url;
  for (std::size_t i = shared; i < from.size(); ++i) url += "../";
  for (std::size_t i = shared; i < to.size(); ++i) {
    url += to[i];
    if (i + 1 < to.size() || to_folder) url += '/';
  }
  return to_folder ? url + std::string(kIndexFile) : url;
}

std::string absolute_url(const std::string& base_url, const std::string& url) {
  if (base_url.empty()) return "";
  return (base_url.back() == '/' ? base_url : base_url + "/") + url;
}

}  // namespace cdp
