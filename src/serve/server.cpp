#include "core/platform.h"
#include "serve/server.h"


#include <chrono>
#include <cstdio>

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include "pipeline/editable_pages.h"
#include "pipeline/page_draft.h"
#include "pipeline/preview_update.h"
#include "pipeline/site_build.h"
#include "core/terminal.h"
#include "serve/editor_guard.h"
#include "serve/handlers.h"
#include "serve/watcher.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

// How long changes must be quiet before a rebuild: an editor's save is several events.
// Once an event ends a save (Linux: closed after writing, renamed into place), the
// watcher waits only a moment more (watcher.cpp).
constexpr int kQuietMs = 30;

Poco::ThreadPool& handler_threads() {
  // Each open page holds one event stream, so allow many more threads than cores.
  static Poco::ThreadPool pool(4, 128);
  return pool;
}

}  // namespace

bool only_stylesheets_changed(const std::set<fs::path>& changed) {
  if (changed.empty()) return false;
  for (const fs::path& path : changed) {
    if (path.extension() != ".css") return false;
  }
  return true;
}

std::string reload_event(const std::set<fs::path>& changed, bool ok, bool updated) {
  if (ok && only_stylesheets_changed(changed)) return "css";
  return updated ? "update" : "reload";
}

PreviewServer::PreviewServer(ServeOptions options)
    : options_(std::move(options)), state_(std::make_shared<ServeState>()) {
  work_ = fs::temp_directory_path() / ("cdpsite-serve-" + std::to_string(process_id()));
  state_->root = work_ / "site";
}

PreviewServer::~PreviewServer() { stop(); }

std::string PreviewServer::url() const {
  bool ipv6 = options_.bind.find(':') != std::string::npos;
  std::string host = ipv6 ? "[" + options_.bind + "]" : options_.bind;
  return "http://" + host + ":" + std::to_string(port_) + "/";
}

void PreviewServer::record_errors(const Diagnostics& diagnostics, bool ok) {
  std::string errors = ok ? "" : format_diagnostics(diagnostics, false);
  {
    std::lock_guard lock(state_->mutex);
    // Only a change of the errors changes every page (and its ETag): open pages that
    // an update did not touch are then left alone.
    if (errors != state_->errors) {
      state_->errors = std::move(errors);
      ++state_->error_generation;
    }
  }
  needs_full_build_ = !ok;
  // Warnings of a build that succeeded go to the terminal only: the overlay says the
  // change could not be built, which is not so.
  if (!ok || diagnostics.warning_count() > 0) write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
}

void PreviewServer::record_sources() {
  if (!state_->editor.enabled || !current_) return;
  auto sources = sources_by_output(current_->loaded());
  std::lock_guard lock(state_->editor.mutex);
  state_->editor.source_by_output = std::move(sources);
}

void PreviewServer::set_up_editor() {
  EditorState& editor = state_->editor;
  editor.enabled = is_loopback_bind(options_.bind);
  if (!editor.enabled) return;
  editor.secret = make_editor_secret();
  editor.port = port_;
  std::error_code ec;
  editor.site_root = fs::absolute(options_.source, ec);
  editor.render_draft = [this](const std::string& relative, std::string text) {
    std::lock_guard lock(build_mutex_);
    return current_ ? render_draft(*current_, relative, std::move(text)) : PageDraft{};
  };
  editor.link_targets = [this](const std::string& relative) {
    std::lock_guard lock(build_mutex_);
    return current_ ? link_targets(current_->loaded(), relative) : std::vector<LinkTarget>{};
  };
  editor.metric_choices = [this](const std::string& relative) {
    std::lock_guard lock(build_mutex_);
    return current_ ? metric_choices(current_->loaded(), relative) : std::vector<MetricChoice>{};
  };
  record_sources();
}

bool PreviewServer::build(std::string& summary) {
  auto started = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  BuildStats stats;
  auto build = std::make_unique<SiteBuild>(BuildOptions{.source = options_.source, .output = state_->root, .drafts = options_.drafts, .write = true, .preview = true});
  bool ok = build->prepare(diagnostics) && build->write(state_->root, diagnostics, stats);
  if (ok) current_ = std::move(build);
  record_errors(diagnostics, ok);
  if (ok) record_sources();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  summary = ok ? std::to_string(stats.pages) + " pages in " + std::to_string(ms) + " ms"
               : "build failed; still serving the last good site";
  return ok;
}

bool PreviewServer::try_update(const std::set<fs::path>& changed, bool& ok, std::string& summary) {
  if (needs_full_build_ || !current_) return false;
  Diagnostics diagnostics;
  UpdateOutcome outcome = update_preview(*current_, changed, state_->root, diagnostics).outcome;
  if (outcome == UpdateOutcome::kNeedsFullBuild) return false;
  ok = outcome != UpdateOutcome::kFailed;
  record_errors(diagnostics, ok);
  if (ok) record_sources();
  summary = ok ? "re-rendered what changed" : "build failed; still serving the last good site";
  return true;
}

bool PreviewServer::start(std::string& error) {
  std::error_code ec;
  fs::remove_all(work_, ec);
  fs::create_directories(work_, ec);
  std::string summary;
  if (!build(summary) && !fs::exists(state_->root / "index.html")) {
    // Nothing to serve yet: serve an empty folder so the overlay shows the errors.
    fs::create_directories(state_->root, ec);
  }
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(options_.bind, static_cast<Poco::UInt16>(options_.port)));
    port_ = socket.address().port();
    set_up_editor();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(128);
    params->setKeepAlive(true);
    http_ = std::make_unique<Poco::Net::HTTPServer>(make_handler_factory(state_), handler_threads(), socket, params);
    http_->start();
  } catch (const Poco::Exception& failure) {
    error = "cannot listen on " + options_.bind + ":" + std::to_string(options_.port) + ": " + failure.displayText();
    return false;
  }
  std::vector<fs::path> roots = {options_.source};
  if (current_) roots = current_->source_folders();
  watcher_ = std::make_unique<Watcher>(roots, kQuietMs, [this](const std::set<fs::path>& changed) { rebuild(changed); });
  if (!options_.quiet) write_text(stdout, "Built " + summary + "\n");
  return true;
}

void PreviewServer::rebuild(const std::set<fs::path>& changed) {
  auto started = std::chrono::steady_clock::now();
  std::string summary;
  bool ok = false;
  bool updated = false;
  {
    std::lock_guard lock(build_mutex_);  // the editor's drafts render on the build
    updated = try_update(changed, ok, summary);
    if (!updated) ok = build(summary);
  }
  // Timed before the event is sent: a busy machine may pause this thread after it.
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  // The new files are in place (or the error is recorded): only now tell browsers.
  state_->reload.broadcast(reload_event(changed, ok, updated));
  if (!options_.quiet) {
    std::string what = changed.size() == 1 ? u8_string(changed.begin()->filename()) : "changes";
    write_text(stdout, what + ": " + summary + " (" + std::to_string(ms) + " ms to reload)\n");
    std::fflush(stdout);
  }
}

void PreviewServer::stop() {
  watcher_.reset();
  state_->reload.shut_down();
  if (http_) {
    http_->stopAll(true);
    http_.reset();
  }
  std::error_code ec;
  if (!work_.empty()) fs::remove_all(work_, ec);
}

}  // namespace cdp
