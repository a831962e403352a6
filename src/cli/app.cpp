#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/platform.h"
#include "core/terminal.h"
#include "core/user_error.h"

namespace cdp {

namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 success, 1 errors in the content or data or a failed publish (each with its\n"
    "file:line:col), 2 wrong usage, 3 an internal failure of cdpsite (please report it).";

// cdpsite.exe double-clicked in a folder without content/: asks for the partnership's
// name in the window, so that a site can be started without a terminal. "" when the
// user only pressed Enter (the window then closes).
std::string ask_for_site_title() {
  write_text(stdout,
             "There is no site in this folder yet: cdpsite looks for a folder named content beside it.\n"
             "To start one, type the name of your partnership and press Enter (or just press Enter to close): ");
  std::fflush(stdout);
  std::string title = read_typed_line();
  while (!title.empty() && (title.back() == ' ' || title.back() == '\r')) title.pop_back();
  while (!title.empty() && title.front() == ' ') title.erase(0, 1);
  return title;
}

int run_parsed(CLI::App& app, int argc, char** argv, CommandAction& action);

// Runs one command line (arguments[0] the program).
int run_arguments(std::vector<std::string> arguments) {
  std::vector<char*> pointers;
  for (std::string& argument : arguments) pointers.push_back(argument.data());
  pointers.push_back(nullptr);
  CLI::App app{"cdpsite: websites for Combating Drugs Partnerships, from Markdown and TOML", "cdpsite"};
  CommandAction action;
  return run_parsed(app, static_cast<int>(arguments.size()), pointers.data(), action);
}

}  // namespace

void add_commands(CLI::App& app, CommandAction& action) {
  app.set_version_flag("-V,--version", std::string("cdpsite ") + CDPSITE_VERSION);
  app.require_subcommand(1);
  app.footer(kExitCodes);
  add_build_commands(app, action);
  add_serve_command(app, action);
  add_publish_command(app, action);
  add_new_command(app, action);
  add_import_command(app, action);
  add_import_figures_command(app, action);  // `import figures`, a subcommand of the import above
  add_help_command(app, action);
}

int run_cli(int argc, char** argv) {
  prepare_process();
  // UTF-8 arguments whatever the system's code page (Windows: from GetCommandLineW).
  std::vector<std::string> arguments = utf8_arguments(argc, argv);
  // cdpsite.exe double-clicked in Explorer: no arguments, and a console of its own that
  // closes when it ends. The preview starts, after a new site is made when the folder
  // has none; a failure waits for a key so that its message is not lost.
  if (arguments.size() != 1 || !started_by_double_click()) return run_arguments(arguments);
  std::error_code ec;
  if (!std::filesystem::is_directory("content", ec)) {
    std::string title = ask_for_site_title();
    if (title.empty()) return kExitOk;
    int made = run_arguments({arguments[0], "new", "site", "content", "--title", title});
    if (made != kExitOk) {
      wait_for_key_press();
      return made;
    }
  }
  int code = run_arguments({arguments[0], "serve", "--open"});
  if (code != kExitOk) wait_for_key_press();
  return code;
}

namespace {

int run_parsed(CLI::App& app, int argc, char** argv, CommandAction& action) {
  add_commands(app, action);
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
    write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
    return kExitContentErrors;
  } catch (const std::exception& error) {
    write_text(stderr, std::string("cdpsite: internal error: ") + error.what() +
                           "\nThis is a bug in cdpsite; please report it.\n");
    return kExitInternal;
  }
}

}  // namespace

}  // namespace cdp
