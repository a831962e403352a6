// The national milestones shipped with cdpsite (data/national-milestones.toml), and each
// partnership's [[milestone]] reports on them in its partnership.toml.
#include <algorithm>

#include "core/suggest.h"
#include "load/data_loader.h"

namespace cdp {

namespace {

// The statuses a partnership may write ("not reported" is what cdpsite shows for a
// milestone it does not mention, and is never written).
const std::map<std::string, MilestoneStatus>& status_names() {
  static const std::map<std::string, MilestoneStatus> names = [] {
    std::map<std::string, MilestoneStatus> choices;
    for (const MilestoneStatusTerm& row : milestone_status_terms()) {
      if (!row.toml.empty()) choices.emplace(std::string(row.toml), row.status);
    }
    return choices;
  }();
  return names;
}

std::vector<std::string> milestone_ids(const std::vector<MilestoneDefinition>& milestones) {
  std::vector<std::string> ids;
  for (const MilestoneDefinition& milestone : milestones) ids.push_back(milestone.id);
  return ids;
}

// A report's date: only a milestone that is met has one, and it is a day, a month or a year.
void check_date(TomlReader& reader, const MilestoneReport& report) {
  if (!report.date.present()) return;
  PeriodKind kind = report.date.value.kind();
  if (kind != PeriodKind::kDay && kind != PeriodKind::kMonth && kind != PeriodKind::kCalendarYear) {
    reader.error(report.date.pos, "the date a milestone was met should be a day, a month or a year, not \"" +
                                      report.date.value.display() + "\"",
                 "write it as, for example, date = \"November 2022\" or date = \"2024\"");
  }
  if (report.status.present() && report.status.value != MilestoneStatus::kMet) {
    reader.error(report.date.pos, "this milestone has a date met, but its status is \"" +
                                      std::string(term(report.status.value).toml) + "\"",
                 "write status = \"met\", or remove the date until it is met");
  }
}

void check_id(TomlReader& reader, const MilestoneReport& report, const std::vector<MilestoneReport>& earlier,
              const std::vector<MilestoneDefinition>& milestones) {
  if (!report.id.present()) return;
  std::vector<std::string> ids = milestone_ids(milestones);
  if (std::find(ids.begin(), ids.end(), report.id.value) == ids.end()) {
    reader.error(report.id.pos, "there is no national milestone \"" + report.id.value + "\"",
                 did_you_mean(report.id.value, ids));
  }
  for (const MilestoneReport& other : earlier) {
    if (other.id.value == report.id.value) {
      reader.error(report.id.pos, "the milestone \"" + report.id.value + "\" is reported twice",
                   "the other is at line " + std::to_string(other.id.pos.line) + "; keep one of them");
    }
  }
}

}  // namespace

void load_milestones(const DataFile& file, CdpData& data, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.reject_unknown_keys(file.table, {"milestone"}, "the national milestones");
  reader.for_each_table(file.table, "milestone", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"id", "title", "guidance"}, "a [[milestone]]");
    Located<std::string> id, title, guidance;
    reader.read_id(entry, "id", id);
    reader.read(entry, "title", title);
    reader.read(entry, "guidance", guidance);
    reader.require(entry, "id", reader.pos(entry), "id = \"needs-assessment\"");
    reader.require(entry, "title", reader.pos(entry), "title = \"Complete a joint needs assessment\"");
    data.milestones.push_back({id.value, id.pos, title.value, guidance.value});
  });
}

void read_milestone_reports(const DataFile& file, const std::vector<MilestoneDefinition>& milestones,
                            Partnership& partnership, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.for_each_table(file.table, "milestone", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"id", "status", "date"}, "a [[milestone]]");
    MilestoneReport report;
    reader.read(entry, "id", report.id);
    reader.read_choice(entry, "status", status_names(), report.status);
    read_day_or_period(reader, entry, "date", report.date);
    refuse_future(reader, report.date, "date");
    reader.require(entry, "id", reader.pos(entry), "id = \"needs-assessment\"");
    reader.require(entry, "status", reader.pos(entry), "status = \"met\" (or in progress, not started)");
    check_id(reader, report, partnership.milestones, milestones);
    check_date(reader, report);
    partnership.milestones.push_back(std::move(report));
  });
}

}  // namespace cdp
