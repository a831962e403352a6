// load_catalogue and read_metric_definition on TOML text held in memory: outcomes and
// metric definitions, and each mistake's exact message.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_texts;

struct Loaded {
  CdpData data;                     // outcomes and catalogue
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

void load_into(Loaded& loaded, const std::string& path, const std::string& text, bool from_framework) {
  Diagnostics diagnostics;
  load_catalogue({std::make_shared<SourceFile>(path, text), toml::parse(text)}, loaded.data, from_framework, diagnostics);
  for (const std::string& error : diagnostic_texts(diagnostics)) loaded.errors.push_back(error);
}

Loaded catalogue_from(const std::string& text) {
  Loaded loaded;
  load_into(loaded, "content/data/local.toml", text, false);
  return loaded;
}

constexpr const char* kDefinition = "[[metric]]\nid = \"naloxone-kits\"\nname = \"Naloxone kits\"\nunit = \"count\"\n"
                                    "better = \"higher\"\noutcome = \"reduce-drug-related-deaths-and-harm\"\n"
                                    "headline = true\nsource = \"OHID\"\ndefinition = \"Kits given out.\"\n";

TEST(LoadCatalogue, AnOutcomeKindMustBeOneOfItsChoices) {
  Loaded loaded = catalogue_from("[[outcome]]\nid = \"reduce-drug-use\"\nname = \"Reduce drug use\"\nkind = \"stratgic\"\n");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_TRUE(loaded.errors[0].starts_with("content/data/local.toml:4:8: `kind` cannot be \"stratgic\"")) << loaded.errors[0];
  EXPECT_NE(loaded.errors[0].find("strategic"), std::string::npos) << loaded.errors[0];
}

TEST(LoadCatalogue, ReadsOutcomesAndMetricDefinitions) {
  Loaded loaded = catalogue_from(std::string("[[outcome]]\nid = \"reduce-drug-use\"\nname = \"Reduce drug use\"\n"
                                             "kind = \"strategic\"\n[[outcome]]\nid = \"b\"\nname = \"B\"\n") +
                                 kDefinition);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  ASSERT_EQ(loaded.data.outcomes.size(), 2u);
  EXPECT_EQ(loaded.data.outcomes[0].id, "reduce-drug-use");
  EXPECT_EQ(loaded.data.outcomes[0].name, "Reduce drug use");
  EXPECT_EQ(loaded.data.outcomes[0].kind.value, OutcomeKind::kStrategic);
  EXPECT_EQ(loaded.data.outcomes[1].kind.value, OutcomeKind::kIntermediate);
  const MetricDefinition& metric = loaded.data.catalogue.at("naloxone-kits");
  EXPECT_EQ(metric.pos.file, "content/data/local.toml");
  EXPECT_EQ(metric.pos.line, 9);
  EXPECT_EQ(metric.name.value, "Naloxone kits");
  EXPECT_EQ(metric.unit.value, Unit::kCount);
  EXPECT_EQ(metric.better.value, Better::kHigher);
  EXPECT_EQ(metric.outcome.value, "reduce-drug-related-deaths-and-harm");
  EXPECT_TRUE(metric.headline.value);
  EXPECT_EQ(metric.source.value, "OHID");
  EXPECT_EQ(metric.definition.value, "Kits given out.");
  EXPECT_FALSE(metric.from_framework);
}

TEST(LoadCatalogue, FrameworkMetricsAreMarked) {
  Loaded loaded;
  load_into(loaded, "data/outcomes-framework.toml", kDefinition, true);
  EXPECT_TRUE(loaded.data.catalogue.at("naloxone-kits").from_framework);
}

TEST(LoadCatalogue, EveryUnitAndDirectionByItsTomlName) {
  for (auto [name, unit] : std::vector<std::pair<std::string, Unit>>{{"count", Unit::kCount},
                                                                     {"percent", Unit::kPercent},
                                                                     {"rate_per_100k", Unit::kRatePer100k},
                                                                     {"money", Unit::kMoney},
                                                                     {"ratio", Unit::kRatio}}) {
    Loaded loaded = catalogue_from("[[metric]]\nid = \"m\"\nname = \"M\"\nunit = \"" + name + "\"\nbetter = \"lower\"\n");
    EXPECT_EQ(loaded.errors, std::vector<std::string>{}) << name;
    EXPECT_EQ(loaded.data.catalogue.at("m").unit.value, unit) << name;
    EXPECT_EQ(loaded.data.catalogue.at("m").better.value, Better::kLower);
  }
}

TEST(LoadCatalogue, WrongUnitNameSuggestsTheClosest) {
  EXPECT_EQ(catalogue_from("[[metric]]\nid = \"m\"\nname = \"M\"\nunit = \"percnt\"\nbetter = \"higher\"\n").errors,
            std::vector<std::string>{"content/data/local.toml:4:8: `unit` cannot be \"percnt\" | did you mean "
                                     "`percent`?"});
}

TEST(LoadCatalogue, DefinitionNeedsNameUnitAndBetter) {
  EXPECT_EQ(catalogue_from("[[metric]]\nid = \"m\"\n").errors,
            (std::vector<std::string>{
                "content/data/local.toml:1:1: `better` is missing here | add it, e.g. better = \"higher\" (or lower, "
                "neither)",
                "content/data/local.toml:1:1: `name` is missing here | add it, e.g. name = \"Numbers in treatment\"",
                "content/data/local.toml:1:1: `unit` is missing here | add it, e.g. unit = \"count\" (or percent, "
                "rate_per_100k, money, ratio)"}));
}

TEST(LoadCatalogue, MetricDefinedTwiceNamesTheFirst) {
  Loaded loaded;
  load_into(loaded, "data/outcomes-framework.toml", kDefinition, true);
  load_into(loaded, "content/data/local.toml", kDefinition, false);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{
                               "content/data/local.toml:2:6: the metric \"naloxone-kits\" is already defined in the outcomes "
                               "framework that ships with cdpsite | choose another id for your own metric, or give values "
                               "for the existing one in metrics.toml"});
}

