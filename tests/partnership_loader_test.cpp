// load_partnership_file, load_priorities_file and load_funding_file on TOML text held
// in memory: what each reads, and each mistake's exact message and position.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_texts;

DataFile data_file(const std::string& path, const std::string& text) {
  return {std::make_shared<SourceFile>(path, text), toml::parse(text)};
}

struct Loaded {
  Partnership partnership;              // what was read
  std::vector<std::string> errors;      // "file:line:col: message | hint"
};

Loaded partnership_from(const std::string& text) {
  Loaded loaded;
  Diagnostics diagnostics;
  load_partnership_file(data_file("content/ws/partnership.toml", text), loaded.partnership, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

Loaded priorities_from(const std::string& text) {
  Loaded loaded;
  Diagnostics diagnostics;
  load_priorities_file(data_file("content/ws/priorities.toml", text), loaded.partnership, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

Loaded funding_from(const std::string& text) {
  Loaded loaded;
  Diagnostics diagnostics;
  load_funding_file(data_file("content/ws/funding.toml", text), loaded.partnership, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

TEST(LoadPartnershipFile, ReadsNameRolesMembersGovernanceAndContact) {
  Loaded loaded = partnership_from(
      "name = \"West Sussex\"\nshort_name = \"WS DAP\"\nslug = \"west-sussex\"\nfootprint = [\"Adur\", \"Arun\"]\n"
      "established = \"September 2022\"\n"
      "[[governance]]\nbody = \"Joint Combating Drugs Unit\"\nrelationship = \"reports to\"\n"
      "[[role]]\nrole = \"Senior Responsible Owner\"\nperson = \"Alison Challenger\"\n"
      "[[member]]\norganisation = \"Sussex Police\"\nsector = \"Police\"\n"
      "[contact]\nemail = \"dap@example.gov.uk\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const Partnership& p = loaded.partnership;
  EXPECT_EQ(p.name.value, "West Sussex");
  EXPECT_EQ(p.pos.file, "content/ws/partnership.toml");
  EXPECT_EQ(p.short_name.value, "WS DAP");
  EXPECT_EQ(p.slug.value, "west-sussex");
  EXPECT_EQ(p.slug.pos.line, 3);
  EXPECT_EQ(p.footprint.value, (std::vector<std::string>{"Adur", "Arun"}));
  EXPECT_EQ(p.established.value.display(), "September 2022");
  EXPECT_EQ(p.governance.at(0).relationship.value, "reports to");
  EXPECT_EQ(p.roles.at(0).person.value, "Alison Challenger");
  EXPECT_EQ(p.members.at(0).sector.value, "Police");
  ASSERT_EQ(p.contact.emails.size(), 1u);
  EXPECT_EQ(p.contact.emails[0].value, "dap@example.gov.uk");
}

TEST(LoadPartnershipFile, UnknownKeySuggestsTheClosest) {
  EXPECT_EQ(partnership_from("name = \"X\"\nshort_nmae = \"X\"\n").errors,
            std::vector<std::string>{"content/ws/partnership.toml:2:1: unknown key `short_nmae` in partnership.toml | "
                                     "did you mean `short_name`?"});
}

TEST(LoadPartnershipFile, NameIsRequired) {
  EXPECT_EQ(partnership_from("short_name = \"X\"\n").errors,
            std::vector<std::string>{"content/ws/partnership.toml:1:1: `name` is missing here | add it, e.g. name = "
                                     "\"West Sussex Drug and Alcohol Partnership\""});
}

TEST(LoadPartnershipFile, NameOfTheWrongType) {
  std::vector<std::string> errors = partnership_from("name = 3\n").errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("content/ws/partnership.toml:1:8: `name` should be text in double quotes"))
      << errors[0];
}

// Missing keys are reported at the [[role]] or [[member]] line that opens the entry.
TEST(LoadPartnershipFile, RoleNeedsAPersonOrPostAndMemberAnOrganisation) {
  EXPECT_EQ(partnership_from("name = \"X\"\n[[role]]\nrole = \"Lead\"\n[[member]]\nsector = \"Police\"\n").errors,
            (std::vector<std::string>{
                "content/ws/partnership.toml:2:1: a [[role]] needs the person or the post that holds it | write person = "
                "\"Alison Challenger\", or post = \"Director of Public Health\" where no one is named",
                "content/ws/partnership.toml:4:1: `organisation` is missing here | add it, e.g. organisation = "
                "\"Sussex Police\""}));
}

TEST(LoadPartnershipFile, UnknownContactKey) {
  EXPECT_EQ(partnership_from("name = \"X\"\n[contact]\nemial = \"a@b\"\n").errors,
            std::vector<std::string>{"content/ws/partnership.toml:3:1: unknown key `emial` in the [contact] table | "
                                     "did you mean `email`?"});
}

TEST(LoadPrioritiesFile, ReadsPrioritiesSortedByNumberWithTheirActions) {
  Loaded loaded = priorities_from(
      "[[priority]]\nnumber = 2\ntitle = \"B\"\nnational = [\"Treatment\", \"demand\"]\nmetrics = [\"m\"]\n"
      "[[priority.action]]\ntitle = \"A\"\nstatus = \"at-risk\"\ndue = \"March 2025\"\n"
      "[[priority]]\nnumber = 1\nid = \"deaths\"\ntitle = \"A\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const std::vector<Priority>& priorities = loaded.partnership.priorities;
  ASSERT_EQ(priorities.size(), 2u);
  EXPECT_EQ(priorities[0].id, "deaths");
  EXPECT_EQ(priorities[1].id, "priority-2");
  EXPECT_EQ(priorities[1].national.at(0).value, NationalPriority::kTreatment);
  EXPECT_EQ(priorities[1].national.at(1).value, NationalPriority::kDemand);
  EXPECT_EQ(priorities[1].actions.at(0).status.value, ActionStatus::kAtRisk);
  EXPECT_EQ(priorities[1].actions.at(0).due.value.display(), "March 2025");
  EXPECT_EQ(priorities[1].metrics.at(0).value, "m");
}

TEST(LoadPrioritiesFile, EachMetricIdKeepsItsOwnPosition) {
  Loaded loaded = priorities_from("[[priority]]\nnumber = 1\ntitle = \"A\"\nmetrics = [\"a\", \"bb\"]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const std::vector<Located<std::string>>& metrics = loaded.partnership.priorities.at(0).metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].pos.line, 4);
  EXPECT_EQ(metrics[0].pos.column, 12);
  EXPECT_EQ(metrics[1].value, "bb");
  EXPECT_EQ(metrics[1].pos.column, 17);
}

TEST(LoadPrioritiesFile, UnknownActionStatusSuggestsTheClosest) {
  EXPECT_EQ(priorities_from("[[priority]]\nnumber = 1\ntitle = \"T\"\n[[priority.action]]\ntitle = \"A\"\n"
                            "status = \"on trak\"\n").errors,
            std::vector<std::string>{"content/ws/priorities.toml:6:10: `status` cannot be \"on trak\" | did you mean "
                                     "`on track`?"});
}

TEST(LoadPrioritiesFile, TwoPrioritiesWithOneNumber) {
  EXPECT_EQ(priorities_from("[[priority]]\nnumber = 1\ntitle = \"A\"\n[[priority]]\nnumber = 1\ntitle = \"B\"\n").errors,
            std::vector<std::string>{"content/ws/priorities.toml:5:10: two priorities have the id \"priority-1\" | the "
                                     "other is at line 2; give each priority its own number or id"});
}

TEST(LoadPrioritiesFile, UnknownNationalPrioritySuggestsTheClosest) {
  EXPECT_EQ(priorities_from("[[priority]]\nnumber = 1\ntitle = \"A\"\nnational = [\"suply\"]\n").errors,
            std::vector<std::string>{"content/ws/priorities.toml:4:13: `national` cannot be \"suply\" | did you mean "
                                     "`supply`?"});
}

TEST(LoadPrioritiesFile, NationalMustBeAList) {
  EXPECT_EQ(priorities_from("[[priority]]\nnumber = 1\ntitle = \"A\"\nnational = \"supply\"\n").errors,
            std::vector<std::string>{"content/ws/priorities.toml:4:12: `national` should be a list | write it as "
                                     "national = [\"treatment\", \"demand\"] (supply, treatment, demand)"});
}

TEST(LoadPrioritiesFile, TitleIsRequired) {
  EXPECT_EQ(priorities_from("[[priority]]\nnumber = 1\n").errors,
            std::vector<std::string>{"content/ws/priorities.toml:1:1: `title` is missing here | add it, e.g. title = "
                                     "\"Reducing drug-related deaths\""});
}

TEST(LoadFundingFile, ReadsGrants) {
  Loaded loaded = funding_from("[[grant]]\nname = \"SSMTRG\"\narea = \"West Sussex\"\nyear = \"2023/24\"\namount = 1699000\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  ASSERT_EQ(loaded.partnership.funding.size(), 1u);
  EXPECT_EQ(loaded.partnership.funding[0].amount.value, 1699000);
  EXPECT_EQ(loaded.partnership.funding[0].year.value.display(), "2023/24");
}

TEST(LoadFundingFile, NegativeGrant) {
  EXPECT_EQ(funding_from("[[grant]]\narea = \"A\"\nyear = \"2022/23\"\namount = -5\n").errors,
            std::vector<std::string>{"content/ws/funding.toml:4:10: a grant cannot be a negative amount | write the "
                                     "amount in pounds, e.g. 916000"});
}

// A grant may leave out its amount (a report that does not give it), never its area or year.
TEST(LoadFundingFile, GrantNeedsAreaAndYearButNotAnAmount) {
  std::vector<std::string> errors = funding_from("[[grant]]\nname = \"SSMTRG\"\n").errors;
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "content/ws/funding.toml:1:1: `area` is missing here | add it, e.g. area = \"Derby City\"");
  EXPECT_EQ(errors[1], "content/ws/funding.toml:1:1: `year` is missing here | add it, e.g. year = \"2023/24\"");
  Loaded loaded = funding_from("[[grant]]\nname = \"G\"\narea = \"A\"\nyear = \"2022-25\"\npurpose = \"treatment\"\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  ASSERT_EQ(loaded.partnership.funding.size(), 1u);
  EXPECT_FALSE(loaded.partnership.funding[0].amount.present());
  EXPECT_EQ(loaded.partnership.funding[0].year.value.display(), "2022/23 to 2024/25");
  EXPECT_EQ(loaded.partnership.funding[0].purpose.value, "treatment");
}

}  // namespace
}  // namespace cdp

namespace cdp {
namespace {

TEST(LoadPartnershipFile, AreaCodesAreOnsCodesEachOnce) {
  Loaded loaded = partnership_from("name = \"X\"\narea_codes = [\"E06000015\", \"E10000007\"]\n");
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  ASSERT_EQ(loaded.partnership.area_codes.size(), 2u);
  EXPECT_EQ(loaded.partnership.area_codes[1].value, "E10000007");
  EXPECT_EQ(partnership_from("name = \"X\"\narea_codes = [\"E0600001\", \"E06000015\", \"E06000015\"]\n").errors,
            (std::vector<std::string>{
                "content/ws/partnership.toml:2:15: \"E0600001\" has 8 characters: an ONS code is a capital letter and "
                "8 digits, e.g. E06000044 | copy the Area Code column of the Fingertips download, e.g. \"E06000044\"",
                "content/ws/partnership.toml:2:40: the area code \"E06000015\" is listed twice | keep one of them"}));
}

}  // namespace
}  // namespace cdp
