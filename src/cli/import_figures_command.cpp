// `cdpsite import figures FILE`: reads a Fingertips download into the partnership's
// imported/NAME.toml, which the import owns (written whole when the figures changed,
// untouched when they did not), prints what changed, and writes nothing at all when
// the file or the site has a problem, or with --dry-run.
#include <fstream>
#include <memory>

#include "cli/commands.h"
#include "core/fs.h"
#include "core/platform.h"
#include "core/terminal.h"
#include "core/user_error.h"
#include "import/figures_import.h"
#include "import/figures_summary.h"
#include "import/figures_toml.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "model/id.h"

namespace cdp {

namespace {

namespace fs = std::filesystem;

struct ImportFiguresFlags {
  std::string file;                // FILE
  std::string source = "content";  // --source
  std::string partnership;         // --partnership (its slug; "" when the site has one)
  bool dry_run = false;            // --dry-run
};

// The site and its data, loaded; problems reported and thrown as "fix these first".
struct LoadedSite {
  Site site;
  CdpData data;
};

int report(const Diagnostics& diagnostics) {
  write_text(stderr, format_diagnostics(diagnostics, use_colour(stderr)));
  return diagnostics.has_errors() ? kExitContentErrors : kExitOk;
}

std::optional<LoadedSite> load_whole_site(const std::string& source, Diagnostics& diagnostics) {
  std::optional<Site> site = load_site({u8_path(source)}, diagnostics);
  if (!site) return std::nullopt;
  std::optional<CdpData> data = load_cdp_data(*site, diagnostics);
  if (!data) return std::nullopt;
  return LoadedSite{std::move(*site), std::move(*data)};
}

const Partnership& chosen_partnership(const CdpData& data, const std::string& slug) {
  if (data.partnerships.empty()) {
    throw UserError("this site has no partnership to import figures for",
                    "add a partnership folder with its partnership.toml first (cdpsite new partnership)");
  }
  std::string slugs;
  for (const Partnership& partnership : data.partnerships) {
    if (partnership.slug.value == slug) return partnership;
    slugs += (slugs.empty() ? "" : ", ") + partnership.slug.value;
  }
  if (slug.empty() && data.partnerships.size() == 1) return data.partnerships.front();
  if (slug.empty()) {
    throw UserError("this site has several partnerships: say which one the figures are for",
                    "add --partnership and one of " + slugs);
  }
  throw UserError("there is no partnership \"" + slug + "\" in this site", "use one of " + slugs);
}

// Which metric each Fingertips indicator fills: the partnership's own `fingertips_id`
// first, then the catalogue's (the framework and the site's data/).
std::map<int, const MetricDefinition*> metrics_by_indicator(const CdpData& data, const Partnership& partnership) {
  std::map<int, const MetricDefinition*> metrics;
  for (const auto& [id, series] : partnership.metrics) {
    if (series.fingertips_id.present()) metrics.emplace(series.fingertips_id.value, &data.catalogue.at(id));
  }
  for (const auto& [id, definition] : data.catalogue) {
    bool usable = definition.from_framework || partnership.metrics.count(id) ||
                  definition.pos.file.str().find("/data/") != std::string::npos;
    if (definition.fingertips_id.present() && usable) metrics.emplace(definition.fingertips_id.value, &definition);
  }
  return metrics;
}

FiguresTarget target_for(const LoadedSite& loaded, const Partnership& partnership, const std::string& file) {
  if (partnership.area_codes.empty()) {
    throw UserError("the partnership \"" + partnership.slug.value + "\" does not say which areas are its own",
                    "add their ONS codes to its partnership.toml, e.g. area_codes = [\"E10000032\"]");
  }
  FiguresTarget target;
  for (const Located<std::string>& code : partnership.area_codes) target.area_codes.insert(code.value);
  target.metrics = metrics_by_indicator(loaded.data, partnership);
  target.file = file;
  return target;
}

// The name of the owned file: the imported file's name as an id ("Fingertips Data.csv"
// -> fingertips-data.toml).
std::string owned_name(const std::string& file) {
  std::string id = suggested_id(u8_string(u8_path(file).stem()));
  return (id.empty() ? "figures" : id) + ".toml";
}

std::map<std::string, MetricSeries> read_owned(const std::string& text, const std::string& shown, const CdpData& data) {
  std::map<std::string, MetricSeries> series;
  if (text.empty()) return series;
  Diagnostics ignored;  // the file loaded with the site already: its problems were reported there
  CdpData scratch;
  scratch.catalogue = data.catalogue;
  try {
    DataFile file{std::make_shared<SourceFile>(shown, text), toml::parse(text)};
    read_metric_series(file, "an imported figures file", series, scratch, ignored);
  } catch (const toml::parse_error&) {
    series.clear();
  }
  return series;
}

std::string no_areas_message(const FiguresImport& imported) {
  std::string areas;
  int shown = 0;
  for (const auto& [code, name] : imported.areas_in_file) {
    if (shown++ == 8) {
      areas += ", ...";
      break;
    }
    areas += (areas.empty() ? "" : ", ") + name + " (" + code + ")";
  }
  return areas.empty() ? "it holds no rows" : "it holds " + areas;
}

// Writes `text` to `path` whole: a file beside it, renamed over it.
void write_whole(const fs::path& path, const std::string& text) {
  fs::path temporary = path;
  temporary += ".new";
  std::string error;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (!write_file(temporary, text, &error)) {
    throw UserError("cannot write " + display_path(path) + ": " + error, "check that you may write to that folder");
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw UserError("cannot replace " + display_path(path), "close any program that has it open, and import again");
  }
}

// Puts the owned file back as it was (gone, when there was none).
void restore(const fs::path& path, const std::string& before) {
  std::error_code ec;
  if (before.empty()) {
    fs::remove(path, ec);
  } else {
    write_whole(path, before);
  }
}

// The imported file's name for the owned file's header, on one line.
std::string source_name(const std::string& file) {
  std::string name = u8_string(u8_path(file).filename());
  for (char& c : name) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return name;
}

int write_import(const ImportFiguresFlags& flags, const LoadedSite& loaded, const Partnership& partnership,
                 const FiguresImport& imported) {
  std::string relative = (partnership.folder.empty() ? "" : partnership.folder + "/") + "imported/" + owned_name(flags.file);
  fs::path path = loaded.site.root / u8_path(relative);
  std::string shown = join_display(loaded.site.display_root, relative);
  std::string before = read_file(path).value_or("");
  std::string after = imported_figures_toml(imported.series, loaded.data.catalogue, source_name(flags.file));
  FiguresChanges changes =
      figures_changes(read_owned(before, shown, loaded.data), imported.series, loaded.data.catalogue);
  write_text(stdout, "Figures for " + partnership.name.value + " from " + display_path(u8_path(flags.file)) + "\n" +
                         figures_summary(imported, changes));
  if (flags.dry_run) {
    write_text(stdout, "Dry run: nothing was written (the figures go to " + shown + ").\n");
    return kExitOk;
  }
  if (before == after) {
    write_text(stdout, "Nothing changed: " + shown + " is as it was.\n");
    return kExitOk;
  }
  write_whole(path, after);
  Diagnostics diagnostics;
  if (!load_whole_site(flags.source, diagnostics)) {
    restore(path, before);
    report(diagnostics);
    write_text(stderr, "Nothing was imported: the imported figures do not fit the site (see above); " + shown +
                           " is as it was.\n");
    return kExitContentErrors;
  }
  write_text(stdout, "Wrote " + shown + "\n");
  return kExitOk;
}

int import_figures(const ImportFiguresFlags& flags) {
  Diagnostics diagnostics;
  std::optional<LoadedSite> loaded = load_whole_site(flags.source, diagnostics);
  if (!loaded) {
    report(diagnostics);
    write_text(stderr, "Nothing was imported: fix the problems above first.\n");
    return kExitContentErrors;
  }
  const Partnership& partnership = chosen_partnership(loaded->data, flags.partnership);
  std::string shown_file = display_path(u8_path(flags.file));
  FiguresTarget target = target_for(*loaded, partnership, shown_file);
  OpenFile open = [&] { return std::make_unique<std::ifstream>(u8_path(flags.file), std::ios::binary); };
  if (!std::ifstream(u8_path(flags.file), std::ios::binary)) {
    throw UserError("cannot read " + shown_file, "check the file's name, and that you may read it");
  }
  CsvProblem problem;
  std::optional<FiguresImport> imported = import_fingertips(open, target, problem);
  if (!imported) {
    Diagnostic diagnostic;
    diagnostic.pos = {shown_file, problem.row, problem.column};
    diagnostic.message = problem.message;
    diagnostic.hint = problem.hint;
    diagnostics.add(std::move(diagnostic));
    report(diagnostics);
    write_text(stderr, "Nothing was imported.\n");
    return kExitContentErrors;
  }
  bool ours = false;
  for (const std::string& code : target.area_codes) ours = ours || imported->areas_in_file.count(code);
  if (!ours) {
    throw UserError(shown_file + " has no rows for " + partnership.name.value + "'s areas: " +
                        no_areas_message(*imported),
                    "download the data for its area from Fingertips, or check area_codes in its partnership.toml");
  }
  return write_import(flags, *loaded, partnership, *imported);
}

// The `import` command: the one another import added already, or a new one.
CLI::App& import_command(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "import"; })) {
    return *command;
  }
  CLI::App* command = app.add_subcommand("import", "Import documents and figures into the site");
  command->require_subcommand(1);
  return *command;
}

}  // namespace

void add_import_figures_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ImportFiguresFlags>();
  CLI::App* figures = import_command(app).add_subcommand(
      "figures", "Import a Fingertips download (CSV) into a partnership's figures");
  figures->add_option("FILE", flags->file, "The CSV downloaded from Fingertips")->required();
  figures->add_option("-s,--source", flags->source, "The site folder")->capture_default_str()->check(CLI::ExistingDirectory);
  figures->add_option("-p,--partnership", flags->partnership,
                      "The partnership's slug (its folder name); needed when the site has several");
  figures->add_flag("--dry-run", flags->dry_run, "Print what would change, and write nothing");
  figures->footer("The figures go to PARTNERSHIP/imported/NAME.toml, which the import owns: metrics.toml is never "
                  "touched. A metric takes the figures of the Fingertips indicator its fingertips_id names.");
  figures->callback([flags, &action] { action = [flags] { return import_figures(*flags); }; });
}

}  // namespace cdp
