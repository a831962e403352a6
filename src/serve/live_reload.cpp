#include "serve/live_reload.h"

#include <chrono>

#include "core/html.h"

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

namespace {

// For an "update" the page fetches itself and, when only its body changed, swaps the new
// body in, in one step: no navigation, so no flash; no layout in between, so the scroll
// position stays; the focus goes back where it was, and the page's own scripts run
// again on the new body. A changed head, a "reload" or any failure reloads the page.
constexpr const char* kScriptBody = R"JS(
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script.getAttribute("data-version");
  // What the page is served with besides its body; the title may change in place.
  function headOf(doc) {
    var parts = [doc.documentElement.getAttributeNames().map(function (name) {
      return name + "=" + doc.documentElement.getAttribute(name);
    }).join(" ")];
    Array.prototype.forEach.call(doc.head.children, function (child) {
      if (child.tagName !== "TITLE") parts.push(child.outerHTML);
    });
    return parts.join("\n");
  }
  var head = headOf(document);
  function reload() { location.reload(); }
  // Scripts from a parsed document never run: put in fresh copies, in order. Returns
  // the last one that loads a file (null when none does).
  function runScripts(body) {
    var last = null;
    body.querySelectorAll("script").forEach(function (old) {
      if (old.id === "cdpsite-live-reload") return;
      var fresh = document.createElement("script");
      Array.prototype.forEach.call(old.attributes, function (a) { fresh.setAttribute(a.name, a.value); });
      fresh.async = false;
      fresh.text = old.text;
      old.replaceWith(fresh);
      if (fresh.src) last = fresh;
    });
    return last;
  }
  // Focus goes back to the element of the same id, if there is one.
  function refocus(id) {
    var element = id && document.getElementById(id);
    if (element && document.activeElement !== element) element.focus({ preventScroll: true });
  }
  function swap(text) {
    var next = new DOMParser().parseFromString(text, "text/html");
    var mark = next.getElementById("cdpsite-live-reload");
    if (headOf(next) !== head || !mark) return reload();
    var focused = document.activeElement && document.activeElement.id;
    var body = document.adoptNode(next.body);
    document.body.replaceWith(body);
    if (document.title !== next.title) document.title = next.title;
    refocus(focused);
    shown = mark.getAttribute("data-version");
    // The page's scripts may reveal what was focused (search shows its form): again then.
    var last = runScripts(body);
    if (last) last.addEventListener("load", function () {
      if (document.activeElement === document.body) refocus(focused);  // unless the reader moved on
    });
  }
  var busy = false, wanted = false;
  function update() {
    if (busy) { wanted = true; return; }
    busy = true;
    fetch(location.href, { cache: "no-cache" }).then(function (response) {
      if (!response.ok || response.redirected) throw new Error("not the same page");
      if (response.headers.get("ETag") === shown) return;
      return response.text().then(swap);
    }).then(function () {
      busy = false;
      if (wanted) { wanted = false; update(); }
    }, reload);
  }
  var source = new EventSource("/__cdpsite/events");
  source.addEventListener("reload", reload);
  source.addEventListener("update", update);
  source.addEventListener("css", function () {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("cdpsite-reload", Date.now());
      link.href = url.toString();
    });
  });
})();
</script>)JS";

}  // namespace

std::string live_reload_script(const std::string& version) {
  return "<script id=\"cdpsite-live-reload\" data-version=\"" + escape_html(version) + "\">" + kScriptBody;
}

}  // namespace cdp
