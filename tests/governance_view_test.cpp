// meetings_summary, meetings_values, frequency_fact and milestones_values: what the about
// page is given of a partnership's meetings and national milestones.
#include <gtest/gtest.h>

#include "render/governance_view.h"

namespace cdp {
namespace {

std::string text(const mustache::Map& map, std::string_view key) { return std::string(map.at(key).as_string()); }

Located<Period> month(int year, int number) {
  return {Period(PeriodKind::kMonth, {year, number, 1}, {year, number, days_in_month(year, number)}), {"p.toml", 1, 1}};
}

Meetings full_meetings() {
  Meetings meetings;
  meetings.first = month(2022, 11);
  meetings.frequency = {MeetingFrequency::kQuarterly, {"p.toml", 2, 1}};
  meetings.held = {8, {"p.toml", 3, 1}};
  meetings.held_as_of = {{2024, 9, 30}, {"p.toml", 4, 1}};
  meetings.decisions.push_back({month(2023, 2), {"Plan *approved*.", {"p.toml", 5, 1}}});
  return meetings;
}

TEST(GovernanceView, SummarisesTheMeetingsInSentences) {
  EXPECT_EQ(meetings_summary(full_meetings()),
            "The partnership first met in November 2022. It meets quarterly. It had held 8 meetings by "
            "30 September 2024.");
  Meetings only_frequency;
  only_frequency.frequency = {MeetingFrequency::kAnnually, {"p.toml", 2, 1}};
  EXPECT_EQ(meetings_summary(only_frequency), "The partnership meets once a year.");
  Meetings once = full_meetings();
  once.held.value = 1;
  EXPECT_NE(meetings_summary(once).find("had held 1 meeting by"), std::string::npos);
}

TEST(GovernanceView, DecisionsCarryAMachineDateAndTheirMarkdown) {
  mustache::Map values = meetings_values(full_meetings());
  const mustache::List& decisions = *values.at("decisions").as_list();
  ASSERT_EQ(decisions.size(), 1u);
  const mustache::Map& decision = *decisions[0].as_map();
  EXPECT_EQ(text(decision, "datetime"), "2023-02");
  EXPECT_EQ(text(decision, "date"), "February 2023");
  EXPECT_EQ(text(decision, "text_html"), "Plan <em>approved</em>.");
}

TEST(GovernanceView, TheFrequencyAsAFactStartsWithACapital) {
  EXPECT_EQ(frequency_fact(full_meetings()), "Quarterly");
  EXPECT_EQ(frequency_fact(Meetings{}), "");
}

TEST(GovernanceView, MilestonesNotMentionedAreSaidOnceAsAGroupNeverAsNotMet) {
  std::vector<MilestoneDefinition> national = {{"senior-responsible-owner", {}, "Nominate an SRO", "Nominate one."},
                                               {"needs-assessment", {}, "Needs assessment", "Assess."}};
  MilestoneReport met;
  met.id = {"needs-assessment", {"p.toml", 1, 1}};
  met.status = {MilestoneStatus::kMet, {"p.toml", 2, 1}};
  met.date = month(2022, 11);
  mustache::Map values = milestones_values(national, {met});
  const mustache::List& rows = *values.at("reported").as_list();
  ASSERT_EQ(rows.size(), 1u);
  const mustache::Map& second = *rows[0].as_map();
  const mustache::List& missing = *values.at("not_reported").as_list();
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(text(*missing[0].as_map(), "title"), "Nominate an SRO");
  EXPECT_EQ(text(values, "not_reported_summary"), "Not reported yet: 1 milestone");
  EXPECT_TRUE(*values.at("has_not_reported").as_bool());
  EXPECT_EQ(text(second, "status"), "Met");
  EXPECT_EQ(text(second, "date"), "November 2022");
  EXPECT_EQ(text(second, "status_class"), "status--complete");
}

}  // namespace
}  // namespace cdp
