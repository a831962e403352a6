#pragma once
// The national milestones every Combating Drugs Partnership was asked to meet (shipped
// with cdpsite in data/national-milestones.toml), and where a partnership stands on
// each (partnership.toml's [[milestone]]).
#include <string>
#include <vector>

#include "model/located.h"
#include "model/period.h"
#include "model/vocabulary.h"

namespace cdp {

// A milestone of the national guidance.
struct MilestoneDefinition {
  std::string id;        // "needs-assessment"
  SourcePos pos;         // where its id is written
  std::string title;     // "Complete a joint needs assessment of substance use"
  std::string guidance;  // what the national guidance asks, in its terms
};

// A partnership's report on one milestone.
struct MilestoneReport {
  Located<std::string> id;          // the milestone's id
  Located<MilestoneStatus> status;  // met, in progress or not started
  Located<Period> date;             // when it was met: a day, a month or a year
};

// Where a partnership stands on `milestone`: its report, or nullptr when it gives none
// ("not reported", which is never the same as not met).
const MilestoneReport* report_on(const MilestoneDefinition& milestone, const std::vector<MilestoneReport>& reports);

}  // namespace cdp
