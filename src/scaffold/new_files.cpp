#include "scaffold/new_files.h"

#include <algorithm>
#include <map>

#include "core/fs.h"
#include "core/install_paths.h"
#include "core/platform.h"
#include "core/user_error.h"
#include "load/config.h"
#include "model/date.h"
#include "model/document_kinds.h"
#include "model/id.h"
#include "mustache/library.h"
#include "mustache/renderer.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

fs::path scaffold_folder() {
  for (const fs::path& folder : shared_folders()) {
    if (fs::is_directory(folder / "scaffold")) return folder / "scaffold";
  }
  throw UserError("cannot find cdpsite's templates for new files (scaffold/)", "reinstall cdpsite");
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

// `text`, a template of cdpsite's own, filled with `values` by the Mustache engine.
std::string filled(const fs::path& file, std::string text, const mustache::Map& values) {
  std::map<std::string, SourceFile> files;
  files.emplace("file", SourceFile(u8_string(file), std::move(text)));
  Diagnostics diagnostics;
  std::optional<mustache::Library> library = mustache::Library::load(std::move(files), diagnostics);
  if (!library) throw UserError("cdpsite's template " + u8_string(file) + " is damaged", "reinstall cdpsite");
  std::string out;
  mustache::render(*library->find("file"), mustache::Value(values), out);
  return out;
}

// Writes every file of the template folder `kind` into `into`; refuses to overwrite.
// A file renamed to "" is left out.
std::vector<fs::path> copy_template(const std::string& kind, const fs::path& into, const mustache::Map& values,
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
    files.push_back({target, filled(entry.path(), std::move(*text), values)});
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

// The folders of the site's partnerships (each holds a partnership.toml).
std::vector<fs::path> partnership_folders(const fs::path& source) {
  std::vector<fs::path> partnerships;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(source, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == "partnership.toml") partnerships.push_back(it->path().parent_path());
  }
  std::sort(partnerships.begin(), partnerships.end());
  return partnerships;
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

// cdpsite's kinds of document and the site's own, from its site.toml.
std::vector<KindOfDocument> kinds_of(const fs::path& source) {
  Diagnostics diagnostics;
  std::optional<SiteConfig> config =
      load_site_config(source / "site.toml", u8_string(source / "site.toml"), diagnostics);
  if (!config) {
    throw UserError(u8_string(source / "site.toml") + " has mistakes, so the site's own kinds of document are unknown",
                    "run cdpsite check to see them, and correct them first");
  }
  return known_document_kinds(config->document_kinds);
}

// "strategy, annual-report, board-report, update, news, scrutiny-report".
std::string spelt_as_arguments(const std::vector<KindOfDocument>& kinds) {
  std::string list;
  for (const KindOfDocument& kind : kinds) {
    std::string argument = kind.kind;
    std::replace(argument.begin(), argument.end(), ' ', '-');
    list += (list.empty() ? "" : ", ") + argument;
  }
  return list;
}

}  // namespace

std::vector<fs::path> new_site(const fs::path& folder, const std::string& title) {
  return copy_template("site", folder, {{"title", toml_escaped(title.empty() ? kPlaceholderTitle : title)}});
}

std::vector<fs::path> new_partnership(const fs::path& source, const std::string& name, bool top) {
  require_site(source);
  require_room_for(source, top);
  // The site's home page (its _index.md) is the partnership's page.
  if (top) return copy_template("partnership", source, {{"name", toml_escaped(name)}}, {{"_index.md", ""}});
  return copy_template("partnership", source / "partnerships" / suggested_id(name), {{"name", toml_escaped(name)}});
}

std::vector<fs::path> new_document(const fs::path& source, const std::string& kind, const std::string& title,
                                   const fs::path& in) {
  require_site(source);
  std::vector<KindOfDocument> kinds = kinds_of(source);
  std::optional<KindOfDocument> named = kind_named(kinds, kind);
  if (!named) {
    throw UserError("\"" + kind + "\" is not a kind of document", "choose one of: " + spelt_as_arguments(kinds));
  }
  if (title.empty()) throw UserError("a new document needs a title", "write cdpsite new document strategy \"Our strategy\"");
  fs::path folder = in.empty() ? default_document_folder(source) : in;
  return copy_template("document", folder,
                       {{"title", toml_escaped(title)}, {"kind", toml_escaped(named->kind)}, {"date", iso(build_date())}},
                       {{"document.md", document_slug(title) + ".md"}});
}

fs::path default_document_folder(const fs::path& source) {
  std::vector<fs::path> partnerships = partnership_folders(source);
  return partnerships.size() == 1 ? partnerships.front() : source;
}

std::string document_slug(const std::string& title) { return suggested_id(title); }

}  // namespace cdp
