#include "serve/live_reload.h"

#include <chrono>

namespace cdp {

void LiveReload::broadcast(const std::string& event) {
  {
    std::lock_guard lock(mutex_);
    ++generation_;
    last_event_ = event;
  }
  changed_.notify_all();
}

std::uint64_t LiveReload::wait(std::uint64_t seen, int timeout_ms, std::string& event) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                    [&] { return generation_ != seen || shut_down_; });
  if (shut_down_ || generation_ == seen) return seen;
  event = last_event_;
  return generation_;
}

std::uint64_t LiveReload::current() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

void LiveReload::shut_down() {
  {
    std::lock_guard lock(mutex_);
    shut_down_ = true;
  }
  changed_.notify_all();
}

bool LiveReload::is_shut_down() const {
  std::lock_guard lock(mutex_);
  return shut_down_;
}

const std::string& live_reload_script() {
  static const std::string script = R"JS(<script>
(function () {
  var source = new EventSource("/__cdpsite/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("css", function () {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("cdpsite-reload", Date.now());
      link.href = url.toString();
    });
  });
})();
</script>)JS";
  return script;
}

}  // namespace cdp
