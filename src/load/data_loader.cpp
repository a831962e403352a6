#include "load/data_loader.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "core/platform.h"
#include "core/install_paths.h"
#include "core/fs.h"
#include "core/link_out.h"
#include "core/parallel.h"
#include "core/text_file.h"
#include "model/validate.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFrameworkFile = "outcomes-framework.toml";
constexpr const char* kMilestonesFile = "national-milestones.toml";

// The data files of the site grouped by folder: folder -> file names.
std::map<std::string, std::vector<std::string>> data_files_by_folder(const Site& site) {
  std::map<std::string, std::vector<std::string>> folders;
  for (const std::string& relative : site.data_files) {
    fs::path path = u8_path(relative);
    folders[u8_generic(path.parent_path())].push_back(u8_string(path.filename()));
  }
  return folders;
}

// Which data files could not be read. What such a file would have defined is unknown,
// so references to it are not checked: each unreadable file is reported once, and
// causes no second error elsewhere.
struct UnreadFiles {
  bool catalogue = false;  // the framework or a data/ file
  bool milestones = false; // the national milestones
  bool any = false;        // any data file at all
};

void load_framework(CdpData& data, UnreadFiles& unread, Diagnostics& diagnostics) {
  std::optional<fs::path> path = find_default_data(kFrameworkFile);
  if (!path) {
    diagnostics.add(error_in(kFrameworkFile, "cannot find the outcomes framework that ships with cdpsite",
                             "reinstall cdpsite, or set CDPSITE_DATA to the folder holding " +
                                 std::string(kFrameworkFile)));
    return;
  }
  if (std::optional<DataFile> file = read_data_file(*path, display_path(*path), diagnostics)) {
    data.files[file->source->path()] = file->source;
    load_catalogue(*file, data, true, diagnostics);
  } else {
    unread.catalogue = unread.any = true;
  }
}

void load_national_milestones(CdpData& data, UnreadFiles& unread, Diagnostics& diagnostics) {
  std::optional<fs::path> path = find_default_data(kMilestonesFile);
  if (!path) {
    diagnostics.add(error_in(kMilestonesFile, "cannot find the national milestones that ship with cdpsite",
                             "reinstall cdpsite, or set CDPSITE_DATA to the folder holding " +
                                 std::string(kMilestonesFile)));
    return;
  }
  if (std::optional<DataFile> file = read_data_file(*path, display_path(*path), diagnostics)) {
    data.files[file->source->path()] = file->source;
    load_milestones(*file, data, diagnostics);
  } else {
    unread.milestones = unread.any = true;
  }
}

// One of the site's data files, unless it is a link out of the site folder.
std::optional<DataFile> read_site_data_file(const Site& site, const std::string& relative, Diagnostics& diagnostics) {
  std::string display = join_display(site.display_root, relative);
  if (refuse_link_out({site.root, "site folder"}, site.root / relative, display, diagnostics)) return std::nullopt;
  return read_data_file(site.root / relative, display, diagnostics);
}

// The site's own catalogue additions: every .toml file in its data/ folder.
void load_site_catalogue(const Site& site, CdpData& data, UnreadFiles& unread, Diagnostics& diagnostics) {
  for (const std::string& relative : site.data_files) {
    if (!relative.starts_with("data/")) continue;
    if (std::optional<DataFile> file = read_site_data_file(site, relative, diagnostics)) {
      data.files[file->source->path()] = file->source;
      load_catalogue(*file, data, false, diagnostics);
    } else {
      unread.catalogue = unread.any = true;
    }
  }
}


// The files a partnership folder may hold.
constexpr const char* kPartnershipFiles[] = {kPartnershipFile, kPrioritiesFile, kFundingFile, kMetricsFile};

// The folder in a partnership's folder that holds the files `cdpsite import figures` writes.
constexpr const char* kImportedFolder = "imported";

