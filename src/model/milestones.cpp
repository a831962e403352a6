#include "model/milestones.h"

namespace cdp {

const MilestoneReport* report_on(const MilestoneDefinition& milestone, const std::vector<MilestoneReport>& reports) {
  for (const MilestoneReport& report : reports) {
    if (report.id.value == milestone.id) return &report;
  }
  return nullptr;
}

}  // namespace cdp
