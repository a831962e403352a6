#include "render/funding_values.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Grant grant(std::optional<double> amount) {
  Grant made;
  made.name = {"Grant", {"funding.toml", 1, 1}};
  made.area = {"Testshire", {"funding.toml", 2, 1}};
  if (amount) made.amount = {*amount, {"funding.toml", 3, 1}};
  return made;
}

TEST(FundingValues, SumOfStatedAmountsIsMoney) {
  Grant a = grant(916000), b = grant(784000);
  EXPECT_EQ(funding_sum_words({&a, &b}), "£1.7m");
  EXPECT_EQ(funding_sum_words({&a}), "£916,000");
  EXPECT_EQ(funding_sum_words({}), "");
}

TEST(FundingValues, GrantWithoutAmountIsNeverAddedAsNothing) {
  Grant stated = grant(1700000), unstated = grant(std::nullopt), other = grant(std::nullopt);
  EXPECT_EQ(funding_sum_words({&stated, &unstated}), "£1.7m plus 1 grant of amount not stated");
  EXPECT_EQ(funding_sum_words({&stated, &unstated, &other}), "£1.7m plus 2 grants of amount not stated");
  EXPECT_EQ(funding_sum_words({&unstated}), "not stated");
  EXPECT_EQ(funding_sum_words({&unstated, &other}), "amounts not stated");
}

TEST(FundingValues, ShortcodeCellSumsAnAreasGrantsForTheYearAndListsPurposes) {
  Partnership partnership;
  Grant stated = grant(1700000), unstated = grant(std::nullopt);
  unstated.purpose = {"to increase capacity", {"funding.toml", 4, 1}};
  partnership.funding = {stated, unstated};
  mustache::Map values = funding_table_values(partnership);
  const mustache::List& rows = *values.at("rows").as_list();
  const mustache::List& cells = *rows.at(0).as_map()->at("cells").as_list();
  EXPECT_EQ(cells.at(0).as_map()->at("amount").as_string(), "£1.7m plus 1 grant of amount not stated");
  EXPECT_EQ(values.at("purposes").as_list()->size(), 1u);
}

}  // namespace
}  // namespace cdp
