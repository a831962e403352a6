#include "model/meetings.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

// A <time datetime> holds a day as a day and a month as a month, never a made-up day.
TEST(Meetings, MachineDateIsADayOrAMonth) {
  EXPECT_EQ(machine_date(*parse_period("14 February 2023")), "2023-02-14");
  EXPECT_EQ(machine_date(*parse_period("2023-02-01")), "2023-02-01");
  EXPECT_EQ(machine_date(*parse_period("February 2023")), "2023-02");
  EXPECT_EQ(machine_date(*parse_period("Sept 2022")), "2022-09");
}

}  // namespace
}  // namespace cdp
