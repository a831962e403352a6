#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/platform.h"
#include "serve/editor_guard.h"
#include "serve/server.h"

namespace cdp {

namespace {

// Ctrl-C and termination are blocked in every thread (so threads started later
// inherit the mask) and waited for in this one (core/platform.cpp).
void open_browser(const std::string& url) {
  if (!open_in_browser(url)) std::fprintf(stderr, "Could not open a browser; open %s\n", url.c_str());
}

int run_serve(const ServeOptions& options, bool open) {
  block_stop_signals();
  PreviewServer server(options);
  std::string error;
  if (!server.start(error)) {
    write_text(stderr, "cdpsite serve: " + error +
                           "\n  hint: choose another port with --port, or stop the program using it\n");
    return kExitContentErrors;
  }
  write_text(stdout, "Serving " + u8_string(options.source) + " at " + server.url() + " (press Ctrl-C to stop)\n");
  if (!is_loopback_bind(options.bind)) {
    write_text(stderr, "Editing in the browser is off: the preview listens on " + options.bind +
                           ", which other computers can reach.\n  hint: leave out --bind to edit pages in the preview\n");
  }
  std::fflush(stdout);
  if (open) open_browser(server.url());
  wait_for_stop_request();
  server.stop();
  if (!options.quiet) std::printf("Stopped.\n");
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, CommandAction& action) {
  auto options = std::make_shared<ServeOptions>();
  auto open = std::make_shared<bool>(false);
  auto source = std::make_shared<std::string>("content");
  CLI::App* serve = app.add_subcommand("serve", "Preview the site with live reload while you edit");
  serve->add_option("-s,--source", *source, "The site folder to read")->capture_default_str()->check(CLI::ExistingDirectory);
  serve->add_option("-p,--port", options->port, "Port to listen on (0 picks a free one)")->capture_default_str()->check(CLI::Range(0, 65535));
  serve->add_option("-b,--bind", options->bind, "Address to listen on, e.g. 127.0.0.1 or ::1")->capture_default_str();
  serve->add_flag("--drafts", options->drafts, "Include pages whose front matter says draft = true");
  serve->add_flag("--open", *open, "Open the site in a browser");
  serve->add_flag("-q,--quiet", options->quiet, "Print nothing but errors and the address");
  serve->footer("The preview builds into a private folder: the published site/ is never touched.");
  serve->callback([options, open, source, &action] {
    options->source = u8_path(*source);
    action = [options, open] { return run_serve(*options, *open); };
  });
}

}  // namespace cdp
