#pragma once
// Watches folders recursively (Linux inotify, watcher_posix.cpp; on Windows change
// notifications and a comparison of the tree before and after, watcher_windows.cpp) and
// reports the files that changed, after a quiet period, so that an editor's save (a temp
// file written, renamed over the original, a swap file touched) becomes one batch of
// changes. On Linux the quiet
// period is cut to a few milliseconds once an event ends a save (a file closed after
// writing, or renamed into place), since the file is then whole.
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace cdp {

class Watcher {
 public:
  // Called with the changed paths (absolute) once they have been quiet for a while.
  using OnChange = std::function<void(const std::set<std::filesystem::path>&)>;

  Watcher(std::vector<std::filesystem::path> roots, int quiet_ms, OnChange on_change);
  ~Watcher();  // stops the watching thread
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // False when watching could not be set up (the reason is in error()).
  bool ok() const;
  const std::string& error() const { return error_; }

 private:
  // The platform's handles: inotify's and the folders it watches (watcher_posix.cpp), or
  // Windows' events (watcher_windows.cpp).
  struct Native;

  void run();

  std::vector<std::filesystem::path> roots_;    // folders watched, recursively
  int quiet_ms_;                                // how long changes must settle
  OnChange on_change_;                          // what to call with a batch
  std::unique_ptr<Native> native_;              // the platform's handles
  std::string error_;                           // why set-up failed
  std::thread thread_;                          // the watching thread
};

}  // namespace cdp
