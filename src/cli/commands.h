#pragma once
// The command line: one function per command, each adding its subcommand to the app.
// Exit codes scripts can rely on: 0 success, 1 content or data errors, 2 wrong usage,
// 3 an internal failure of cdpsite itself (a bug: please report it).
#include <functional>

#include <CLI/CLI.hpp>

namespace cdp {

constexpr int kExitOk = 0;
constexpr int kExitContentErrors = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

// A command's action, run after parsing; returns the exit code.
using CommandAction = std::function<int()>;

// Adds `build` and `check`; sets `action` to run when either is chosen.
void add_build_commands(CLI::App& app, CommandAction& action);

// Adds `serve`.
void add_serve_command(CLI::App& app, CommandAction& action);

// Adds `publish`.
void add_publish_command(CLI::App& app, CommandAction& action);

// Adds `new`.
void add_new_command(CLI::App& app, CommandAction& action);

// Adds `import` (a Word document becomes a page).
void add_import_command(CLI::App& app, CommandAction& action);
// Adds `import figures` (to the `import` command, made here when no other import made it).
void add_import_figures_command(CLI::App& app, CommandAction& action);
// Adds `help`: the guide that ships with cdpsite, opened at a topic's page.
void add_help_command(CLI::App& app, CommandAction& action);

// Adds every command, the version flag and the footer to `app`: the command line that
// run_cli parses, and that the guide's reference is tested against.
void add_commands(CLI::App& app, CommandAction& action);

// Parses the command line and runs the chosen command.
int run_cli(int argc, char** argv);

}  // namespace cdp
