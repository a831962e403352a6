#include "model/date.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

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
