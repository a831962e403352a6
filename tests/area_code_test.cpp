#include "model/area_code.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(AreaCode, AcceptsOnsCodesOfEachNationAndKind) {
  for (const char* code : {"E06000044", "E92000001", "E12000008", "E10000007", "W06000015", "S12000036", "N09000003"}) {
    EXPECT_EQ(area_code_problem(code), std::nullopt) << code;
  }
}

TEST(AreaCode, SaysWhatIsWrongWithOthers) {
  EXPECT_EQ(*area_code_problem(""), "the area code is empty: an ONS code is a capital letter and 8 digits, e.g. E06000044");
  EXPECT_EQ(*area_code_problem("E0600004"),
            "\"E0600004\" has 8 characters: an ONS code is a capital letter and 8 digits, e.g. E06000044");
  EXPECT_EQ(*area_code_problem("e06000044"),
            "\"e06000044\" does not start with E, W, S or N: an ONS code is a capital letter and 8 digits, e.g. E06000044");
  EXPECT_EQ(*area_code_problem("E06O00044"),
            "\"E06O00044\" has other characters than digits after its letter: an ONS code is a capital letter and 8 "
            "digits, e.g. E06000044");
}

}  // namespace
}  // namespace cdp
