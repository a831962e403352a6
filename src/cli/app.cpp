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

// cdpsite.exe double-clicked in Explorer: no arguments, and a console of its own that
// closes when it ends. With content/ in the folder, the preview starts; without, two
// lines say how to start a site, and the window waits for a key.
bool double_clicked_without_site(std::vector<std::string>& arguments) {
  if (arguments.size() != 1 || !started_by_double_click()) return false;
  std::error_code ec;
  if (std::filesystem::is_directory("content", ec)) {
    arguments = {arguments[0], "serve", "--open"};
    return false;
  }
  write_text(stdout,
             "There is no site in this folder yet: cdpsite looks for a folder named content beside it.\n"
             "To start one, open a terminal here and run: cdpsite new site content --title \"Our partnership\" "
             "(then double-click cdpsite again).\n");
  std::fflush(stdout);
  wait_for_key_press();
  return true;
}

int run_parsed(CLI::App& app, int argc, char** argv, CommandAction& action);

}  // namespace

int run_cli(int argc, char** argv) {
  prepare_process();
  // UTF-8 arguments whatever the system's code page (Windows: from GetCommandLineW).
  std::vector<std::string> arguments = utf8_arguments(argc, argv);
  bool double_clicked = arguments.size() == 1 && started_by_double_click();
  if (double_clicked_without_site(arguments)) return kExitOk;
  std::vector<char*> pointers;
  for (std::string& argument : arguments) pointers.push_back(argument.data());
  pointers.push_back(nullptr);
  CLI::App app{"cdpsite: websites for Combating Drugs Partnerships, from Markdown and TOML", "cdpsite"};
  CommandAction action;
  int code = run_parsed(app, static_cast<int>(arguments.size()), pointers.data(), action);
  if (double_clicked && code != kExitOk) wait_for_key_press();  // keep the message on screen
  return code;
}

namespace {

int run_parsed(CLI::App& app, int argc, char** argv, CommandAction& action) {
  app.set_version_flag("-V,--version", std::string("cdpsite ") + CDPSITE_VERSION);
  app.require_subcommand(1);
  app.footer(kExitCodes);
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
