#include "model/phone_number.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(PhoneNumber, UkNumberWrittenNationallyGetsTheCountryCode) {
  EXPECT_EQ(tel_address("01234 567890"), "tel:+441234567890");
  EXPECT_EQ(tel_address("(01243) 777-100"), "tel:+441243777100");
  EXPECT_EQ(tel_address("0800 123 456"), "tel:+44800123456");
  EXPECT_EQ(tel_address("020 7946 0000"), "tel:+442079460000");
}

TEST(PhoneNumber, UkNumberWrittenInternationallyLosesTheBracketedZero) {
  EXPECT_EQ(tel_address("+44 (0)1234 567890"), "tel:+441234567890");
  EXPECT_EQ(tel_address("+44 1234 567890"), "tel:+441234567890");
  EXPECT_EQ(tel_address("0044 1234 567890"), "tel:+441234567890");
}

TEST(PhoneNumber, InternationalNumberIsKeptAsDialled) {
  EXPECT_EQ(tel_address("+33 1 23 45 67 89"), "tel:+33123456789");
  EXPECT_EQ(tel_address("00353 1 234 5678"), "tel:+35312345678");
}

TEST(PhoneNumber, TextThatIsNotAPhoneNumberIsRefused) {
  for (const char* wrong : {"", "call the hub", "01234 567890 ext 12", "1234 567890", "01234 5678", "012345678901",
                            "+44 01234 567890", "+1 234", "+1234567890123456", "01234 + 567890", "00 1234"}) {
    EXPECT_EQ(tel_address(wrong), std::nullopt) << wrong;
  }
}

}  // namespace
}  // namespace cdp
