#include "serve/watcher.h"

#ifndef _WIN32  // Windows: watcher_windows.cpp

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/platform.h"
#include "core/fs.h"

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

bool Watcher::ok() const { return fd_ >= 0; }

Watcher::Watcher(std::vector<fs::path> roots, int quiet_ms, OnChange on_change)
    : roots_(std::move(roots)), quiet_ms_(quiet_ms), on_change_(std::move(on_change)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0 || pipe(stop_pipe_) != 0) {
    error_ = std::strerror(errno);
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    return;
  }
  for (const fs::path& root : roots_) watch_tree(root);
  thread_ = std::thread([this] { run(); });
}

Watcher::~Watcher() {
  if (fd_ < 0) return;
  char stop = 1;
  if (write(stop_pipe_[1], &stop, 1) < 0) { /* the thread will still see the closed pipe */ }
  if (thread_.joinable()) thread_.join();
  close(fd_);
  close(stop_pipe_[0]);
  close(stop_pipe_[1]);
}

void Watcher::watch_tree(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  int wd = inotify_add_watch(fd_, folder.c_str(), kEvents);
  if (wd >= 0) folders_[wd] = folder;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec)) continue;
    if (u8_string(it->path().filename()).starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    int child = inotify_add_watch(fd_, it->path().c_str(), kEvents);
    if (child >= 0) folders_[child] = it->path();
  }
}

void Watcher::read_events(std::set<fs::path>& changed, bool& save_ended) {
  alignas(inotify_event) char buffer[64 * 1024];
  for (;;) {
    ssize_t length = read(fd_, buffer, sizeof buffer);
    if (length <= 0) return;
    for (char* at = buffer; at < buffer + length;) {
      auto* event = reinterpret_cast<inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
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
    pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
    // Wait for the first event without limit; once some arrived, wait for quiet: the
    // whole quiet period while a save may be under way, a moment once one has ended.
    int wait_ms = changed.empty() ? -1 : save_ended ? std::min(kAfterSaveMs, quiet_ms_) : quiet_ms_;
    int ready = poll(fds, 2, wait_ms);
    if (ready < 0 && errno != EINTR) return;
    if (fds[1].revents) return;
    if (ready > 0 && (fds[0].revents & POLLIN)) {
      read_events(changed, save_ended);
      continue;
    }
    if (ready == 0 && !changed.empty()) {
      on_change_(changed);
      changed.clear();
    }
  }
}

}  // namespace cdp

#endif  // _WIN32
