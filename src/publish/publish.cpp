#include "publish/publish.h"

#include <set>

#include "core/platform.h"
#include "publish/manifest.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

fs::file_time_type newest_file_under(const fs::path& folder) {
  fs::file_time_type newest = fs::file_time_type::min();  // not {}: the file clock's epoch is in the future
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = u8_string(it->path().filename());
    if (name.starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;  // editors' and version control's files are not sources
    }
    if (it->is_regular_file()) newest = std::max(newest, it->last_write_time());
  }
  return newest;
}

// Every folder that holds a file of the site, and the top, for leftovers.
std::vector<std::string> folders_of(const Manifest& manifest) {
  std::set<std::string> folders = {""};
  for (const auto& [path, hash] : manifest) {
    for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      folders.insert(path.substr(0, slash));
    }
  }
  return {folders.begin(), folders.end()};
}

}  // namespace

void check_build_is_current(const fs::path& site, const fs::path& source, bool allow_stale) {
  std::error_code ec;
  if (!fs::exists(site / "index.html", ec)) {
    throw PublishError("there is no built site in " + u8_string(site) + " to publish",
                       "run `cdpsite build` first (or give the built site with --output)");
  }
  if (allow_stale || !fs::is_directory(source, ec)) return;
  // A build swaps its whole folder in at its end, so the folder's own time is the build's.
  if (newest_file_under(source) > fs::last_write_time(site, ec)) {
    throw PublishError("the built site in " + u8_string(site) + " is older than the files in " + u8_string(source),
                       "run `cdpsite build` again, or publish it as it is with --allow-stale");
  }
}

PublishSummary publish_site(const fs::path& site, PublishTarget& target, bool dry_run,
                            const std::function<void(std::size_t, std::size_t)>& progress) {
  Manifest local = manifest_of_folder(site);
  std::optional<std::string> remote_text = target.read_text(kManifestName);
  Manifest remote = remote_text ? parse_manifest(*remote_text).value_or(Manifest{}) : Manifest{};
  PublishPlan plan = plan_publish(local, remote);
  PublishSummary summary;
  summary.unchanged = plan.unchanged;
  if (dry_run) {
    summary.to_send = plan.send;
    summary.to_remove = plan.remove;
    return summary;
  }
  target.remove_leftovers(folders_of(local));
  std::size_t total = plan.send.size() + plan.remove.size();
  for (const std::string& path : plan.send) {
    target.put(path, site / path);
    summary.bytes += fs::file_size(site / path);
    ++summary.sent;
    progress(summary.sent, total);
  }
  for (const std::string& path : plan.remove) {
    target.remove(path);
    ++summary.removed;
    progress(summary.sent + summary.removed, total);
  }
  if (!plan.send.empty() || !plan.remove.empty() || !remote_text) target.put_text(kManifestName, manifest_json(local));
  return summary;
}

}  // namespace cdp