TEST(LoadCatalogue, OutcomeDefinedTwice) {
  EXPECT_EQ(catalogue_from("[[outcome]]\nid = \"a\"\nname = \"A\"\n[[outcome]]\nid = \"a\"\nname = \"B\"\n").errors,
            std::vector<std::string>{"content/data/local.toml:5:6: the outcome \"a\" is defined twice | give each "
                                     "outcome its own id"});
}

TEST(LoadCatalogue, OutcomeNeedsIdAndName) {
  EXPECT_EQ(catalogue_from("[[outcome]]\nname = \"A\"\n").errors,
            std::vector<std::string>{"content/data/local.toml:1:1: `id` is missing here | add it, e.g. id = "
                                     "\"reduce-drug-use\""});
}

TEST(LoadCatalogue, UnknownKeysAreReported) {
  EXPECT_EQ(catalogue_from("[[metirc]]\nid = \"m\"\n").errors,
            std::vector<std::string>{"content/data/local.toml:1:3: unknown key `metirc` in content/data/local.toml | "
                                     "did you mean `metric`?"});
  EXPECT_EQ(catalogue_from(std::string(kDefinition) + "unti = \"count\"\n").errors,
            std::vector<std::string>{"content/data/local.toml:10:1: unknown key `unti` in a [[metric]] definition | "
                                     "did you mean `unit`?"});
}

TEST(MetricDefinitionKeys, AreTheKeysADefinitionMayHave) {
  EXPECT_EQ(metric_definition_keys(), (std::vector<std::string>{"id", "name", "unit", "better", "outcome", "headline",
                                                                "source", "definition", "decimals", "fingertips_id"}));
}

}  // namespace
}  // namespace cdp
