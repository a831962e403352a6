#pragma once
// Tells connected browsers what to do after a rebuild, over Server-Sent Events from the
// preview server itself: "reload" the page (the whole site was built again), "update" it
// (some pages were re-rendered: an open page that changed swaps its new body in place),
// or swap the stylesheets ("css") without a reload. Events are sent only after the new
// files are in place.
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

namespace cdp {

class LiveReload {
 public:
  // Sends `event` ("reload", "update" or "css") to every waiting browser.
  void broadcast(const std::string& event);
  // Waits until an event newer than `seen` exists or `timeout_ms` passes; returns the
  // newest event number and sets `event`, or returns `seen` on timeout or shutdown.
  std::uint64_t wait(std::uint64_t seen, int timeout_ms, std::string& event);
  // The number of the newest event (0 before any).
  std::uint64_t current() const;
  // Wakes every waiter for good (the server is stopping).
  void shut_down();
  bool is_shut_down() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t generation_ = 0;  // events sent so far
  std::string last_event_;        // the newest event's name
  bool shut_down_ = false;        // no more events will come
};

// The script the preview injects into every HTML page (never into a built site), given
// the ETag the page is served with (so that it can tell whether an update changed it).
// It connects to /__cdpsite/events on the page's own origin, so it works on any host,
// IPv6 loopback included.
std::string live_reload_script(const std::string& version);

}  // namespace cdp
