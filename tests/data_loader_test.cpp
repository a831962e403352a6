// The CDP data model loaded from real folders: each validation rule with its message
// and position, and a complete partnership that loads cleanly.
#include "load/data_loader.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "load/site_loader.h"
#include "support/test_support.h"

namespace cdp {
namespace {

using testing::TempDir;

struct Loaded {
  std::optional<CdpData> data;  // nullopt when there were errors
  Diagnostics diagnostics;      // what was reported
  std::string root;             // the temp folder, left out of paths in first()
  std::string first() const {
    auto sorted = diagnostics.sorted();
    if (sorted.empty()) return "";
    const Diagnostic& d = sorted.front();
    std::string file = d.pos.file;
#ifdef _WIN32
    std::replace(file.begin(), file.end(), '\\', '/');  // Windows shows content\a.toml
#endif
    if (file.starts_with(root)) file = file.substr(root.size());
    return file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message +
           (d.hint.empty() ? "" : " | " + d.hint);
  }
};

std::unique_ptr<Loaded> load(const TempDir& dir) {
  auto loaded = std::make_unique<Loaded>();
  loaded->root = dir.path().generic_string() + "/";
  std::optional<Site> site = load_site({dir.path() / "content", false}, loaded->diagnostics);
  if (site) loaded->data = load_cdp_data(*site, loaded->diagnostics);
  return loaded;
}

const char* kPartnership = R"(name = "West Sussex Drug and Alcohol Partnership"
short_name = "WS DAP"
footprint = ["Adur", "Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex", "Worthing"]
established = "September 2022"
meetings = "Quarterly"

[[governance]]
body = "Joint Combating Drugs Unit"
relationship = "reports to"

[[role]]
role = "Senior Responsible Owner"
person = "Alison Challenger"
job_title = "Director of Public Health"
organisation = "West Sussex County Council"

[[member]]
organisation = "Sussex Police"
sector = "Police"

[contact]
email = "dap@example.gov.uk"
)";

const char* kMetrics = R"([[metric]]
id = "numbers-in-treatment"
values = [
  { period = "2021/22", value = 1600 },
  { period = "2022/23", value = 1750 },
  { period = "December 2023", value = 1814 },
]
baseline = { period = "2021/22", value = 1600 }
target = { value = 2000, by = "March 2025" }

[[metric.comparator]]
name = "England"
values = [ { period = "2022/23", value = 290635 } ]

[[metric]]
id = "naloxone-kits"
name = "Take-home naloxone kits distributed"
unit = "count"
better = "higher"
outcome = "reduce-drug-related-deaths-and-harm"
values = [ { period = "2023/24", value = 950 } ]
)";

const char* kPriorities = R"([[priority]]
number = 1
title = "Reducing drug and alcohol related deaths"
group = "Cross-cutting"
national = ["treatment"]
what_we_know = "Drug related deaths are lower than in the South East."
metrics = ["numbers-in-treatment", "naloxone-kits"]

[[priority.action]]
title = "Distribute naloxone through outreach"
owner = "Public Health"
due = "March 2025"
status = "on track"
)";

void write_partnership(const TempDir& dir) {
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/west-sussex/partnership.toml", kPartnership);
  dir.write("content/west-sussex/metrics.toml", kMetrics);
  dir.write("content/west-sussex/priorities.toml", kPriorities);
  dir.write("content/west-sussex/funding.toml",
            "[[grant]]\nname = \"SSMTRG\"\narea = \"West Sussex\"\nyear = \"2023/24\"\namount = 1699000\n");
}

