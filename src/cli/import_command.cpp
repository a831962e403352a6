// `cdpsite import FILE.docx`: a Word document becomes a page of the site, FOLDER/NAME.md,
// with its pictures and a copy of the Word file in FOLDER/NAME/ (import/word_page.h),
// written so that a failed import leaves nothing behind (import/page_files.h).
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
#include "import/page_files.h"
#include "import/word_page.h"
#include "model/date.h"
#include "scaffold/new_files.h"

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

void require_site(const std::string& source) {
  if (fs::is_regular_file(u8_path(source) / "site.toml")) return;
  throw UserError("there is no site in " + source + " (it has no site.toml)",
                  "run this from the folder that holds your site folder, or name it with --source");
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
  if (!flags.kind.empty()) request.kind = document_kind(u8_path(flags.source), flags.kind);
  request.today = iso(build_date());
  std::optional<std::string> bytes = read_file(u8_path(flags.file));
  if (!bytes) throw UserError("cannot read " + flags.file, "check the file's name and that it is not open elsewhere");
  request.docx_bytes = std::move(*bytes);
  fs::path folder = flags.in.empty() ? default_document_folder(u8_path(flags.source)) : u8_path(flags.source) / u8_path(flags.in);
  WordPage page;
  try {
    page = make_word_page(request);
  } catch (const ImportError& error) {
    Diagnostics diagnostics;
    diagnostics.add(error_in(flags.file, error.what(), error.hint));
    write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
    return kExitContentErrors;
  }
  write_word_page(page, folder, flags.replace);
  print_summary(page, display_path(folder / (page.name + ".md")));
  return kExitOk;
}

}  // namespace

void add_import_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* command = app.add_subcommand("import", "Make a page of the site from a Word document (.docx)");
  command->add_option("file", flags->file, "The Word document (.docx)");
  command->require_subcommand(0, 1);
  command->add_option("-s,--source", flags->source, "The site folder")->capture_default_str();
  command->add_option("--in", flags->in, "The folder to put the page in, inside the site folder (default: the only partnership's)");
  command->add_option("--kind", flags->kind, "The kind of document (strategy, annual-report, board-report, update, news, or the site's own)");
  command->add_option("--name", flags->name, "The page's file name without .md (default: from the title)");
  command->add_flag("--replace", flags->replace, "Replace a page of the same name and its folder");
  command->footer("Writes FOLDER/NAME.md, and NAME/ beside it with the pictures and a copy of the Word file. "
                  "Prints what came across, what was left out, and what you still need to decide.");
  command->callback([flags, command, &action] {
    if (!command->get_subcommands().empty()) return;  // `import figures FILE`: its own command
    if (flags->file.empty()) throw CLI::RequiredError("file");
    action = [flags] { return run_import(*flags); };
  });
}

}  // namespace cdp
