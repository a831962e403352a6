#pragma once
// Loads the CDP data: the metric catalogue (the National Combating Drugs Outcomes
// Framework shipped with the tool, extended by the site's data/*.toml), and every
// partnership folder (a folder holding partnership.toml, with priorities.toml,
// metrics.toml and funding.toml beside it).
#include <filesystem>
#include <optional>

#include "core/diagnostic.h"
#include "load/toml_reader.h"
#include "model/cdp.h"
#include "model/site.h"

namespace cdp {

// The data files of a partnership folder, by name.
inline constexpr const char* kPartnershipFile = "partnership.toml";
inline constexpr const char* kPrioritiesFile = "priorities.toml";
inline constexpr const char* kMetricsFile = "metrics.toml";
inline constexpr const char* kFundingFile = "funding.toml";

// Loads the catalogue and all partnerships of `site`, then validates references
// between them. Problems are reported; nullopt when there were any.
std::optional<CdpData> load_cdp_data(const Site& site, Diagnostics& diagnostics);

// Where the data shipped with the tool is: installed, or in the source tree.
std::optional<std::filesystem::path> find_default_data(const std::string& file);

// One loaded TOML data file: its text (kept for positions) and parsed table.
struct DataFile {
  SourceFilePtr source;  // the file
  toml::table table;     // its parsed contents
};

// Reads and parses a TOML file; nullopt (after reporting) when unreadable or invalid.
std::optional<DataFile> read_data_file(const std::filesystem::path& path, const std::string& display,
                                       Diagnostics& diagnostics);

// Catalogue: [[outcome]] and [[metric]] definitions (catalogue_loader.cpp).
void load_catalogue(const DataFile& file, CdpData& data, bool from_framework, Diagnostics& diagnostics);
// Reads a metric definition's keys (name, unit, better, outcome, ...) from `table`.
void read_metric_definition(TomlReader& reader, const toml::table& table, MetricDefinition& definition);
// Reads a metric's `decimals` (0 to 6) into `out`; reports one out of range.
void read_decimals(TomlReader& reader, const toml::table& table, Located<int>& out);
// Reads a metric's `fingertips_id` (a Fingertips indicator id, above 0) into `out`.
void read_fingertips_id(TomlReader& reader, const toml::table& table, Located<int>& out);
// Where a metric is defined, for a message: "in the outcomes framework that ships with
// cdpsite" (never its install path), or "at content/data/local.toml:6".
std::string where_defined(const MetricDefinition& definition);
// The keys a metric definition may have.
const std::vector<std::string>& metric_definition_keys();

// A partnership's own files (partnership_loader.cpp, metrics_loader.cpp).
void load_partnership_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics);
void load_priorities_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics);
void load_funding_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics);
// A partnership.toml's [meetings] (meetings_loader.cpp), read into `meetings`.
void read_meetings(TomlReader& reader, const toml::table& table, Meetings& meetings);
// A date written as a TOML date (2023-02-14) or as a period in words ("February 2023").
void read_day_or_period(TomlReader& reader, const toml::table& table, std::string_view key, Located<Period>& out);
// Reports `when`, the date of a fact (`key`: an action's completed, a milestone's date
// met, a decision's date), when it has not begun on the build date (build_date, which
// SOURCE_DATE_EPOCH sets): what has not happened yet cannot have been done. `hint`
// replaces the usual one when given.
void refuse_future(TomlReader& reader, const Located<Period>& when, std::string_view key, std::string hint = {});
// The national milestones shipped with cdpsite, and a partnership.toml's [[milestone]]
// reports on them, each id checked against them (milestones_loader.cpp).
void load_milestones(const DataFile& file, CdpData& data, Diagnostics& diagnostics);
void read_milestone_reports(const DataFile& file, const std::vector<MilestoneDefinition>& milestones,
                            Partnership& partnership, Diagnostics& diagnostics);
void load_metrics_file(const DataFile& file, Partnership& partnership, CdpData& data,
                       Diagnostics& diagnostics);
// The [[metric]] series of a metrics file (`file_kind` names it in messages:
// "metrics.toml"), each added to `into`; local metrics defined there join the catalogue.
void read_metric_series(const DataFile& file, std::string_view file_kind, std::map<std::string, MetricSeries>& into,
                        CdpData& data, Diagnostics& diagnostics);
// A metric's `decimals` (the partnership's, else the catalogue's) replaces the places
// each figure of `series` was written with.
void apply_decimals(const MetricDefinition& metric, MetricSeries& series);
// A file `cdpsite import figures` wrote (imported/NAME.toml in a partnership's folder):
// its series are added to the partnership's, value by value (imported_figures_loader.cpp).
// A value given by hand too is an error naming both places, unless the hand-written one
// says `replaces_import = true`.
void load_imported_figures_file(const DataFile& file, Partnership& partnership, CdpData& data,
                                Diagnostics& diagnostics);
// One value of a metric ({ period = "2022/23", value = 1814, ... }; with `in_breakdown`
// also its `category`); nullopt (after reporting) when its period or value is missing.
std::optional<Observation> read_observation(TomlReader& reader, const toml::table& entry, bool in_breakdown = false);
// A [[metric]]'s [[metric.assessment]] tables (assessments_loader.cpp), judged by the
// better direction of `metric`.
void read_assessments(TomlReader& reader, const toml::table& table, const MetricDefinition& metric,
                      MetricSeries& series);
// A [[metric]]'s [[metric.breakdown]] tables (breakdowns_loader.cpp).
void read_breakdowns(TomlReader& reader, const toml::table& table, MetricSeries& series);

}  // namespace cdp