std::string in_folder(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

// The partnership folder an imported/ folder belongs to ("" for the site folder), or
// nullopt for a folder that is not one.
std::optional<std::string> owner_of_imported(const std::string& folder) {
  fs::path path = u8_path(folder);
  if (u8_string(path.filename()) != kImportedFolder) return std::nullopt;
  return u8_generic(path.parent_path());
}

bool holds_partnership(const std::map<std::string, std::vector<std::string>>& folders, const std::string& folder) {
  auto found = folders.find(folder);
  return found != folders.end() &&
         std::find(found->second.begin(), found->second.end(), kPartnershipFile) != found->second.end();
}

// A partnership folder's files, read and parsed: by name ("imported/NAME.toml" for an
// imported file), nullopt for one that could not be.
using PartnershipFiles = std::map<std::string, std::optional<DataFile>>;

PartnershipFiles read_partnership_folder(const Site& site, const std::string& folder,
                                         const std::vector<std::string>& names, const std::vector<std::string>& imported,
                                         Diagnostics& diagnostics) {
  PartnershipFiles files;
  for (const char* name : kPartnershipFiles) {
    if (std::find(names.begin(), names.end(), name) == names.end()) continue;
    files.emplace(name, read_site_data_file(site, in_folder(folder, name), diagnostics));
  }
  for (const std::string& name : imported) {
    std::string relative = std::string(kImportedFolder) + "/" + name;
    files.emplace(relative, read_site_data_file(site, in_folder(folder, relative), diagnostics));
  }
  return files;
}

void load_partnership_folder(const std::string& folder, PartnershipFiles& files, CdpData& data, UnreadFiles& unread,
                             Diagnostics& diagnostics) {
  Partnership partnership;
  partnership.folder = folder;
  partnership.slug.value = u8_string(u8_path(folder).filename());
  auto load = [&](const char* name, const std::function<void(const DataFile&)>& apply) {
    auto found = files.find(name);
    if (found == files.end()) return;
    if (std::optional<DataFile>& file = found->second) {
      data.files[file->source->path()] = file->source;
      apply(*file);
      file.reset();  // its parsed tables are large: let go of them at once
    } else {
      unread.any = true;
    }
  };
  load(kPartnershipFile, [&](const DataFile& file) {
    load_partnership_file(file, partnership, diagnostics);
    // Without the national milestones, a report's id cannot be checked.
    if (!unread.milestones) read_milestone_reports(file, data.milestones, partnership, diagnostics);
  });
  load(kPrioritiesFile, [&](const DataFile& file) { load_priorities_file(file, partnership, diagnostics); });
  load(kFundingFile, [&](const DataFile& file) { load_funding_file(file, partnership, diagnostics); });
  // Without the whole catalogue, a metric's id cannot be checked: the file is only read.
  load(kMetricsFile, [&](const DataFile& file) {
    if (!unread.catalogue) load_metrics_file(file, partnership, data, diagnostics);
  });
  // Imported figures join the hand-written ones, in the order of their file names.
  for (const auto& entry : files) {
    if (!entry.first.starts_with(std::string(kImportedFolder) + "/")) continue;
    load(entry.first.c_str(), [&](const DataFile& file) {
      if (!unread.catalogue) load_imported_figures_file(file, partnership, data, diagnostics);
    });
  }
  data.partnerships.push_back(std::move(partnership));
}

// A .toml file that is neither site.toml, a data/ catalogue, nor a partnership file.
void report_stray_data_files(const Site& site, const std::map<std::string, std::vector<std::string>>& folders,
                             Diagnostics& diagnostics) {
  for (const auto& [folder, names] : folders) {
    if (folder == "data" || folder.starts_with("data/")) continue;
    std::optional<std::string> owner = owner_of_imported(folder);
    if (owner && holds_partnership(folders, *owner)) continue;
    bool is_partnership = std::find(names.begin(), names.end(), kPartnershipFile) != names.end();
    for (const std::string& name : names) {
      if (folder.empty() && name == "site.toml") continue;
      bool expected =
          std::find(std::begin(kPartnershipFiles), std::end(kPartnershipFiles), name) != std::end(kPartnershipFiles);
      if (expected && is_partnership) continue;
      std::string relative = folder.empty() ? name : folder + "/" + name;
      std::string hint = expected ? "a partnership folder needs a partnership.toml beside its " + name
                                  : "data files are partnership.toml, priorities.toml, metrics.toml and "
                                    "funding.toml in a partnership's folder, or catalogue files in data/";
      diagnostics.add(error_in(join_display(site.display_root, relative), "cdpsite does not know what this TOML file is for", hint));
    }
  }
}

}  // namespace

