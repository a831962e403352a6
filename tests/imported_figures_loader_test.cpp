// An imported/NAME.toml beside metrics.toml: its values join the hand-written ones, and
// a figure given in both is an error naming both places unless the hand-written value
// says replaces_import = true.
#include <gtest/gtest.h>

#include "load/data_loader.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

struct Loaded {
  Partnership partnership;
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

Loaded load_both(const std::string& hand, const std::string& imported) {
  Loaded loaded;
  CdpData data;
  MetricDefinition deaths;
  deaths.id = "drug-misuse-deaths";
  deaths.pos = {"data/outcomes-framework.toml", 10, 6};
  deaths.from_framework = true;
  data.catalogue[deaths.id] = deaths;
  Diagnostics diagnostics;
  DataFile hand_file{std::make_shared<SourceFile>("content/ws/metrics.toml", hand), toml::parse(hand)};
  DataFile imported_file{std::make_shared<SourceFile>("content/ws/imported/f.toml", imported), toml::parse(imported)};
  data.files[hand_file.source->path()] = hand_file.source;
  data.files[imported_file.source->path()] = imported_file.source;
  load_metrics_file(hand_file, loaded.partnership, data, diagnostics);
  load_imported_figures_file(imported_file, loaded.partnership, data, diagnostics);
  loaded.errors = testing::diagnostic_texts(diagnostics);
  return loaded;
}

const std::string kImported =
    "# written by cdpsite import figures from f.csv: edits here are lost\n"
    "[[metric]]\nid = \"drug-misuse-deaths\"\nvalues = [\n"
    "  { period = \"2019 to 2021\", value = 4.1 },\n"
    "  { period = \"2020 to 2022\", value = 4.5, lower = 3.9, upper = 5.2 },\n]\n"
    "[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2020 to 2022\", value = 5.0 } ]\n";

TEST(LoadImportedFigures, ImportedValuesJoinTheHandWrittenOnes) {
  Loaded loaded = load_both("[[metric]]\nid = \"drug-misuse-deaths\"\nvalues = [ { period = \"2017 to 2019\", value = 3.8 } ]\n"
                            "notes = \"By hand.\"\n",
                            kImported);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("drug-misuse-deaths");
  ASSERT_EQ(series.values.size(), 3u);
  EXPECT_EQ(series.values[0].figure.value, 3.8);
  EXPECT_EQ(series.values[2].upper.value, 5.2);
  EXPECT_EQ(series.values[2].figure.pos.file, "content/ws/imported/f.toml");
  EXPECT_EQ(series.notes.value, "By hand.");
  EXPECT_EQ(series.comparators.at(0).values.size(), 1u);
}

TEST(LoadImportedFigures, AFigureGivenByHandAndByImportIsAnErrorNamingBoth) {
  Loaded loaded = load_both("[[metric]]\nid = \"drug-misuse-deaths\"\nvalues = [ { period = \"2020 - 22\", value = 4.4 } ]\n",
                            kImported);
  EXPECT_EQ(loaded.errors,
            std::vector<std::string>{
                "content/ws/metrics.toml:3:23: the figure of \"drug-misuse-deaths\" for 2020 to 2022 is written here "
                "and also imported at content/ws/imported/f.toml:6 | remove it here to use the imported figure, or "
                "add replaces_import = true to this value to publish it instead of the imported one"});
}

TEST(LoadImportedFigures, AHandWrittenValueMayReplaceTheImportedOne) {
  Loaded loaded = load_both("[[metric]]\nid = \"drug-misuse-deaths\"\n"
                            "values = [ { period = \"2020 - 22\", value = 4.4, replaces_import = true } ]\n",
                            kImported);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  const MetricSeries& series = loaded.partnership.metrics.at("drug-misuse-deaths");
  ASSERT_EQ(series.values.size(), 2u);
  EXPECT_EQ(series.values[1].figure.value, 4.4);
  EXPECT_FALSE(series.values[1].upper.present());
}

TEST(LoadImportedFigures, AMetricOnlyImportedIsThePartnerships) {
  Loaded loaded = load_both("", kImported);
  EXPECT_EQ(loaded.errors, std::vector<std::string>{});
  EXPECT_EQ(loaded.partnership.metrics.at("drug-misuse-deaths").values.size(), 2u);
}

}  // namespace
}  // namespace cdp
