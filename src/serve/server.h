#pragma once
// `cdpsite serve`: builds the site into a private folder (never the published site/),
// serves it over HTTP on loopback with Poco, watches the sources, rebuilds on change,
// and tells browsers to reload only once the new files are in place. A failed rebuild
// keeps the last good site and shows the errors over every page until fixed.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "pipeline/editable_pages.h"
#include "pipeline/page_draft.h"
#include "serve/live_reload.h"

namespace Poco::Net {
class HTTPServer;
}

namespace cdp {

class SiteBuild;
class Watcher;

struct ServeOptions {
  std::filesystem::path source = "content";  // the site folder
  std::string bind = "127.0.0.1";            // address to listen on (loopback by default)
  int port = 1313;                           // 0 picks a free port
  bool drafts = false;                       // include drafts
  bool quiet = false;                        // print only errors
};

// What the editor's handlers need (serve/editor_handlers.h). Editing is on only when
// the preview listens on loopback (serve/editor_guard.h).
struct EditorState {
  bool enabled = false;             // on loopback: "Edit this page" and the editor's requests
  std::string secret;               // this run's secret, held only by the editor page
  int port = 0;                     // the port listened on, for the Host and Origin checks
  std::filesystem::path site_root;  // the site folder, where pages are written
  mutable std::mutex mutex;         // guards source_by_output
  std::unordered_map<std::string, std::string> source_by_output;  // "news/index.html" -> "news.md"
  // Each runs on the last good build, holding it still (set by PreviewServer).
  std::function<PageDraft(const std::string& relative, std::string text)> render_draft;
  std::function<std::vector<LinkTarget>(const std::string& relative)> link_targets;
  std::function<std::vector<MetricChoice>(const std::string& relative)> metric_choices;
};

// What the request handlers need to know, shared with them.
struct ServeState {
  std::filesystem::path root;     // the folder holding the last good build
  LiveReload reload;              // events for browsers
  mutable std::mutex mutex;       // guards errors and error_generation
  std::string errors;             // plain text of the last failed build ("" when good)
  std::uint64_t error_generation = 0;  // changes whenever `errors` changes
  EditorState editor;             // the preview's editor
};

class PreviewServer {
 public:
  explicit PreviewServer(ServeOptions options);
  ~PreviewServer();

  // Builds once and starts listening. False (with `error` set) when it cannot listen
  // or when the first build fails so badly there is nothing to serve.
  bool start(std::string& error);
  // Stops watching and serving, and removes the private build folder.
  void stop();
  // The port actually listened on.
  int port() const { return port_; }
  // The address to open in a browser.
  std::string url() const;
  // Rebuilds after `changed` files changed (called by the watcher).
  void rebuild(const std::set<std::filesystem::path>& changed);

 private:
  // Builds the whole site into the served folder; keeps it for incremental updates.
  bool build(std::string& summary);
  // Re-renders only what the change touches (pipeline/preview_update.h); false when a
  // full build is needed.
  bool try_update(const std::set<std::filesystem::path>& changed, bool& ok, std::string& summary);
  void record_errors(const Diagnostics& diagnostics, bool ok);
  // Tells the editor which page each HTML file is made from, after a build or update.
  void record_sources();
  // Turns the editor on when listening on loopback, with its secret and callbacks.
  void set_up_editor();

  ServeOptions options_;                          // as given
  std::filesystem::path work_;                    // private temp folder
  std::shared_ptr<ServeState> state_;             // shared with request handlers
  std::unique_ptr<Poco::Net::HTTPServer> http_;   // the HTTP server
  std::unique_ptr<Watcher> watcher_;              // source watcher
  int port_ = 0;                                  // listening port
  std::unique_ptr<SiteBuild> current_;            // the last good build, kept in memory
  bool needs_full_build_ = true;                  // the last change failed: rebuild all
  std::mutex build_mutex_;                        // held while current_ is rebuilt or read
};

// True when every changed file is a stylesheet, so browsers can swap it in place.
bool only_stylesheets_changed(const std::set<std::filesystem::path>& changed);

// The event browsers get after a rebuild: "css" when only stylesheets changed, "update"
// when only some pages were re-rendered (`updated`, whether that worked or failed: an
// open page that changed swaps in its new body), "reload" when the whole site was built.
std::string reload_event(const std::set<std::filesystem::path>& changed, bool ok, bool updated);

}  // namespace cdp
