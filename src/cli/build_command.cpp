#include <cstdio>
#include <memory>

#include "pipeline/site_build.h"
#include "cli/commands.h"
#include "core/platform.h"
#include "core/terminal.h"

namespace cdp {

namespace {

struct BuildFlags {
  std::string source = "content";  // --source
  std::string output = "site";     // --output
  bool drafts = false;             // --drafts
  bool quiet = false;              // --quiet
};

void add_source_flags(CLI::App& command, BuildFlags& flags) {
  command.add_option("-s,--source", flags.source, "The site folder to read")
      ->capture_default_str()
      ->check(CLI::ExistingDirectory);
  command.add_flag("--drafts", flags.drafts, "Include pages whose front matter says draft = true");
  command.add_flag("-q,--quiet", flags.quiet, "Print nothing but errors");
}

int report(const Diagnostics& diagnostics) {
  write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
  return diagnostics.has_errors() ? kExitContentErrors : kExitOk;
}

int run_build(const BuildFlags& flags, bool write) {
  Diagnostics diagnostics;
  BuildStats stats;
  BuildOptions options{u8_path(flags.source), u8_path(flags.output), flags.drafts, write};
  options.process_ends_after = true;
  bool ok = build_site(options, diagnostics, stats);
  report(diagnostics);
  if (!ok) {
    if (write) write_text(stderr, "Nothing was written: " + flags.output + " is as it was.\n");
    return kExitContentErrors;
  }
  if (!flags.quiet && write) {
    char millis[32];
    std::snprintf(millis, sizeof millis, "%.0f", stats.seconds * 1000);
    write_text(stdout, "Built " + std::to_string(stats.pages) + " pages (" + std::to_string(stats.files) +
                           " files) into " + flags.output + " in " + millis + " ms\n");
  } else if (!flags.quiet) {
    bool warned = diagnostics.warning_count() > 0;
    write_text(stdout, (warned ? "No errors found in " : "No problems found in ") + flags.source +
                           (warned ? " (see the warnings above)\n" : "\n"));
  }
  return kExitOk;
}

}  // namespace

void add_build_commands(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<BuildFlags>();
  CLI::App* build = app.add_subcommand("build", "Build the site into the output folder");
  add_source_flags(*build, *flags);
  build->add_option("-o,--output", flags->output, "Where to write the built site")->capture_default_str();
  build->footer("The output folder is replaced only when the whole build succeeds.");
  build->callback([flags, &action] { action = [flags] { return run_build(*flags, true); }; });

  auto check_flags = std::make_shared<BuildFlags>();
  CLI::App* check = app.add_subcommand("check", "Check content, data, templates and links; write nothing");
  add_source_flags(*check, *check_flags);
  check->callback([check_flags, &action] { action = [check_flags] { return run_build(*check_flags, false); }; });
}

}  // namespace cdp
