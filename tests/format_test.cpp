#include "format/format.h"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <limits>

namespace cdp {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// ---------------------------------------------------------------------------
// Numbers

TEST(FormatNumber, ThousandsSeparators) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(999), "999");
  EXPECT_EQ(format_number(1000), "1,000");
  EXPECT_EQ(format_number(1814), "1,814");
  EXPECT_EQ(format_number(1814.0), "1,814");
  EXPECT_EQ(format_number(1234567), "1,234,567");
  EXPECT_EQ(format_number(-4200), "-4,200");
  EXPECT_EQ(format_number(1e15), "1,000,000,000,000,000");
  EXPECT_EQ(format_number(1234567.891, 2), "1,234,567.89");
  EXPECT_TRUE(format_number(DBL_MAX).starts_with("179,769,313,486,231,570,")) << format_number(DBL_MAX);
}

TEST(FormatNumber, DecimalsAsAsked) {
  EXPECT_EQ(format_number(48.3, 1), "48.3");
  EXPECT_EQ(format_number(49, 1), "49.0");
  EXPECT_EQ(format_number(0, 2), "0.00");
  EXPECT_EQ(format_number(1e-7, 2), "0.00");
  EXPECT_EQ(format_number(0.1, 25), "0.10000000000000000000");  // at most 20 places
  EXPECT_EQ(format_number(1.5, -1), "2");                         // fewer than none is none
}

// Halves round away from zero on the decimal as written, not on the binary double
// (0.15 is stored as 0.1499999..., 2.675 as 2.67499999...).
TEST(FormatNumber, HalvesRoundAwayFromZero) {
  EXPECT_EQ(format_number(48.25, 1), "48.3");
  EXPECT_EQ(format_number(0.05, 1), "0.1");
  EXPECT_EQ(format_number(0.15, 1), "0.2");
  EXPECT_EQ(format_number(2.675, 2), "2.68");
  EXPECT_EQ(format_number(1.005, 2), "1.01");
  EXPECT_EQ(format_number(0.5), "1");
  EXPECT_EQ(format_number(1.5), "2");
  EXPECT_EQ(format_number(2.5), "3");
  EXPECT_EQ(format_number(-2.5), "-3");
  EXPECT_EQ(format_number(-0.05, 1), "-0.1");
  EXPECT_EQ(format_number(0.04, 1), "0.0");
}

TEST(FormatNumber, CarriesAcrossTheSeparator) {
  EXPECT_EQ(format_number(999.95, 1), "1,000.0");
  EXPECT_EQ(format_number(9.995, 2), "10.00");
  EXPECT_EQ(format_number(999999.5), "1,000,000");
}

TEST(FormatNumber, NoMinusSignOnZero) {
  EXPECT_EQ(format_number(-0.01, 1), "0.0");
  EXPECT_EQ(format_number(-0.04, 1), "0.0");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(-0.4), "0");
}

TEST(FormatNumber, AsGivenDropsTrailingZeros) {
  EXPECT_EQ(format_number_as_given(1814), "1,814");
  EXPECT_EQ(format_number_as_given(48.30), "48.3");
  EXPECT_EQ(format_number_as_given(0.916), "0.916");
  EXPECT_EQ(format_number_as_given(1.23456), "1.235");
  EXPECT_EQ(format_number_as_given(1.23456, 1), "1.2");
  EXPECT_EQ(format_number_as_given(100), "100");
  EXPECT_EQ(format_number_as_given(2.0004), "2");
  EXPECT_EQ(format_number_as_given(-0.0001), "0");
  EXPECT_EQ(format_number_as_given(-12.5), "-12.5");
}

TEST(FormatNumber, NotANumberIsShownAsSuch) {
  EXPECT_EQ(format_number(kNaN), "(not a number)");
  EXPECT_EQ(format_number(kInfinity), "(not a number)");
  EXPECT_EQ(format_number(-kInfinity, 1), "(not a number)");
  EXPECT_EQ(format_number_as_given(kNaN), "(not a number)");
  EXPECT_EQ(format_money(kNaN), "(not a number)");
  EXPECT_EQ(format_value(kInfinity, Unit::kPercent), "(not a number)%");
}

// ---------------------------------------------------------------------------
// Units

