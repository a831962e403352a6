#include "model/milestones.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

MilestoneReport report(const std::string& id, MilestoneStatus status) {
  MilestoneReport report;
  report.id = {id, {FilePath("partnership.toml"), 1, 1}};
  report.status = {status, {FilePath("partnership.toml"), 2, 1}};
  return report;
}

// A partnership's report on a milestone is found by its id; with none, the milestone
// is "not reported", which is never the same as not met.
TEST(Milestones, AReportIsFoundByTheMilestonesIdOrIsNotThere) {
  MilestoneDefinition needs;
  needs.id = "needs-assessment";
  MilestoneDefinition strategy;
  strategy.id = "local-strategy";
  std::vector<MilestoneReport> reports = {report("local-strategy", MilestoneStatus::kInProgress),
                                          report("needs-assessment", MilestoneStatus::kMet)};
  ASSERT_NE(report_on(needs, reports), nullptr);
  EXPECT_EQ(report_on(needs, reports), &reports[1]);
  EXPECT_EQ(report_on(strategy, reports), &reports[0]);
  MilestoneDefinition governance;
  governance.id = "governance";
  EXPECT_EQ(report_on(governance, reports), nullptr);
  EXPECT_EQ(report_on(needs, {}), nullptr);
}

}  // namespace
}  // namespace cdp
