#include "outputs/partnership_open_data.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp {
namespace {

// A value as if written in partnership.toml.
template <typename T>
Located<T> written(T value) {
  return {std::move(value), {FilePath(), 1, 1}};
}

Partnership west_sussex() {
  Partnership partnership;
  partnership.name = written<std::string>("West Sussex");
  partnership.slug = written<std::string>("west-sussex");
  partnership.folder = "partnerships/west-sussex";
  return partnership;
}

Grant grant(const std::string& name, const std::string& year) {
  Grant grant;
  grant.name = written(name);
  grant.year = written(*parse_period(year));
  return grant;
}

TEST(PartnershipOpenData, NothingIsWrittenForAPartnershipWithNothingToSay) {
  Partnership partnership = west_sussex();
  EXPECT_TRUE(partnership_open_data_files(partnership).empty());
  EXPECT_TRUE(partnership_open_data_paths(partnership).empty());
}

TEST(PartnershipOpenData, FundingCsvOnlyWithGrantsAndPathsMatchTheFiles) {
  Partnership partnership = west_sussex();
  partnership.contact.officer = written<std::string>("Becky Harrington");
  std::vector<GeneratedFile> files = partnership_open_data_files(partnership);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, "partnerships/west-sussex/open-data/partnership.json");
  EXPECT_EQ(partnership_open_data_paths(partnership), std::vector<std::string>{files[0].path});

  partnership.funding.push_back(grant("Drug Strategy Grant", "2022/23"));
  files = partnership_open_data_files(partnership);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[1].path, "partnerships/west-sussex/open-data/funding.csv");
  EXPECT_EQ(partnership_open_data_paths(partnership),
            (std::vector<std::string>{files[0].path, files[1].path}));
}

// The amount cell is empty where a report does not give it, never 0.
TEST(PartnershipOpenData, FundingCsvLeavesAnUnstatedAmountEmpty) {
  Partnership partnership = west_sussex();
  Grant stated = grant("=Recovery Grant", "2022/23 to 2024/25");
  stated.amount = written(1250000.0);
  stated.purpose = written<std::string>("Housing, treatment");
  partnership.funding = {stated, grant("Drug Strategy Grant", "2023/24")};
  std::vector<GeneratedFile> files = partnership_open_data_files(partnership);
  ASSERT_EQ(files.size(), 2u);
  auto rows = testing::parse_csv(files[1].content);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"partnership", "grant", "area", "year", "year_start", "year_end",
                                               "amount", "purpose"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"West Sussex", "'=Recovery Grant", "", "2022/23 to 2024/25",
                                               "2022-04-01", "2025-03-31", "1250000", "Housing, treatment"}));
  EXPECT_EQ(rows[2][6], "");
}

// The JSON holds what was written: a key that was not given is absent, not "".
TEST(PartnershipOpenData, JsonHoldsRolesContactAndActionsAsWritten) {
  Partnership partnership = west_sussex();
  Role role;
  role.role = written<std::string>("Senior Responsible Owner");
  role.post = written<std::string>("Director of Public Health");
  partnership.roles.push_back(role);
  partnership.contact.emails.push_back(written<std::string>("cdp@westsussex.gov.uk"));
  Priority priority;
  priority.number = written(2);
  priority.title = written<std::string>("Fewer deaths");
  Action action;
  action.title = written<std::string>("Naloxone in every hostel");
  action.status = written(ActionStatus::kComplete);
  action.completed = written(*parse_period("March 2024"));
  priority.actions.push_back(action);
  partnership.priorities.push_back(priority);

  std::vector<GeneratedFile> files = partnership_open_data_files(partnership);
  ASSERT_EQ(files.size(), 1u);
  auto json = Poco::JSON::Parser().parse(files[0].content).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(json->getValue<std::string>("partnership"), "West Sussex");
  EXPECT_EQ(json->getValue<std::string>("slug"), "west-sussex");
  auto role_json = json->getArray("roles")->getObject(0);
  EXPECT_EQ(role_json->getValue<std::string>("post"), "Director of Public Health");
  EXPECT_FALSE(role_json->has("person"));
  auto contact = json->getObject("contact");
  EXPECT_EQ(contact->getArray("emails")->getElement<std::string>(0), "cdp@westsussex.gov.uk");
  EXPECT_FALSE(contact->has("phone"));
  auto action_json = json->getArray("priorities")->getObject(0)->getArray("actions")->getObject(0);
  EXPECT_EQ(action_json->getValue<std::string>("title"), "Naloxone in every hostel");
  EXPECT_EQ(action_json->getValue<std::string>("status"), "complete");
  EXPECT_EQ(action_json->getValue<std::string>("completed"), "March 2024");
  EXPECT_FALSE(action_json->has("due"));
  EXPECT_TRUE(files[0].content.ends_with("}\n"));
}

}  // namespace
}  // namespace cdp