TEST(FormatUnits, PercentRateRatio) {
  EXPECT_EQ(format_percent(48.3), "48.3%");
  EXPECT_EQ(format_percent(49), "49.0%");
  EXPECT_EQ(format_percent(0), "0.0%");
  EXPECT_EQ(format_percent(100), "100.0%");
  EXPECT_EQ(format_percent(48.25), "48.3%");
  EXPECT_EQ(format_percent(12.345, 2), "12.35%");
  EXPECT_EQ(format_percent(48.3, 0), "48%");
  EXPECT_EQ(format_rate(12.5), "12.5 per 100,000");
  EXPECT_EQ(format_rate(5), "5.0 per 100,000");
  EXPECT_EQ(format_rate(1234.56), "1,234.6 per 100,000");
  EXPECT_EQ(format_ratio(0.456), "0.46");
  EXPECT_EQ(format_ratio(0.455), "0.46");
  EXPECT_EQ(format_ratio(1.5), "1.50");
  EXPECT_EQ(format_ratio(1.5, 1), "1.5");
}

TEST(FormatUnits, MoneyAsCouncilsWriteIt) {
  EXPECT_EQ(format_money(0), "£0");
  EXPECT_EQ(format_money(450), "£450");
  EXPECT_EQ(format_money(12.5), "£12.50");
  EXPECT_EQ(format_money(0.5), "£0.50");
  EXPECT_EQ(format_money(999.99), "£999.99");
  EXPECT_EQ(format_money(999.995), "£1,000");  // rounds to £1,000.00, and £1,000 or more has no pence
  EXPECT_EQ(format_money(1000.49), "£1,000");
  EXPECT_EQ(format_money(1000.5), "£1,001");
  EXPECT_EQ(format_money(916000), "£916,000");
  EXPECT_EQ(format_money(999999.4), "£999,999");
  EXPECT_EQ(format_money(999999.6), "£1m");
  EXPECT_EQ(format_money(1000000), "£1m");
  EXPECT_EQ(format_money(1040000), "£1.04m");
  EXPECT_EQ(format_money(1050000), "£1.05m");
  EXPECT_EQ(format_money(1650000), "£1.65m");
  EXPECT_EQ(format_money(1699000), "£1.699m");
  EXPECT_EQ(format_money(1700000), "£1.7m");
  EXPECT_EQ(format_money(2000000), "£2m");
  EXPECT_EQ(format_money(12345678), "£12.346m");
  EXPECT_EQ(format_money(999940000), "£999.94m");
  EXPECT_EQ(format_money(999999600), "£1bn");
  EXPECT_EQ(format_money(1200000000), "£1.2bn");
  EXPECT_EQ(format_money(1.5e12), "£1,500bn");
  EXPECT_EQ(format_money(-450), "-£450");
  EXPECT_EQ(format_money(-1700000), "-£1.7m");
  EXPECT_EQ(format_money(-0.001), "£0");
}

TEST(FormatUnits, ValuesInTheirUnits) {
  EXPECT_EQ(format_value(1814, Unit::kCount), "1,814");
  EXPECT_EQ(format_value(12.25, Unit::kCount), "12.3");
  EXPECT_EQ(format_value(0, Unit::kCount), "0");
  EXPECT_EQ(format_value(48.3, Unit::kPercent), "48.3%");
  EXPECT_EQ(format_value(49, Unit::kPercent), "49.0%");
  EXPECT_EQ(format_value(5.7, Unit::kRatePer100k), "5.7 per 100,000");
  EXPECT_EQ(format_value(1700000, Unit::kMoney), "£1.7m");
  EXPECT_EQ(format_value(0.456, Unit::kRatio), "0.46");
}

TEST(FormatUnits, TargetsReadAsWritten) {
  EXPECT_EQ(format_target_value(50, Unit::kPercent), "50%");
  EXPECT_EQ(format_target_value(52.5, Unit::kPercent), "52.5%");
  EXPECT_EQ(format_target_value(52.25, Unit::kPercent), "52.3%");
  EXPECT_EQ(format_target_value(2000, Unit::kCount), "2,000");
  EXPECT_EQ(format_target_value(5, Unit::kRatePer100k), "5 per 100,000");
  EXPECT_EQ(format_target_value(1700000, Unit::kMoney), "£1.7m");
  EXPECT_EQ(format_target_value(0.5, Unit::kRatio), "0.5");
}

TEST(FormatFileSize, AsGovUkGivesItBesideADownload) {
  EXPECT_EQ(format_file_size(1), "1 byte");
  EXPECT_EQ(format_file_size(800), "800 bytes");
  EXPECT_EQ(format_file_size(1024), "1 KB");
  EXPECT_EQ(format_file_size(250880), "245 KB");
  EXPECT_EQ(format_file_size(1048000), "1,023 KB");
  EXPECT_EQ(format_file_size(1048500), "1 MB") << "1,023.9 KB rounds to 1,024 KB, which is a MB";
  EXPECT_EQ(format_file_size(2202010), "2.1 MB");
  EXPECT_EQ(format_file_size(2097152), "2 MB");
  EXPECT_EQ(format_file_size(1395864371), "1.3 GB");
}

}  // namespace
}  // namespace cdp
