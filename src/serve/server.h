#pragma once
// `cdpsite serve`: builds the site into a private folder (never the published site/),
// serves it over HTTP on loopback with Poco, watches the sources, rebuilds on change,
// and tells browsers to reload only once the new files are in place. A failed rebuild
// keeps the last good site and shows the errors over every page until fixed.
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "core/diagnostic.h"
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

// What the request handlers need to know, shared with them.
struct ServeState {
  std::filesystem::path root;     // the folder holding the last good build
  LiveReload reload;              // events for browsers
  mutable std::mutex mutex;       // guards errors and error_generation
  std::string errors;             // plain text of the last failed build ("" when good)
  std::uint64_t error_generation = 0;  // changes whenever `errors` changes
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

  ServeOptions options_;                          // as given
  std::filesystem::path work_;                    // private temp folder
  std::shared_ptr<ServeState> state_;             // shared with request handlers
  std::unique_ptr<Poco::Net::HTTPServer> http_;   // the HTTP server
  std::unique_ptr<Watcher> watcher_;              // source watcher
  int port_ = 0;                                  // listening port
  std::unique_ptr<SiteBuild> current_;            // the last good build, kept in memory
  bool needs_full_build_ = true;                  // the last change failed: rebuild all
};

// True when every changed file is a stylesheet, so browsers can swap it in place.
bool only_stylesheets_changed(const std::set<std::filesystem::path>& changed);

// The event browsers get after a rebuild: "css" when only stylesheets changed, "update"
// when only some pages were re-rendered (`updated`, whether that worked or failed: an
// open page that changed swaps in its new body), "reload" when the whole site was built.
std::string reload_event(const std::set<std::filesystem::path>& changed, bool ok, bool updated);

}  // namespace cdp
