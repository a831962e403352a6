#include "model/date.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Date, IsoDatesHaveTheirLeadingZeros) {
  EXPECT_EQ(iso(Date{2024, 3, 1}), "2024-03-01");
  EXPECT_EQ(iso(Date{987, 11, 30}), "0987-11-30");
  EXPECT_EQ(iso(Date{0, 1, 9}), "0000-01-09");
  EXPECT_EQ(iso(Date{12345, 1, 1}), "12345-01-01");
}

TEST(Date, ParsesRealIsoDatesOnly) {
  EXPECT_EQ(parse_iso_date("2024-10-01"), (Date{2024, 10, 1}));
  EXPECT_EQ(parse_iso_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2024-13-01"));
  EXPECT_FALSE(parse_iso_date("2024-1-01"));
  EXPECT_FALSE(parse_iso_date("01/10/2024"));
}

TEST(Date, FormatsTheGovUkWay) {
  EXPECT_EQ(long_date({2024, 1, 18}), "18 January 2024");
  EXPECT_EQ(iso({2023, 4, 1}), "2023-04-01");
}

}  // namespace
}  // namespace cdp
