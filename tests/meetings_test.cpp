#include "model/meetings.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Located<Period> written(const std::string& text) { return {*parse_period(text), {FilePath("partnership.toml"), 1, 1}}; }

// A <time datetime> holds a day as a day and a month as a month, never a made-up day.
TEST(Meetings, MachineDateIsADayOrAMonth) {
  EXPECT_EQ(machine_date(*parse_period("14 February 2023")), "2023-02-14");
  EXPECT_EQ(machine_date(*parse_period("2023-02-01")), "2023-02-01");
  EXPECT_EQ(machine_date(*parse_period("February 2023")), "2023-02");
  EXPECT_EQ(machine_date(*parse_period("Sept 2022")), "2022-09");
}

TEST(Meetings, AnyIsWhetherPartnershipTomlSaysAnythingAboutThem) {
  Meetings meetings;
  EXPECT_FALSE(meetings.any());
  meetings.first = written("September 2022");
  EXPECT_TRUE(meetings.any());
  Meetings decided;
  decided.decisions.push_back({written("February 2023"), {"Plan approved.", {FilePath("partnership.toml"), 2, 1}}});
  EXPECT_TRUE(decided.any());
}

}  // namespace
}  // namespace cdp
