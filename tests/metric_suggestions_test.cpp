// The hint for an unknown metric id: the id meant, or the closest few with their names.
#include "model/metric_suggestions.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::map<std::string, MetricDefinition> catalogue() {
  std::map<std::string, MetricDefinition> metrics;
  for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
           {"numbers-in-treatment", "Numbers in treatment (adults)"},
           {"deaths-from-drug-misuse", "Deaths from drug misuse"},
           {"continuity-of-care", "Continuity of care"},
           {"naloxone-kits", "Naloxone kits given out"},
           {"successful-completions", "Successful completions of treatment"}}) {
    metrics[id].id = id;
    metrics[id].name.value = name;
  }
  return metrics;
}

TEST(MetricSuggestions, ATypoIsToldTheIdMeantWithItsName) {
  EXPECT_EQ(metric_id_hint("numbers-in-treatmnt", catalogue()),
            "did you mean `numbers-in-treatment` (Numbers in treatment (adults))?");
}

// Not 33 bare ids: the three nearest, named, the one sharing a word first.
TEST(MetricSuggestions, AnotherIdIsToldTheClosestFewWithTheirNames) {
  std::string hint = metric_id_hint("drug-deaths", catalogue());
  EXPECT_TRUE(hint.starts_with("the closest are `deaths-from-drug-misuse` (Deaths from drug misuse), ")) << hint;
  EXPECT_EQ(std::count(hint.begin(), hint.end(), '`'), 6) << hint;
  EXPECT_NE(hint.find(" and "), std::string::npos) << hint;
}

}  // namespace
}  // namespace cdp
