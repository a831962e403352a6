// The Windows watcher: a change notification per root (FindFirstChangeNotificationW,
// the whole tree) wakes the thread, which then compares the tree with what it saw
// before. Comparing, rather than reading ReadDirectoryChangesW's records, gives the
// same changed paths whatever way an editor saves (Windows reports a rename as a
// remove and an add, with backslashes), and also catches a change the notification
// missed: the tree is compared every second while nothing is pending. CMake builds this
// file on Windows only (watcher_posix.cpp elsewhere).
#include <windows.h>

#include <chrono>
#include <map>
#include <utility>

#include "core/fs.h"
#include "core/platform.h"
#include "serve/watcher.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr int kPollMs = 1000;  // compare the tree at least this often

// Every file and folder under the roots, with its time and size.
using Tree = std::map<fs::path, std::pair<fs::file_time_type, std::uintmax_t>>;

Tree scan(const std::vector<fs::path>& roots) {
  Tree tree;
  for (const fs::path& root : roots) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      std::wstring name = path.filename().wstring();
      if (it->is_directory(ec)) {
        if (!name.empty() && name[0] == L'.') {
          it.disable_recursion_pending();
          continue;
        }
        tree[path] = {fs::file_time_type(), 0};
        continue;
      }
      if (is_ignored_file(u8_string(path.filename()))) continue;
      std::error_code ignored;
      tree[path] = {it->last_write_time(ignored), it->file_size(ignored)};
    }
  }
  return tree;
}

// Adds the paths added, removed or changed between two scans; false when none.
bool compare(const Tree& before, const Tree& after, std::set<fs::path>& changed) {
  bool any = false;
  for (const auto& [path, stamp] : after) {
    auto it = before.find(path);
    if (it == before.end() || it->second != stamp) any = changed.insert(path).second || true;
  }
  for (const auto& [path, stamp] : before) {
    if (!after.contains(path)) any = changed.insert(path).second || true;
  }
  return any;
}

}  // namespace

struct Watcher::Native {
  HANDLE stop_event = nullptr;                  // set to stop the thread
  HANDLE scanned_event = nullptr;               // set once the thread has seen the tree as it starts
};

Watcher::Watcher(std::vector<fs::path> roots, int quiet_ms, OnChange on_change)
    : roots_(std::move(roots)), quiet_ms_(quiet_ms), on_change_(std::move(on_change)),
      native_(std::make_unique<Native>()) {
  native_->stop_event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  if (!native_->stop_event) {
    error_ = "cannot create an event (Windows error " + std::to_string(GetLastError()) + ")";
    return;
  }
  // The first look at the tree is made before the constructor returns, so that a change
  // made just after is seen as one.
  native_->scanned_event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  thread_ = std::thread([this] { run(); });
  if (native_->scanned_event) {
    WaitForSingleObject(native_->scanned_event, INFINITE);
    CloseHandle(native_->scanned_event);
    native_->scanned_event = nullptr;
  }
}

Watcher::~Watcher() {
  if (!native_->stop_event) return;
  SetEvent(native_->stop_event);
  if (thread_.joinable()) thread_.join();
  CloseHandle(native_->stop_event);
}

bool Watcher::ok() const { return native_->stop_event != nullptr; }

void Watcher::run() {
  std::vector<HANDLE> handles = {native_->stop_event};
  for (const fs::path& root : roots_) {
    HANDLE change = FindFirstChangeNotificationW(
        root.c_str(), TRUE,
        FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME | FILE_NOTIFY_CHANGE_LAST_WRITE |
            FILE_NOTIFY_CHANGE_SIZE);
    if (change != INVALID_HANDLE_VALUE) handles.push_back(change);
  }
  Tree tree = scan(roots_);
  if (native_->scanned_event) SetEvent(native_->scanned_event);
  std::set<fs::path> changed;
  for (;;) {
    DWORD wait = WaitForMultipleObjects(static_cast<DWORD>(handles.size()), handles.data(), FALSE,
                                        changed.empty() ? kPollMs : static_cast<DWORD>(quiet_ms_));
    if (wait == WAIT_OBJECT_0 || wait == WAIT_FAILED) break;
    bool notified = wait > WAIT_OBJECT_0 && wait < WAIT_OBJECT_0 + handles.size();
    if (notified) FindNextChangeNotification(handles[wait - WAIT_OBJECT_0]);
    Tree now = scan(roots_);
    bool moved = compare(tree, now, changed);
    tree = std::move(now);
    // Changes settled: nothing new since the last look, a quiet period ago.
    if (!notified && !moved && !changed.empty()) {
      on_change_(changed);
      changed.clear();
    }
  }
  for (std::size_t i = 1; i < handles.size(); ++i) FindCloseChangeNotification(handles[i]);
}

}  // namespace cdp
