#include "load/number_text.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(NumberText, ReadsFiguresAsReportsWriteThem) {
  EXPECT_EQ(number_in_text("1,814")->number, "1814");
  EXPECT_FALSE(number_in_text("1,814")->money);
  EXPECT_EQ(number_in_text(" 48.3% ")->number, "48.3");
  EXPECT_EQ(number_in_text("-5")->number, "-5");
}

TEST(NumberText, MoneyBecomesANumberOfPounds) {
  EXPECT_EQ(number_in_text("\xC2\xA3" "1.7m")->number, "1700000");
  EXPECT_TRUE(number_in_text("\xC2\xA3" "1.7m")->money);
  EXPECT_EQ(number_in_text("\xC2\xA3" "916,000")->number, "916000");
  EXPECT_EQ(number_in_text("916k")->number, "916000");
  EXPECT_EQ(number_in_text("2.5bn")->number, "2500000000");
}

TEST(NumberText, TextThatIsNoFigureIsNone) {
  for (const char* text : {"", "lots", "\xC2\xA3", "1.2.3", "m", "about 40", "1,814 people"}) {
    EXPECT_EQ(number_in_text(text), std::nullopt) << text;
  }
}

// TOML keeps only the number; the places come from the text at the value's column.
TEST(NumberText, DecimalsAsWrittenAtAColumn) {
  EXPECT_EQ(decimals_written("value = 58", 9), 0);
  EXPECT_EQ(decimals_written("value = 58.0", 9), 1);
  EXPECT_EQ(decimals_written("value = -4.25 }", 9), 2);
  EXPECT_EQ(decimals_written("v = +1_000.5_0", 5), 2);
  EXPECT_EQ(decimals_written("{ note = \"Caf\xC3\xA9 \xE2\x80\x93\", value = 12.5 }", 28), 1);
  EXPECT_EQ(decimals_written("value = 5e3", 9), -1);
  EXPECT_EQ(decimals_written("value = 1.5E3", 9), -1);
  EXPECT_EQ(decimals_written("value = 0x1F", 9), -1);
  EXPECT_EQ(decimals_written("value = inf", 9), -1);
  EXPECT_EQ(decimals_written("value", 40), -1);
}

}  // namespace
}  // namespace cdp
