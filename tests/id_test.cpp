#include "model/id.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(AddressId, AcceptsLowerCaseLettersDigitsHyphensAndUnderscores) {
  EXPECT_TRUE(is_address_id("numbers-in-treatment"));
  EXPECT_TRUE(is_address_id("priority-1"));
  EXPECT_TRUE(is_address_id("drug_deaths"));
}

TEST(AddressId, RefusesSpacesCapitalsPunctuationAndNothing) {
  EXPECT_FALSE(is_address_id(""));
  EXPECT_FALSE(is_address_id("Naloxone Kits"));
  EXPECT_FALSE(is_address_id("naloxone kits"));
  EXPECT_FALSE(is_address_id("Naloxone"));
  EXPECT_FALSE(is_address_id("kits/given"));
  EXPECT_FALSE(is_address_id("kits?"));
  EXPECT_FALSE(is_address_id("caf\xC3\xA9"));
}

TEST(AddressId, SuggestsTheIdMeant) {
  EXPECT_EQ(suggested_id("Naloxone Kits"), "naloxone-kits");
  EXPECT_EQ(suggested_id("  Safer_Streets! "), "safer-streets");
  EXPECT_EQ(suggested_id("A&E -- attendances"), "a-e-attendances");
  EXPECT_EQ(suggested_id("!!!"), "");
}

}  // namespace
}  // namespace cdp
