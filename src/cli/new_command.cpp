// `cdpsite new site DIR`, `cdpsite new partnership NAME`, `cdpsite new document KIND
// TITLE`: the command line of scaffold/new_files.h, which makes them.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "core/platform.h"
#include "core/user_error.h"
#include "scaffold/new_files.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

struct NewFlags {
  std::string what;     // site, partnership, document
  std::string name;     // DIR, NAME, or KIND
  std::string title;    // the document's title
  std::string site_title;  // --title for a site (a placeholder that check reports when not given)
  bool top = false;     // --top: a partnership at the top of the site (a one-partnership site)
  std::string source = "content";
  std::string in;       // --in FOLDER for a document
};

std::vector<fs::path> make(const NewFlags& flags) {
  if (flags.what == "site") return new_site(u8_path(flags.name), flags.site_title);
  if (flags.what == "partnership") return new_partnership(u8_path(flags.source), flags.name, flags.top);
  return new_document(u8_path(flags.source), flags.name, flags.title, u8_path(flags.in));
}

int run_new(const NewFlags& flags) {
  for (const fs::path& file : make(flags)) write_text(stdout, "Created " + u8_string(file) + "\n");
  return kExitOk;
}

}  // namespace

void add_new_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<NewFlags>();
  CLI::App* command = app.add_subcommand("new", "Start a site, a partnership or a document from a template");
  command->add_option("what", flags->what, "site, partnership or document")
      ->required()
      ->check(CLI::IsMember({"site", "partnership", "document"}));
  command->add_option("name", flags->name,
                      "site: its folder; partnership: its name; document: its kind (strategy, annual-report, "
                      "board-report, update, news, or a kind the site defines in site.toml)")
      ->required();
  command->add_option("document-title", flags->title, "document: its title");
  command->add_option("--title", flags->site_title,
                      "site: its title (without it, a placeholder that `cdpsite check` asks you to replace)");
  command->add_flag("--top", flags->top,
                    "partnership: put it at the top of the site, for a site of one partnership (its pages are then "
                    "about/, priorities/ and metrics/ of the site)");
  command->add_option("-s,--source", flags->source, "The site folder (for a partnership or a document)")
      ->capture_default_str();
  command->add_option("--in", flags->in, "document: the folder to put it in (default: the only partnership's)");
  command->footer("Nothing is ever overwritten. What is made holds placeholders (\"Replace this with ...\", "
                  "\"Write the home page here ...\"): `cdpsite serve` shows it at once and lists them as warnings; "
                  "`cdpsite check`, `build` and `publish` refuse it until each is replaced with your own words.");
  command->callback([flags, &action] { action = [flags] { return run_new(*flags); }; });
}

}  // namespace cdp
