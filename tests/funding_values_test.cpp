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

TEST(FundingValues, ShortcodeCellSumsAGrantsEntriesForTheYearAndListsPurposes) {
  Partnership partnership;
  Grant stated = grant(1700000), unstated = grant(std::nullopt);
  unstated.purpose = {"to increase capacity", {"funding.toml", 4, 1}};
  partnership.funding = {stated, unstated};
  mustache::Map values = funding_table_values(partnership);
  ASSERT_EQ(values.at("grants").as_list()->size(), 1u);
  const mustache::Map& table = *values.at("grants").as_list()->at(0).as_map();
  EXPECT_EQ(table.at("caption").as_string(), "Grant");
  const mustache::List& rows = *table.at("rows").as_list();
  const mustache::List& cells = *rows.at(0).as_map()->at("cells").as_list();
  EXPECT_EQ(cells.at(0).as_map()->at("amount").as_string(), "£1.7m plus 1 grant of amount not stated");
  EXPECT_EQ(table.at("purposes").as_list()->size(), 1u);
}

// Two grants are two tables, each captioned with its own name, so that a grant whose
// amount is not stated is never shown under another grant's name.
TEST(FundingValues, EachGrantHasATableNamedAfterIt) {
  Partnership partnership;
  Grant public_health = grant(1700000), additional = grant(std::nullopt);
  public_health.name.value = "Public health grant";
  additional.name.value = "Additional government grant funding";
  additional.purpose = {"to widen treatment", {"funding.toml", 9, 1}};
  partnership.funding = {public_health, additional};
  mustache::Map values = funding_table_values(partnership);  // held: the tables point into it
  const mustache::List& tables = *values.at("grants").as_list();
  ASSERT_EQ(tables.size(), 2u);
  auto amount_of = [](const mustache::Value& table) {
    return table.as_map()->at("rows").as_list()->at(0).as_map()->at("cells").as_list()->at(0).as_map()->at("amount").as_string();
  };
  EXPECT_EQ(tables.at(0).as_map()->at("caption").as_string(), "Public health grant");
  EXPECT_EQ(amount_of(tables.at(0)), "£1.7m");
  EXPECT_TRUE(tables.at(0).as_map()->at("has_purposes").is_falsy());
  EXPECT_EQ(tables.at(1).as_map()->at("caption").as_string(), "Additional government grant funding");
  EXPECT_EQ(amount_of(tables.at(1)), "not stated");
  EXPECT_FALSE(tables.at(1).as_map()->at("has_purposes").is_falsy());
}

}  // namespace
}  // namespace cdp