TEST(DataLoader, LoadsACompletePartnership) {
  TempDir dir;
  write_partnership(dir);
  auto loaded = load(dir);
  ASSERT_TRUE(loaded->data) << loaded->first();
  ASSERT_EQ(loaded->data->partnerships.size(), 1u);
  const Partnership& p = loaded->data->partnerships[0];
  EXPECT_EQ(p.slug.value, "west-sussex");
  EXPECT_EQ(p.short_name.value, "WS DAP");
  EXPECT_EQ(p.footprint.value.size(), 7u);
  EXPECT_EQ(p.roles.at(0).person.value, "Alison Challenger");
  EXPECT_EQ(p.members.at(0).sector.value, "Police");
  ASSERT_EQ(p.contact.emails.size(), 1u);
  EXPECT_EQ(p.contact.emails[0].value, "dap@example.gov.uk");
  ASSERT_EQ(p.priorities.size(), 1u);
  EXPECT_EQ(p.priorities[0].actions.at(0).status.value, ActionStatus::kOnTrack);
  EXPECT_EQ(p.priorities[0].national.at(0).value, NationalPriority::kTreatment);
  const MetricSeries& treatment = p.metrics.at("numbers-in-treatment");
  ASSERT_EQ(treatment.values.size(), 3u);
  EXPECT_EQ(treatment.values.back().figure.value, 1814);
  EXPECT_EQ(treatment.values.back().figure.pos.line, 6);
  EXPECT_EQ(treatment.comparators.at(0).name.value, "England");
  EXPECT_EQ(treatment.targets.at(0).value.value, 2000);
  EXPECT_TRUE(loaded->data->catalogue.count("naloxone-kits"));
  EXPECT_EQ(p.funding.at(0).amount.value, 1699000);
  EXPECT_EQ(loaded->data->outcomes.size(), 6u);
}

TEST(DataLoader, FrameworkCatalogueHasElevenHeadlineMetrics) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  auto loaded = load(dir);
  ASSERT_TRUE(loaded->data) << loaded->first();
  int headline = 0;
  for (const auto& [id, metric] : loaded->data->catalogue) headline += metric.headline.value ? 1 : 0;
  EXPECT_EQ(headline, 11);
  EXPECT_EQ(loaded->data->catalogue.size(), 33u);
}

// Each loader's own rules are tested beside it (partnership_loader_test,
// metrics_loader_test, catalogue_loader_test, validate_test); these check that
// load_cdp_data reads every file of a partnership folder and validates what it read.
std::string first_error_after_writing(const char* file, const char* text) {
  TempDir dir;
  write_partnership(dir);
  dir.write(std::string("content/west-sussex/") + file, text);
  auto loaded = load(dir);
  EXPECT_FALSE(loaded->data);
  return loaded->first();
}

TEST(DataLoader, ReadsEachFileOfAPartnershipFolder) {
  EXPECT_EQ(first_error_after_writing("partnership.toml", "short_name = \"X\"\n"),
            "content/west-sussex/partnership.toml:1:1: `name` is missing here | add it, e.g. name = \"West Sussex Drug "
            "and Alcohol Partnership\"");
  EXPECT_TRUE(first_error_after_writing("priorities.toml", "[[priority]]\nnumber = 1\n")
                  .starts_with("content/west-sussex/priorities.toml:1:1: `title` is missing here"));
  EXPECT_TRUE(first_error_after_writing("metrics.toml", "[[metric]]\nid = \"numbers-in-treatmnt\"\n")
                  .starts_with("content/west-sussex/metrics.toml:2:6: there is no metric with the id"));
  EXPECT_TRUE(first_error_after_writing("funding.toml", "[[grant]]\narea = \"A\"\nyear = \"2022/23\"\namount = -5\n")
                  .starts_with("content/west-sussex/funding.toml:4:10: a grant cannot be a negative amount"));
}

TEST(DataLoader, ValidatesTheDataItLoaded) {
  EXPECT_TRUE(first_error_after_writing(
                  "metrics.toml",
                  "[[metric]]\nid = \"continuity-of-care\"\nvalues = [ { period = \"2022/23\", value = 104.5 } ]\n")
                  .starts_with("content/west-sussex/metrics.toml:3:42: a percentage cannot be over 100"));
}

TEST(DataLoader, InvalidTomlIsReportedAtItsPosition) {
  EXPECT_TRUE(first_error_after_writing("funding.toml", "[[grant]\n")
                  .starts_with("content/west-sussex/funding.toml:1:"));
}

TEST(DataLoader, StrayTomlFileIsExplained) {
  TempDir dir;
  write_partnership(dir);
  dir.write("content/notes/metrics.toml", "[[metric]]\n");
  auto loaded = load(dir);
  EXPECT_FALSE(loaded->data);
  EXPECT_TRUE(loaded->first().starts_with("content/notes/metrics.toml:0:0: cdpsite does not know what this TOML file is for"))
      << loaded->first();
}

}  // namespace
}  // namespace cdp
