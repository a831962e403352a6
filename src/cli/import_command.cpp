// `cdpsite import FILE.docx`: a Word document becomes a page of the site, FOLDER/NAME.md,
// with its pictures and a copy of the Word file in FOLDER/NAME/. Everything is made in
// a folder of its own beside the page and moved into place only once all of it is
// written, so a failed import leaves nothing behind.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "core/diagnostic.h"
#include "core/fs.h"
#include "core/platform.h"
#include "core/terminal.h"
#include "core/user_error.h"
#include "import/import_error.h"
#include "import/word_page.h"
#include "load/config.h"
#include "model/date.h"
#include "model/document_kinds.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

struct ImportFlags {
  std::string file;                // the Word file
  std::string source = "content";  // the site folder
  std::string in;                  // FOLDER, relative to the site folder ("" for the default)
  std::string kind;                // --kind, either spelling ("" to guess)
  std::string name;                // --name ("" for the slug of the title)
  bool replace = false;            // --replace: an existing page may be replaced
};

// The only partnership's folder when the site has one, else the site folder.
fs::path default_folder(const fs::path& source) {
  std::vector<fs::path> partnerships;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(source, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == "partnership.toml") partnerships.push_back(it->path().parent_path());
  }
  return partnerships.size() == 1 ? partnerships.front() : source;
}

// The kind as cdpsite spells it, from cdpsite's kinds and the site's own.
std::string kind_of(const ImportFlags& flags) {
  if (flags.kind.empty()) return "";
  Diagnostics ignored;
  std::optional<SiteConfig> config = load_site_config(u8_path(flags.source) / "site.toml", flags.source + "/site.toml", ignored);
  std::vector<KindOfDocument> kinds = known_document_kinds(config ? config->document_kinds : std::vector<SiteDocumentKind>{});
  if (std::optional<KindOfDocument> kind = kind_named(kinds, flags.kind)) return kind->kind;
  std::string names;
  for (const KindOfDocument& kind : kinds) names += (names.empty() ? "" : ", ") + kind.kind;
  throw UserError("\"" + flags.kind + "\" is not a kind of document", "choose one of: " + names);
}

void require_site(const std::string& source) {
  if (fs::is_regular_file(u8_path(source) / "site.toml")) return;
  throw UserError("there is no site in " + source + " (it has no site.toml)",
                  "run this from the folder that holds your site folder, or name it with --source");
}

void write_or_throw(const fs::path& path, const std::string& bytes) {
  std::string reason;
  if (!write_file(path, bytes, &reason)) throw UserError("cannot write " + u8_string(path) + ": " + reason, "check the folder");
}

// Writes the page and its folder through a staging folder, then moves them into place.
void write_page(const WordPage& page, const fs::path& folder, bool replace) {
  fs::path markdown = folder / (page.name + ".md");
  fs::path files = folder / page.name;
  if (!replace && (fs::exists(markdown) || fs::exists(files))) {
    throw UserError((fs::exists(markdown) ? u8_string(markdown) : u8_string(files)) + " already exists",
                    "give another name with --name, or add --replace to replace the page and its folder");
  }
  fs::path staging = folder / ("." + page.name + ".importing");
  fs::remove_all(staging);
  try {
    write_or_throw(staging / "page.md", page.markdown);
    for (const auto& [name, bytes] : page.files) write_or_throw(staging / page.name / name, bytes);
    fs::remove_all(files);
    fs::rename(staging / page.name, files);
    fs::rename(staging / "page.md", markdown);
    fs::remove_all(staging);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
}

void print_summary(const WordPage& page, const std::string& markdown_path) {
  write_text(stdout, "Created " + markdown_path + "\n");
  for (const std::string& line : summary_lines(page)) write_text(stdout, "  " + line + "\n");
  Diagnostics notes;
  for (const PlacedNote& placed : page.notes) {
    Diagnostic note;
    note.pos = SourcePos{FilePath(markdown_path), placed.line, placed.column};
    note.message = placed.note.message;
    note.hint = placed.note.hint;
    note.severity = Severity::kWarning;
    notes.add(std::move(note));
  }
  if (!page.notes.empty()) write_text(stdout, format_diagnostics(notes, use_colour(stdout)));
}

int run_import(const ImportFlags& flags) {
  require_site(flags.source);
  WordPageRequest request;
  request.docx_name = flags.file;
  request.name = flags.name;
  request.kind = kind_of(flags);
  request.today = iso(build_date());
  std::optional<std::string> bytes = read_file(u8_path(flags.file));
  if (!bytes) throw UserError("cannot read " + flags.file, "check the file's name and that it is not open elsewhere");
  request.docx_bytes = std::move(*bytes);
  fs::path folder = flags.in.empty() ? default_folder(u8_path(flags.source)) : u8_path(flags.source) / u8_path(flags.in);
  WordPage page;
  try {
    page = make_word_page(request);
  } catch (const ImportError& error) {
    Diagnostics diagnostics;
    diagnostics.add(error_in(flags.file, error.what(), error.hint));
    write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
    return kExitContentErrors;
  }
  write_page(page, folder, flags.replace);
  print_summary(page, display_path(folder / (page.name + ".md")));
  return kExitOk;
}

}  // namespace

void add_import_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* command = app.add_subcommand("import", "Make a page of the site from a Word document (.docx)");
  command->add_option("file", flags->file, "The Word document (.docx)")->required();
  command->add_option("-s,--source", flags->source, "The site folder")->capture_default_str();
  command->add_option("--in", flags->in, "The folder to put the page in, inside the site folder (default: the only partnership's)");
  command->add_option("--kind", flags->kind, "The kind of document (strategy, annual-report, board-report, update, news, or the site's own)");
  command->add_option("--name", flags->name, "The page's file name without .md (default: from the title)");
  command->add_flag("--replace", flags->replace, "Replace a page of the same name and its folder");
  command->footer("Writes FOLDER/NAME.md, and NAME/ beside it with the pictures and a copy of the Word file. "
                  "Prints what came across, what was left out, and what you still need to decide.");
  command->callback([flags, &action] { action = [flags] { return run_import(*flags); }; });
}

}  // namespace cdp
