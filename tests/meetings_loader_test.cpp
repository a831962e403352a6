// read_meetings (through load_partnership_file) on partnership.toml text held in memory:
// what [meetings] reads, and each mistake's exact message and position.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_texts;

struct Loaded {
  Partnership partnership;          // what was read
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

Loaded meetings_from(const std::string& text) {
  Loaded loaded;
  Diagnostics diagnostics;
  std::string toml = "name = \"Testshire CDP\"\n" + text;
  load_partnership_file({std::make_shared<SourceFile>("content/p/partnership.toml", toml), toml::parse(toml)},
                        loaded.partnership, diagnostics);
  loaded.errors = diagnostic_texts(diagnostics);
  return loaded;
}

TEST(MeetingsLoader, ReadsFirstMeetingFrequencyHeldAndDecisionsOldestFirst) {
  Loaded loaded = meetings_from(
      "[meetings]\nfirst = 2022-11-14\nfrequency = \"quarterly\"\nheld = 8\nheld_as_of = 2024-09-30\n"
      "[[meetings.decision]]\ndate = \"February 2023\"\ntext = \"Plan approved.\"\n"
      "[[meetings.decision]]\ndate = \"November 2022\"\ntext = \"Formation report received.\"\n");
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front();
  const Meetings& meetings = loaded.partnership.meetings;
  EXPECT_EQ(meetings.first.value.display(), "14 November 2022");
  EXPECT_EQ(meetings.frequency.value, MeetingFrequency::kQuarterly);
  EXPECT_EQ(meetings.held.value, 8);
  EXPECT_EQ(iso(meetings.held_as_of.value), "2024-09-30");
  ASSERT_EQ(meetings.decisions.size(), 2u);
  EXPECT_EQ(meetings.decisions[0].text.value, "Formation report received.");
  EXPECT_EQ(meetings.decisions[1].date.value.display(), "February 2023");
}

TEST(MeetingsLoader, ReadsTheUsualSpellingsOfAFrequency) {
  EXPECT_EQ(meetings_from("[meetings]\nfrequency = \"Bi-monthly\"\n").partnership.meetings.frequency.value,
            MeetingFrequency::kEveryTwoMonths);
  EXPECT_EQ(meetings_from("[meetings]\nfrequency = \"twice a year\"\n").partnership.meetings.frequency.value,
            MeetingFrequency::kEverySixMonths);
  EXPECT_EQ(meetings_from("meetings = \"Quarterly\"\n").partnership.meetings.frequency.value,
            MeetingFrequency::kQuarterly);
}

TEST(MeetingsLoader, AnUnknownFrequencyIsAnErrorWithTheClosestSpelling) {
  Loaded loaded = meetings_from("[meetings]\nfrequency = \"quartely\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:3:13: cdpsite does not know how often \"quartely\" is | did you mean "
            "\"quarterly\"? Otherwise write one of `monthly`, `every two months`, `quarterly`, `every six months`, "
            "`annually`");
}

TEST(MeetingsLoader, ADecisionDatedByAYearIsAnError) {
  Loaded loaded = meetings_from("[[meetings.decision]]\ndate = \"2023\"\ntext = \"Plan approved.\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:3:8: a decision's `date` should be a month or a day, not \"2023\" | write "
            "the month, e.g. date = \"February 2023\", or the day, e.g. date = 2023-02-14");
}

TEST(MeetingsLoader, MeetingsHeldNeedTheDateTheyWereCounted) {
  Loaded loaded = meetings_from("[meetings]\nheld = 8\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:3:8: `held` says how many meetings have been held, but not by when | add "
            "the date they were counted on, e.g. held_as_of = 2024-09-30");
}

// One mistake, one message: `held` of the wrong type is reported as that, and never as
// missing beside held_as_of.
TEST(MeetingsLoader, HeldOfTheWrongTypeIsOneMessage) {
  Loaded loaded = meetings_from("[meetings]\nheld = \"five\"\nheld_as_of = 2024-09-30\n");
  ASSERT_EQ(loaded.errors.size(), 1u) << loaded.errors[1];
  EXPECT_NE(loaded.errors[0].find("content/p/partnership.toml:3:8: "), std::string::npos) << loaded.errors[0];
}

// A first meeting written as a council's cover sheet writes a day is told the day.
TEST(MeetingsLoader, AFirstMeetingWrittenDayMonthYearIsToldTheDay) {
  Loaded loaded = meetings_from("[meetings]\nfirst = \"03/08/2022\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_NE(loaded.errors[0].find("write the day as 3 August 2022 or 2022-08-03"), std::string::npos) << loaded.errors[0];
  EXPECT_EQ(loaded.errors[0].find("financial year"), std::string::npos) << loaded.errors[0];
}

TEST(MeetingsLoader, ADecisionBeforeTheFirstMeetingIsAnError) {
  Loaded loaded = meetings_from(
      "[meetings]\nfirst = \"November 2022\"\n[[meetings.decision]]\ndate = \"October 2022\"\ntext = \"x\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0],
            "content/p/partnership.toml:5:8: this decision (October 2022) is dated before the first meeting "
            "(November 2022) | check the decision's date, or the first meeting's (`first` at line 3)");
}

TEST(MeetingsLoader, ADecisionNeedsItsText) {
  Loaded loaded = meetings_from("[[meetings.decision]]\ndate = \"October 2022\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_NE(loaded.errors[0].find("text = \"Needs assessment noted; delivery plan approved.\""), std::string::npos)
      << loaded.errors[0];
  EXPECT_TRUE(loaded.partnership.meetings.decisions.empty());
}

}  // namespace
}  // namespace cdp
