#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "core/terminal.h"
#include "core/user_error.h"

namespace cdp {

namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 success, 1 errors in the content or data or a failed publish (each with its\n"
    "file:line:col), 2 wrong usage, 3 an internal failure of cdpsite (please report it).";

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"cdpsite: websites for Combating Drugs Partnerships, from Markdown and TOML", "cdpsite"};
  app.set_version_flag("-V,--version", std::string("cdpsite ") + CDPSITE_VERSION);
  app.require_subcommand(1);
  app.footer(kExitCodes);
  CommandAction action;
  add_build_commands(app, action);
  add_serve_command(app, action);
  add_publish_command(app, action);
  add_new_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    return action ? action() : kExitUsage;
  } catch (const UserError& error) {
    Diagnostics diagnostics;
    diagnostics.add(error_in("", error.what(), error.hint));
    std::fputs(format_diagnostics(diagnostics, use_colour(stderr)).c_str(), stderr);
    return kExitContentErrors;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "cdpsite: internal error: %s\nThis is a bug in cdpsite; please report it.\n",
                 error.what());
    return kExitInternal;
  }
}

}  // namespace cdp
