#include "model/authoring_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace cdp {
namespace {

// term() finds a rule by its place in the table, so the table must be in the enum's order.
TEST(AuthoringRules, EachRulesTermIsItsOwn) {
  for (const AuthoringRuleTerm& rule : authoring_rules()) {
    EXPECT_EQ(term(rule.rule).name, rule.name);
    EXPECT_EQ(&term(rule.rule), &rule);
  }
}

TEST(AuthoringRules, NamesAreUniqueLowerCaseWordsJoinedByHyphens) {
  std::set<std::string_view> names;
  for (const AuthoringRuleTerm& rule : authoring_rules()) {
    EXPECT_TRUE(names.insert(rule.name).second) << rule.name << " twice";
    EXPECT_EQ(rule.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-"), std::string_view::npos) << rule.name;
    EXPECT_FALSE(rule.catches.empty()) << rule.name;
  }
}

// site.toml's [checks] names the rules as the README lists them.
TEST(AuthoringRules, TheReadmeListsEveryRuleByName) {
  std::ifstream in(CDPSITE_SOURCE_DIR "/README.md");
  std::stringstream readme;
  readme << in.rdbuf();
  ASSERT_FALSE(readme.str().empty());
  for (const AuthoringRuleTerm& rule : authoring_rules()) {
    EXPECT_NE(readme.str().find("`" + std::string(rule.name) + "`"), std::string::npos) << rule.name;
  }
}

}  // namespace
}  // namespace cdp
