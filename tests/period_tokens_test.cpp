// The tokens of a period as written, before any form is read.
#include "model/period_tokens.h"

#include <gtest/gtest.h>

namespace cdp::period_tokens {
namespace {

TEST(PeriodTokens, AQuarterWithANoBreakSpaceAndAnEnDashIsAWordNumbersAndADash) {
  std::optional<std::vector<Token>> tokens = tokenize("Q3\xC2\xA0" "2023\xE2\x80\x93" "24");  // no-break space, en dash
  ASSERT_TRUE(tokens);
  EXPECT_EQ(shape_of(*tokens), "wnn-n");
  EXPECT_EQ((*tokens)[0].text, "q");
  EXPECT_EQ(value_of((*tokens)[2]), 2023);
  EXPECT_EQ((*tokens)[4].begin, 11u);  // after 2 + 2 + 4 bytes and the 3 of the dash
  EXPECT_FALSE(tokenize("2023 & 24"));
}

TEST(PeriodTokens, TheEndYearIsReadInTheCenturyOrDecadeOfTheStart) {
  auto end = [](int start, const std::string& digits) {
    return end_year(start, Token{TokenKind::kNumber, digits, 0, digits.size()});
  };
  EXPECT_EQ(end(2022, "23"), 2023);
  EXPECT_EQ(end(1999, "00"), 2000);
  EXPECT_EQ(end(2023, "4"), 2024);
  EXPECT_EQ(end(2029, "0"), 2030);
  EXPECT_EQ(end(2022, "2023"), 2023);
  EXPECT_EQ(end(2022, "202"), std::nullopt);
}

TEST(PeriodTokens, AFinancialYearPrefixIsFyOrTwoWords) {
  std::vector<Token> fy = *tokenize("FY 2022/23");
  std::vector<Token> words = *tokenize("financial year 2022/23");
  std::vector<Token> none = *tokenize("2022/23");
  EXPECT_EQ(financial_year_prefix_length(fy), 1u);
  EXPECT_EQ(financial_year_prefix_length(words), 2u);
  EXPECT_EQ(financial_year_prefix_length(none), 0u);
}

}  // namespace
}  // namespace cdp::period_tokens
