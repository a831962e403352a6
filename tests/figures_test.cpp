#include "model/figures.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Figures, ShownDecimalsByUnit) {
  EXPECT_EQ(shown_decimals(Unit::kCount, 12), 0);
  EXPECT_EQ(shown_decimals(Unit::kCount, 12.5), 1);
  EXPECT_EQ(shown_decimals(Unit::kPercent, 48), 1);
  EXPECT_EQ(shown_decimals(Unit::kRatePer100k, 5), 1);
  EXPECT_EQ(shown_decimals(Unit::kRatio, 1), 2);
  EXPECT_EQ(shown_decimals(Unit::kMoney, 12.5), 0);
}

// Halves round away from zero on the decimal a person reads: 0.15 and 48.25 are
// below the half as doubles, yet read as halves.
TEST(Figures, RoundsHalvesAwayFromZeroOnTheDecimalAsWritten) {
  DecimalParts parts = round_decimal(48.25, 1);
  EXPECT_EQ(parts.whole, "48");
  EXPECT_EQ(parts.fraction, "3");
  EXPECT_EQ(round_decimal(0.15, 1).fraction, "2");
  EXPECT_EQ(round_decimal(0.05, 1).fraction, "1");
  EXPECT_EQ(round_decimal(48.24, 1).fraction, "2");
  EXPECT_EQ(rounded(48.25, 1), 48.3);
  EXPECT_EQ(rounded(-48.25, 1), -48.3);  // away from zero, not up
  EXPECT_EQ(rounded(2.5, 0), 3);
}

TEST(Figures, RoundingCarriesAndPadsToThePlacesAsked) {
  DecimalParts carried = round_decimal(99.96, 1);
  EXPECT_EQ(carried.whole, "100");
  EXPECT_EQ(carried.fraction, "0");
  DecimalParts padded = round_decimal(7, 2);
  EXPECT_EQ(padded.whole, "7");
  EXPECT_EQ(padded.fraction, "00");
  EXPECT_EQ(round_decimal(0.4, 0).whole, "0");
  EXPECT_EQ(round_decimal(1.5, -3).whole, "2");             // places clamp to 0 ...
  EXPECT_EQ(round_decimal(1.5, 99).fraction.size(), 20u);  // ... and to 20
}

TEST(Figures, MoneyShowsPenceUnderAThousandPounds) {
  EXPECT_EQ(money_decimals(999.99), 2);
  EXPECT_EQ(money_decimals(-999.99), 2);
  EXPECT_EQ(money_decimals(999.995), 0);  // rounds to £1,000.00, which has no pence
  EXPECT_EQ(money_decimals(1000), 0);
  EXPECT_EQ(as_shown(12.345, Unit::kMoney), 12.35);
  EXPECT_EQ(as_shown(1234.5, Unit::kMoney, 2), 1235);  // money keeps its own rule
}

// The places a figure was written with win over the unit's usual places.
TEST(Figures, PlacesWrittenWinOverTheUnitsUsualPlaces) {
  EXPECT_EQ(places_shown(Unit::kPercent, 58, 0), 0);
  EXPECT_EQ(places_shown(Unit::kPercent, 58, -1), 1);
  EXPECT_EQ(places_shown(Unit::kCount, 3, 2), 2);
  EXPECT_EQ(as_shown(48.25, Unit::kPercent), 48.3);
  EXPECT_EQ(as_shown(48.25, Unit::kPercent, 0), 48);
  EXPECT_EQ(as_shown(1.005, Unit::kRatio), 1.01);
}

}  // namespace
}  // namespace cdp