std::optional<fs::path> find_default_data(const std::string& file) {
  std::vector<fs::path> candidates;
  if (const char* data = std::getenv("CDPSITE_DATA")) candidates.push_back(u8_path(data) / file);
  for (const fs::path& folder : shared_folders()) candidates.push_back(folder / "data" / file);
  std::error_code ec;
  for (const fs::path& candidate : candidates) {
    if (fs::is_regular_file(candidate, ec)) return candidate;
  }
  return std::nullopt;
}

std::optional<DataFile> read_data_file(const fs::path& path, const std::string& display, Diagnostics& diagnostics) {
  std::optional<std::string> text = read_file(path);
  if (!text) {
    diagnostics.add(error_in(display, "cannot read this file", "check that you have permission to read it"));
    return std::nullopt;
  }
  auto source = std::make_shared<SourceFile>(display, std::move(*text));
  if (std::optional<Diagnostic> problem = text_file_problem(*source, "save the file as UTF-8 in your editor")) {
    diagnostics.add(std::move(*problem));
    return std::nullopt;
  }
  TomlReader reader(*source, 1, diagnostics);
  std::optional<toml::table> table = reader.parse(source->text());
  if (!table) return std::nullopt;
  return DataFile{source, std::move(*table)};
}

std::optional<CdpData> load_cdp_data(const Site& site, Diagnostics& diagnostics) {
  CdpData data;
  std::size_t errors_before = diagnostics.error_count();
  UnreadFiles unread;
  load_framework(data, unread, diagnostics);
  load_national_milestones(data, unread, diagnostics);
  load_site_catalogue(site, data, unread, diagnostics);
  auto folders = data_files_by_folder(site);
  report_stray_data_files(site, folders, diagnostics);
  std::vector<std::pair<const std::string*, const std::vector<std::string>*>> partnership_folders;
  for (const auto& [folder, names] : folders) {
    bool is_partnership = std::find(names.begin(), names.end(), kPartnershipFile) != names.end();
    if (is_partnership) partnership_folders.emplace_back(&folder, &names);
  }
  static const std::vector<std::string> none;
  auto imported_names = [&](const std::string& folder) -> const std::vector<std::string>& {
    auto found = folders.find(in_folder(folder, kImportedFolder));
    return found == folders.end() ? none : found->second;
  };
  // Parsing their TOML was most of loading many partnerships, on one thread: each batch is
  // read on every core, then loaded in order. A few folders for each core at a time, since
  // all of them parsed at once would hold every partnership's TOML tables together.
  std::size_t batch = 4 * std::max(1u, std::thread::hardware_concurrency());
  std::vector<PartnershipFiles> read(batch);
  for (std::size_t start = 0; start < partnership_folders.size(); start += batch) {
    std::size_t count = std::min(batch, partnership_folders.size() - start);
    parallel_for(count, [&](std::size_t i) {
      const auto& [folder, names] = partnership_folders[start + i];
      read[i] = read_partnership_folder(site, *folder, *names, imported_names(*folder), diagnostics);
    });
    for (std::size_t i = 0; i < count; ++i) {
      load_partnership_folder(*partnership_folders[start + i].first, read[i], data, unread, diagnostics);
    }
  }
  std::sort(data.partnerships.begin(), data.partnerships.end(),
            [](const Partnership& a, const Partnership& b) { return a.name.value < b.name.value; });
  if (!unread.any) validate_cdp_data(data, diagnostics);
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return data;
}

}  // namespace cdp
