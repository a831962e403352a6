#include "render/about_page.h"

#include <gtest/gtest.h>

#include "mustache/conformance.h"

namespace cdp {
namespace {

// A value as if written in partnership.toml.
Located<std::string> written(std::string text) { return {std::move(text), {FilePath("ws/partnership.toml"), 1, 1}}; }

Member member(const std::string& organisation, const std::string& sector) {
  Member member;
  member.organisation = written(organisation);
  if (!sector.empty()) member.sector = written(sector);
  return member;
}

std::string text(const mustache::Value& value, std::string_view key) {
  return std::string(value.as_map()->at(key).as_string());
}

TEST(AboutPage, MembersAreGroupedBySectorInAlphabeticalOrderOtherForNone) {
  Partnership partnership;
  partnership.members = {member("Sussex Police", "Police"), member("Change Grow Live", ""),
                         member("NHS Sussex", "Health"), member("Probation Service", "Police")};
  mustache::List sectors = sectors_of(partnership);
  ASSERT_EQ(sectors.size(), 3u);
  EXPECT_EQ(text(sectors[0], "sector"), "Health");
  EXPECT_EQ(text(sectors[1], "sector"), "Other");
  EXPECT_EQ(text(sectors[2], "sector"), "Police");
  const mustache::List& police = *sectors[2].as_map()->at("members").as_list();
  ASSERT_EQ(police.size(), 2u);
  EXPECT_EQ(text(police[0], "organisation"), "Sussex Police");  // in the order written
  EXPECT_EQ(text(police[1], "organisation"), "Probation Service");
}

// A role held by a post says so, and then the table's heading says "Held by".
TEST(AboutPage, ARoleHeldByAPostIsShownAsThePost) {
  Partnership partnership;
  Role person;
  person.role = written("Chair");
  person.person = written("Alison Challenger");
  partnership.roles.push_back(person);
  CdpData data;
  mustache::Map values = about_values(partnership, data, "about/");
  EXPECT_EQ(values.at("holder_heading").as_string(), "Person");
  EXPECT_EQ(text((*values.at("roles").as_list())[0], "holder"), "Alison Challenger");
  EXPECT_FALSE(*values.at("has_reporting_lines").as_bool());

  Role post;
  post.role = written("Senior Responsible Owner");
  post.post = written("Director of Public Health");
  post.reports_to = written("Joint Combating Drugs Unit");
  partnership.roles.push_back(post);
  values = about_values(partnership, data, "about/");
  EXPECT_EQ(values.at("holder_heading").as_string(), "Held by");
  EXPECT_EQ(text((*values.at("roles").as_list())[1], "holder"), "Director of Public Health (whoever holds the post)");
  EXPECT_TRUE(*values.at("has_reporting_lines").as_bool());
}

TEST(AboutPage, ContactGivesEveryAddressAndThePhoneAsATelLink) {
  Partnership partnership;
  partnership.contact.emails = {written("cdp@westsussex.gov.uk"), written("data@westsussex.gov.uk")};
  partnership.contact.phone = written("01234 567890");
  CdpData data;
  mustache::Map values = about_values(partnership, data, "about/");
  EXPECT_TRUE(*values.at("has_contact").as_bool());
  EXPECT_EQ(values.at("email").as_string(), "cdp@westsussex.gov.uk");
  const mustache::List& emails = *values.at("emails").as_list();
  ASSERT_EQ(emails.size(), 2u);
  EXPECT_EQ(text(emails[0], "separator"), "");
  EXPECT_EQ(text(emails[1], "separator"), ", ");
  EXPECT_EQ(values.at("phone_href").as_string(), "tel:+441234567890");
  EXPECT_FALSE(*about_values(Partnership(), data, "").at("has_contact").as_bool());
}

TEST(AboutPage, ValuesAreWhatTheirSchemaDescribes) {
  Partnership partnership;
  partnership.name = written("West Sussex");
  partnership.vision = written("Fewer *lives* lost");
  partnership.members = {member("Sussex Police", "Police")};
  CdpData data;
  mustache::Map values = about_values(partnership, data, "about/");
  EXPECT_EQ(values.at("vision_html").as_string(), "<p>Fewer <em>lives</em> lost</p>\n");
  EXPECT_EQ(values.at("governance_json_url").as_string(), "../open-data/governance.json");
  EXPECT_EQ(mustache::departures(mustache::Value(values), about_values_schema()), std::vector<std::string>{});
}

}  // namespace
}  // namespace cdp
