// load_milestones (the national milestones shipped with cdpsite, and that file itself)
// and read_milestone_reports (a partnership.toml's [[milestone]]): what each reads, and
// each mistake's exact message and position.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_texts;

DataFile data_file(const std::string& path, const std::string& text) {
  return {std::make_shared<SourceFile>(path, text), toml::parse(text)};
}

std::vector<MilestoneDefinition> national() {
  return {{"senior-responsible-owner", {}, "Nominate a Senior Responsible Owner", ""},
          {"needs-assessment", {}, "Complete a joint needs assessment", ""}};
}

struct Loaded {
  Partnership partnership;          // what was read
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

Loaded reports_from(const std::string& text) {
  Loaded loaded;
  Diagnostics diagnostics;
  read_milestone_reports(data_file("content/p/partnership.toml", text), national(), loaded.partnership, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

TEST(MilestonesLoader, TheShippedFileHasEveryMilestoneOfTheGuidance) {
  Diagnostics diagnostics;
  std::optional<DataFile> file =
      read_data_file(CDPSITE_TEST_DATA "/../data/national-milestones.toml", "national-milestones.toml", diagnostics);
  ASSERT_TRUE(file);
  CdpData data;
  load_milestones(*file, data, diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 0u);
  std::vector<std::string> ids;
  for (const MilestoneDefinition& milestone : data.milestones) {
    ids.push_back(milestone.id);
    EXPECT_FALSE(milestone.guidance.empty()) << milestone.id;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"senior-responsible-owner", "form-partnership", "confirm-footprint",
                                           "terms-of-reference", "needs-assessment", "delivery-plan",
                                           "performance-framework", "annual-stock-take"}));
}

TEST(MilestonesLoader, ReadsAStatusAndTheDateMet) {
  Loaded loaded = reports_from("[[milestone]]\nid = \"needs-assessment\"\nstatus = \"Met\"\ndate = \"November 2022\"\n"
                               "[[milestone]]\nid = \"senior-responsible-owner\"\nstatus = \"in progress\"\n");
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front();
  ASSERT_EQ(loaded.partnership.milestones.size(), 2u);
  EXPECT_EQ(loaded.partnership.milestones[0].status.value, MilestoneStatus::kMet);
  EXPECT_EQ(loaded.partnership.milestones[0].date.value.display(), "November 2022");
  EXPECT_EQ(loaded.partnership.milestones[1].status.value, MilestoneStatus::kInProgress);
}

TEST(MilestonesLoader, AnUnknownIdIsAnErrorWithTheClosestId) {
  Loaded loaded = reports_from("[[milestone]]\nid = \"needs-asessment\"\nstatus = \"met\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:2:6: there is no national milestone \"needs-asessment\" | did you mean "
            "`needs-assessment`?");
}

TEST(MilestonesLoader, NotReportedIsNotAStatusAPartnershipWrites) {
  Loaded loaded = reports_from("[[milestone]]\nid = \"needs-assessment\"\nstatus = \"not reported\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_NE(loaded.errors[0].find("`status` cannot be \"not reported\""), std::string::npos) << loaded.errors[0];
}

TEST(MilestonesLoader, ADateMetOnAMilestoneNotMetIsAnError) {
  Loaded loaded = reports_from("[[milestone]]\nid = \"needs-assessment\"\nstatus = \"in progress\"\ndate = 2023-01-10\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:4:8: this milestone has a date met, but its status is \"in progress\" | "
            "write status = \"met\", or remove the date until it is met");
}

TEST(MilestonesLoader, AMilestoneReportedTwiceIsAnError) {
  Loaded loaded = reports_from("[[milestone]]\nid = \"needs-assessment\"\nstatus = \"met\"\n"
                               "[[milestone]]\nid = \"needs-assessment\"\nstatus = \"in progress\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:5:6: the milestone \"needs-assessment\" is reported twice | the other is "
            "at line 2; keep one of them");
}

}  // namespace
}  // namespace cdp
