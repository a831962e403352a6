// The Linux watcher: an inotify watch on every folder under the roots. CMake builds this
// file everywhere but Windows (watcher_windows.cpp there).
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

#include "core/fs.h"
#include "core/platform.h"
#include "serve/watcher.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                                  IN_DELETE_SELF | IN_ATTRIB;

// The events that end a save: the file closed after writing, or renamed into place.
// After one, only a short wait is needed for whatever the same save does next (a
// backup deleted, a second write close behind the first).
constexpr std::uint32_t kSaveEnded = IN_CLOSE_WRITE | IN_MOVED_TO;
constexpr int kAfterSaveMs = 5;

}  // namespace

struct Watcher::Native {
  int fd = -1;                                  // the inotify descriptor
  int stop_pipe[2] = {-1, -1};                  // written to stop the thread
  std::map<int, fs::path> folders;              // watch descriptor -> folder

  void watch_tree(const fs::path& folder);
  // Adds the paths of the waiting events to `changed`, and sets `save_ended` to whether
  // the last of them (editors' temporary files aside) ended a save: a file closed after
  // writing or renamed into place.
  void read_events(std::set<fs::path>& changed, bool& save_ended);
};

bool Watcher::ok() const { return native_->fd >= 0; }

Watcher::Watcher(std::vector<fs::path> roots, int quiet_ms, OnChange on_change)
    : roots_(std::move(roots)), quiet_ms_(quiet_ms), on_change_(std::move(on_change)),
      native_(std::make_unique<Native>()) {
  native_->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (native_->fd < 0 || pipe(native_->stop_pipe) != 0) {
    error_ = std::strerror(errno);
    if (native_->fd >= 0) close(native_->fd);
    native_->fd = -1;
    return;
  }
  for (const fs::path& root : roots_) native_->watch_tree(root);
  thread_ = std::thread([this] { run(); });
}

Watcher::~Watcher() {
  if (native_->fd < 0) return;
  char stop = 1;
  if (write(native_->stop_pipe[1], &stop, 1) < 0) { /* the thread will still see the closed pipe */ }
  if (thread_.joinable()) thread_.join();
  close(native_->fd);
  close(native_->stop_pipe[0]);
  close(native_->stop_pipe[1]);
}

void Watcher::Native::watch_tree(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  int wd = inotify_add_watch(fd, folder.c_str(), kEvents);
  if (wd >= 0) folders[wd] = folder;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec)) continue;
    if (u8_string(it->path().filename()).starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    int child = inotify_add_watch(fd, it->path().c_str(), kEvents);
    if (child >= 0) folders[child] = it->path();
  }
}

void Watcher::Native::read_events(std::set<fs::path>& changed, bool& save_ended) {
  alignas(inotify_event) char buffer[64 * 1024];
  for (;;) {
    ssize_t length = read(fd, buffer, sizeof buffer);
    if (length <= 0) return;
    for (char* at = buffer; at < buffer + length;) {
      auto* event = reinterpret_cast<inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      auto folder = folders.find(event->wd);
      if (folder == folders.end()) continue;
      fs::path path = event->len > 0 ? folder->second / event->name : folder->second;
      if (event->len > 0 && is_ignored_file(u8_string(path.filename()))) continue;
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      changed.insert(path);
      save_ended = !(event->mask & IN_ISDIR) && (event->mask & kSaveEnded);
    }
  }
}

void Watcher::run() {
  std::set<fs::path> changed;
  bool save_ended = false;  // the newest event ended a save
  for (;;) {
    pollfd fds[2] = {{native_->fd, POLLIN, 0}, {native_->stop_pipe[0], POLLIN, 0}};
    // Wait for the first event without limit; once some arrived, wait for quiet: the
    // whole quiet period while a save may be under way, a moment once one has ended.
    int wait_ms = changed.empty() ? -1 : save_ended ? std::min(kAfterSaveMs, quiet_ms_) : quiet_ms_;
    int ready = poll(fds, 2, wait_ms);
    if (ready < 0 && errno != EINTR) return;
    if (fds[1].revents) return;
    if (ready > 0 && (fds[0].revents & POLLIN)) {
      native_->read_events(changed, save_ended);
      continue;
    }
    if (ready == 0 && !changed.empty()) {
      on_change_(changed);
      changed.clear();
    }
  }
}

}  // namespace cdp
