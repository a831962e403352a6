// `cdpsite new site DIR`, `cdpsite new partnership NAME`, `cdpsite new document KIND
// TITLE`: starting points from the templates in scaffold/ (installed with cdpsite),
// with comments that say what to fill in. What they make passes `cdpsite check` as it
// is, and they never overwrite a file.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "core/fs.h"
#include "core/install_paths.h"
#include "core/platform.h"
#include "core/suggest.h"
#include "model/date.h"
#include "core/user_error.h"
#include "load/config.h"

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

fs::path scaffold_folder() {
  for (const fs::path& folder : shared_folders()) {
    if (fs::is_directory(folder / "scaffold")) return folder / "scaffold";
  }
  throw UserError("cannot find cdpsite's templates for new files (scaffold/)", "reinstall cdpsite");
}

// "West Sussex & Co" -> "west-sussex-co".
std::string slug_of(const std::string& text) {
  std::string slug;
  for (char c : text) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a'), alnum = true;
    if (alnum) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

// Text inside a TOML basic string.
std::string toml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') continue;
    out += c;
  }
  return out;
}

std::string filled(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    std::string placeholder = "{{" + key + "}}";
    for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

// Writes every file of the template folder `kind` into `into`; refuses to overwrite.
// A file renamed to "" is left out.
std::vector<fs::path> copy_template(const std::string& kind, const fs::path& into,
                                    const std::map<std::string, std::string>& values,
                                    const std::map<std::string, std::string>& renames = {}) {
  std::vector<std::pair<fs::path, std::string>> files;
  for (const auto& entry : fs::directory_iterator(scaffold_folder() / kind)) {
    std::string name = u8_string(entry.path().filename());
    if (auto renamed = renames.find(name); renamed != renames.end()) name = renamed->second;
    if (name.empty()) continue;
    fs::path target = into / name;
    if (fs::exists(target)) {
      throw UserError(u8_string(target) + " already exists, and cdpsite new never overwrites a file",
                         "choose another name, or move the existing file away first");
    }
    std::optional<std::string> text = read_file(entry.path());
    if (!text) throw UserError("cannot read cdpsite's template " + u8_string(entry.path()), "reinstall cdpsite");
    files.push_back({target, filled(*text, values)});
  }
  std::vector<fs::path> written;
  for (const auto& [target, text] : files) {
    fs::create_directories(target.parent_path());
    std::string reason;
    if (!write_file(target, text, &reason)) throw UserError("cannot write " + u8_string(target) + ": " + reason, "check the folder");
    written.push_back(target);
  }
  std::sort(written.begin(), written.end());
  return written;
}

const std::map<std::string, std::string>& document_kinds() {
  static const std::map<std::string, std::string> kinds = {{"strategy", "strategy"},
                                                            {"annual-report", "annual report"},
                                                            {"annual report", "annual report"},
                                                            {"board-report", "board report"},
                                                            {"board report", "board report"},
                                                            {"update", "update"},
                                                            {"news", "news"}};
  return kinds;
}

// The folders of the site's partnerships (each holds a partnership.toml).
std::vector<fs::path> partnership_folders(const fs::path& source) {
  std::vector<fs::path> partnerships;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(source, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == "partnership.toml") partnerships.push_back(it->path().parent_path());
  }
  return partnerships;
}

// The only partnership's folder when there is one, else the site folder.
fs::path default_document_folder(const fs::path& source) {
  std::vector<fs::path> partnerships = partnership_folders(source);
  return partnerships.size() == 1 ? partnerships.front() : source;
}

// A partnership at the top of the site is the site's only one: its pages are the
// site's own (about/, priorities/, metrics/).
void require_room_for(const fs::path& source, bool top) {
  std::vector<fs::path> partnerships = partnership_folders(source);
  if (top && !partnerships.empty()) {
    throw UserError("the site already has a partnership, in " + u8_string(partnerships.front()),
                    "--top makes a site for one partnership, with its pages at the top of the site; leave out "
                    "--top to add another partnership under partnerships/");
  }
  if (!top && fs::is_regular_file(source / "partnership.toml")) {
    throw UserError("this site's partnership is at its top (" + u8_string(source / "partnership.toml") +
                        "), so the site is for that partnership alone",
                    "to have several partnerships, move partnership.toml and the files beside it into "
                    "partnerships/NAME/ first");
  }
}

// A partnership or a document goes into an existing site: without this, one made from
// the wrong folder would start a second, half-made site that never builds.
void require_site(const fs::path& source) {
  if (fs::is_regular_file(source / "site.toml")) return;
  throw UserError("there is no site in " + u8_string(source) + " (it has no site.toml)",
                  "run this from the folder that holds your site folder, or name it with --source; "
                  "to start a site, run cdpsite new site " + u8_string(source));
}

std::vector<fs::path> make(const NewFlags& flags) {
  if (flags.what == "site") {
    std::string title = flags.site_title.empty() ? kPlaceholderTitle : flags.site_title;
    return copy_template("site", flags.name, {{"title", toml_escaped(title)}});
  }
  require_site(flags.source);
  if (flags.what == "partnership") {
    require_room_for(u8_path(flags.source), flags.top);
    if (flags.top) {
      // The site's home page (its _index.md) is the partnership's page.
      return copy_template("partnership", u8_path(flags.source), {{"name", toml_escaped(flags.name)}},
                           {{"_index.md", ""}});
    }
    fs::path folder = u8_path(flags.source) / "partnerships" / slug_of(flags.name);
    return copy_template("partnership", folder, {{"name", toml_escaped(flags.name)}});
  }
  auto kind = document_kinds().find(flags.name);
  if (kind == document_kinds().end()) {
    throw UserError("\"" + flags.name + "\" is not a kind of document",
                       "choose one of: strategy, annual-report, board-report, update, news");
  }
  if (flags.title.empty()) throw UserError("a new document needs a title", "write cdpsite new document strategy \"Our strategy\"");
  fs::path folder = flags.in.empty() ? default_document_folder(flags.source) : u8_path(flags.in);
  return copy_template("document", folder,
                       {{"title", toml_escaped(flags.title)}, {"kind", kind->second}, {"date", iso(build_date())}},
                       {{"document.md", slug_of(flags.title) + ".md"}});
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
                      "board-report, update, news)")
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
  command->footer("Nothing is ever overwritten. What is made passes `cdpsite check` as it is, once a site has its "
                  "title.");
  command->callback([flags, &action] { action = [flags] { return run_new(*flags); }; });
}

}  // namespace cdp
