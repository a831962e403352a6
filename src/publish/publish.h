#pragma once
// `cdpsite publish`: sends the last successful build to a target, only what changed.
// New and changed files go first (each under a temporary name, then renamed), files
// no longer in the site are deleted next, and the target's manifest is written last:
// a publish cut off at any point leaves every file whole, and the next run finishes
// the job.
#include <filesystem>
#include <functional>
#include <string>

#include "publish/target.h"

namespace cdp {

struct PublishSummary {
  std::size_t sent = 0;       // files sent
  std::size_t removed = 0;    // files deleted
  std::size_t unchanged = 0;  // files left as they were
  std::uintmax_t bytes = 0;   // bytes sent
  std::vector<std::string> to_send, to_remove;  // for --dry-run: what would be done
};

// Throws PublishError when `site` holds no complete build, or when a file under
// `source` is newer than it (unless `allow_stale`).
void check_build_is_current(const std::filesystem::path& site, const std::filesystem::path& source, bool allow_stale);

// Publishes `site` to `target`. `progress(done, total)` is called after each file.
PublishSummary publish_site(const std::filesystem::path& site, PublishTarget& target, bool dry_run,
                            const std::function<void(std::size_t, std::size_t)>& progress);

}  // namespace cdp
