#pragma once
// Reads a council committee report's metadata from a document's front matter
// (model/committee_report.h), reporting each mistake at its line and column.
#include <string>
#include <vector>

#include "load/toml_reader.h"
#include "model/committee_report.h"

namespace cdp {

// The front matter keys of a committee report.
const std::vector<std::string>& committee_report_keys();

// Reads them from `table` (the front matter) into `report`.
void read_committee_report(TomlReader& reader, const toml::table& table, CommitteeReport& report);

}  // namespace cdp
