#include <cstdio>
#include <memory>

#include "pipeline/site_build.h"
#include "cli/commands.h"
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
  std::fputs(format_diagnostics(diagnostics, use_colour(stderr)).c_str(), stderr);
  return diagnostics.has_errors() ? kExitContentErrors : kExitOk;
}

int run_build(const BuildFlags& flags, bool write) {
  Diagnostics diagnostics;
  BuildStats stats;
  BuildOptions options{flags.source, flags.output, flags.drafts, write};
  bool ok = build_site(options, diagnostics, stats);
  report(diagnostics);
  if (!ok) {
    if (write) std::fprintf(stderr, "Nothing was written: %s is as it was.\n", flags.output.c_str());
    return kExitContentErrors;
  }
  if (!flags.quiet && write) {
    std::printf("Built %zu pages (%zu files) into %s in %.0f ms\n", stats.pages, stats.files,
                flags.output.c_str(), stats.seconds * 1000);
  } else if (!flags.quiet) {
    std::printf("No problems found in %s\n", flags.source.c_str());
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
