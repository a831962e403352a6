// governance_json and has_governance_data: a partnership's meetings and national
// milestones as open data, and only for a partnership that gives either.
#include <gtest/gtest.h>

#include "outputs/governance_data.h"
#include "outputs/open_data.h"

namespace cdp {
namespace {

CdpData data_with_milestones() {
  CdpData data;
  data.milestones = {{"senior-responsible-owner", {}, "Nominate a Senior Responsible Owner", "Nominate one."},
                     {"needs-assessment", {}, "Complete a joint needs assessment", "Assess."}};
  Partnership partnership;
  partnership.name.value = "Testshire CDP";
  partnership.slug.value = "testshire";
  partnership.folder = "testshire";
  MilestoneReport report;
  report.id = {"needs-assessment", {"p.toml", 1, 1}};
  report.status = {MilestoneStatus::kMet, {"p.toml", 2, 1}};
  report.date = {Period(PeriodKind::kMonth, {2022, 11, 1}, {2022, 11, 30}), {"p.toml", 3, 1}};
  partnership.milestones.push_back(report);
  Decision decision{{Period(PeriodKind::kDay, {2023, 2, 14}, {2023, 2, 14}), {"p.toml", 4, 1}},
                    {"Plan approved.", {"p.toml", 5, 1}}};
  partnership.meetings.decisions.push_back(decision);
  data.partnerships.push_back(partnership);
  return data;
}

TEST(GovernanceData, GivesEveryMilestoneWithNotReportedForOnesNotMentioned) {
  CdpData data = data_with_milestones();
  std::string json = governance_json(data.partnerships.front(), data);
  EXPECT_NE(json.find("\"id\": \"senior-responsible-owner\",\n      \"title\": \"Nominate a Senior Responsible "
                      "Owner\",\n      \"status\": \"not reported\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"status\": \"met\",\n      \"date\": \"November 2022\",\n      \"date_start\": "
                      "\"2022-11-01\",\n      \"date_end\": \"2022-11-30\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"date\": \"14 February 2023\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"text\": \"Plan approved.\""), std::string::npos) << json;
}

TEST(GovernanceData, IsPublishedOnlyForAPartnershipThatGivesMeetingsOrMilestones) {
  CdpData data = data_with_milestones();
  std::vector<std::string> paths = open_data_paths(data);
  EXPECT_NE(std::find(paths.begin(), paths.end(), "testshire/open-data/governance.json"), paths.end());
  data.partnerships.front().milestones.clear();
  data.partnerships.front().meetings.decisions.clear();
  EXPECT_FALSE(has_governance_data(data.partnerships.front()));
  paths = open_data_paths(data);
  EXPECT_EQ(std::find(paths.begin(), paths.end(), "testshire/open-data/governance.json"), paths.end());
}

}  // namespace
}  // namespace cdp
