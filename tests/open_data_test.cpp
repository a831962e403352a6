#include "outputs/open_data.h"

#include <cstdio>
#include <sstream>

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <map>

#include "load/data_loader.h"
#include "load/site_loader.h"
#include "support/test_support.h"

namespace cdp {
namespace {

// The open data files of a site with one partnership, named `name`, whose metrics.toml
// is `metrics` (empty when the data does not load).
std::vector<GeneratedFile> open_data_of(const std::string& name, const std::string& metrics) {
  testing::TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/ws/partnership.toml", "name = \"" + name + "\"\n");
  dir.write("content/ws/metrics.toml", metrics);
  Diagnostics diagnostics;
  std::optional<Site> site = load_site({dir.path() / "content", false}, diagnostics);
  std::optional<CdpData> data = site ? load_cdp_data(*site, diagnostics) : std::nullopt;
  EXPECT_TRUE(data) << diagnostics.error_count();
  std::vector<GeneratedFile> files;
  if (data) {
    make_open_data(*data, [&](const std::string& path, std::string_view content) {
      files.push_back({path, std::string(content)});
      return true;
    });
  }
  return files;
}

TEST(OpenData, DownloadsHoldTheSameNumbersAsTheToml) {
  auto files = open_data_of("=West Sussex",
            "[[metric]]\nid = \"continuity-of-care\"\nvalues = [\n"
            "  { period = \"2022/23\", value = 31.5, numerator = 63, denominator = 200 },\n"
            "  { period = \"2023/24\", value = 44, note = \"Provisional, \\\"early\\\" figure\" },\n]\n"
            "target = { value = 50, by = \"March 2025\" }\n"
            "[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2023/24\", value = 51.2 } ]\n");
  ASSERT_FALSE(files.empty());
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(files[0].path, "ws/open-data/metrics.csv");
  auto rows = testing::parse_csv(files[0].content);
  ASSERT_EQ(rows.size(), 4u);  // header, two values, one comparator value
  EXPECT_EQ(rows[0][9], "value");
  EXPECT_EQ(rows[1][0], "'=West Sussex");
  EXPECT_EQ(rows[1][6], "2022/23");
  EXPECT_EQ(rows[1][9], "31.5");
  EXPECT_EQ(rows[1][10], "63");
  EXPECT_EQ(rows[1][11], "200");
  EXPECT_EQ(rows[2][12], "Provisional, \"early\" figure");
  EXPECT_EQ(rows[2][13], "50");
  EXPECT_EQ(rows[3][1], "England");
  EXPECT_EQ(rows[3][9], "51.2");
  Poco::JSON::Parser parser;
  auto json = parser.parse(files[1].content).extract<Poco::JSON::Object::Ptr>();
  auto metric = json->getArray("metrics")->getObject(0);
  EXPECT_EQ(metric->getValue<std::string>("unit"), "percent");
  EXPECT_DOUBLE_EQ(metric->getArray("values")->getObject(1)->getValue<double>("value"), 44);
  EXPECT_DOUBLE_EQ(metric->getArray("comparators")->getObject(0)->getArray("values")->getObject(0)->getValue<double>("value"), 51.2);
  EXPECT_EQ(files[2].path, "open-data/metrics.csv");
  EXPECT_EQ(testing::parse_csv(files[2].content).size(), 4u);
}

// Two partnerships, each with one metric of one value.
std::optional<CdpData> two_partnerships(testing::TempDir& dir, Diagnostics& diagnostics) {
  dir.write("content/site.toml", "title = \"T\"\n");
  for (const char* folder : {"north", "south"}) {
    dir.write(std::string("content/") + folder + "/partnership.toml", std::string("name = \"") + folder + "\"\n");
    dir.write(std::string("content/") + folder + "/metrics.toml",
              "[[metric]]\nid = \"continuity-of-care\"\nvalues = [ { period = \"2023/24\", value = 44 } ]\n");
  }
  std::optional<Site> site = load_site({dir.path() / "content", false}, diagnostics);
  return site ? load_cdp_data(*site, diagnostics) : std::nullopt;
}

TEST(OpenData, TheSiteWideFilesHoldEveryPartnershipInOrder) {
  testing::TempDir dir;
  Diagnostics diagnostics;
  std::optional<CdpData> data = two_partnerships(dir, diagnostics);
  ASSERT_TRUE(data);
  std::map<std::string, std::string> files;
  std::vector<std::string> order;
  EXPECT_TRUE(make_open_data(*data, [&](const std::string& path, std::string_view content) {
    order.push_back(path);
    files[path] = content;
    return true;
  }));
  EXPECT_EQ(order, open_data_paths(*data));
  auto rows = testing::parse_csv(files.at("open-data/metrics.csv"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][0], "north");
  EXPECT_EQ(rows[2][0], "south");
  std::string json = files.at("open-data/metrics.json");
  auto all = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ(all->getObject(1)->getValue<std::string>("partnership"), "south");
  EXPECT_EQ(json.substr(0, 6), "[\n  {\n");  // each partnership's object indented one step
}

TEST(OpenData, MakingStopsWhenTheReceiverSaysSo) {
  testing::TempDir dir;
  Diagnostics diagnostics;
  std::optional<CdpData> data = two_partnerships(dir, diagnostics);
  ASSERT_TRUE(data);
  int given = 0;
  EXPECT_FALSE(make_open_data(*data, [&](const std::string&, std::string_view) { return ++given < 3; }));
  EXPECT_EQ(given, 3);
}

TEST(OpenData, CategoriesAssessmentsAndWhoSetATargetHaveColumnsOfTheirOwn) {
  auto files = open_data_of("West Sussex",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2023/24\", value = 1500 } ]\n"
            "target = { value = 2000, by = \"March 2025\", set_by = \"the Government\" }\n"
            "[[metric.breakdown]]\nby = \"client group\"\ncategories = [\"opiate\"]\n"
            "values = [ { period = \"2023/24\", category = \"opiate\", value = 800 } ]\n"
            "[[metric.assessment]]\ncomparison = \"lower\"\nagainst = \"England\"\n"
            "[[metric.assessment]]\nperiod = \"2023/24\"\ntrend = \"stable\"\n");
  ASSERT_FALSE(files.empty());
  auto rows = testing::parse_csv(files[0].content);
  ASSERT_EQ(rows.size(), 5u);  // header, the total, the category, two assessments
  EXPECT_EQ(rows[0][17], "category");
  EXPECT_EQ(rows[0][18], "comparison");
  EXPECT_EQ(rows[0][19], "compared_with");
  EXPECT_EQ(rows[0][20], "trend");
  EXPECT_EQ(rows[0][21], "target_set_by");
  EXPECT_EQ(rows[1][9], "1500");
  EXPECT_EQ(rows[1][17], "") << "the metric's own figure has no category";
  EXPECT_EQ(rows[1][21], "the Government");
  EXPECT_EQ(rows[2][9], "800");
  EXPECT_EQ(rows[2][17], "opiate");
  EXPECT_EQ(rows[3][6], "") << "an assessment of the metric as a whole has no period";
  EXPECT_EQ(rows[3][9], "") << "an assessment has no figure";
  EXPECT_EQ(rows[3][18], "lower");
  EXPECT_EQ(rows[3][19], "England");
  EXPECT_EQ(rows[4][6], "2023/24");
  EXPECT_EQ(rows[4][20], "stable");
  Poco::JSON::Parser parser;
  auto json = parser.parse(files[1].content).extract<Poco::JSON::Object::Ptr>();
  auto metric = json->getArray("metrics")->getObject(0);
  EXPECT_EQ(metric->getArray("values")->size(), 1u) << "categories are not mixed with the totals";
  EXPECT_EQ(metric->getArray("targets")->getObject(0)->getValue<std::string>("set_by"), "the Government");
  auto breakdown = metric->getArray("breakdowns")->getObject(0);
  EXPECT_EQ(breakdown->getValue<std::string>("by"), "client group");
  EXPECT_EQ(breakdown->getArray("values")->getObject(0)->getValue<std::string>("category"), "opiate");
  auto assessments = metric->getArray("assessments");
  EXPECT_EQ(assessments->getObject(0)->getValue<std::string>("compared_with"), "England");
  EXPECT_EQ(assessments->getObject(1)->getValue<std::string>("trend"), "stable");
}

// Each column of the metrics file says whose it is: the partnership's target and its
// notes on its series never appear on a comparator's row (England "having" the
// partnership's target), and a category's row shares the notes but not the target.
TEST(OpenData, TheTargetAndNotesOfAPartnershipAreOnItsOwnRowsOnly) {
  auto files = open_data_of("West Sussex",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2023/24\", value = 1500 } ]\n"
            "notes = \"Counted from the local system.\"\n"
            "target = { value = 2000, by = \"March 2025\", set_by = \"the Government\" }\n"
            "[[metric.breakdown]]\nby = \"client group\"\ncategories = [\"opiate\"]\n"
            "values = [ { period = \"2023/24\", category = \"opiate\", value = 800 } ]\n"
            "[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2023/24\", value = 290000 } ]\n");
  ASSERT_FALSE(files.empty());
  for (std::size_t file : {0u, 2u}) {  // the partnership's file and the site-wide one
    auto rows = testing::parse_csv(files[file].content);
    ASSERT_EQ(rows.size(), 4u);  // header, the total, the category, England
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < rows[0].size(); ++i) column[rows[0][i]] = i;
    const auto& own = rows[1];
    const auto& category = rows[2];
    const auto& england = rows[3];
    ASSERT_EQ(england[column["area"]], "England");
    for (const char* name : {"target_value", "target_by", "target_set_by"}) {
      EXPECT_NE(own[column[name]], "") << name;
      EXPECT_EQ(category[column[name]], "") << name << " on a category's row";
      EXPECT_EQ(england[column[name]], "") << name << " on England's row";
    }
    EXPECT_EQ(own[column["metric_notes"]], "Counted from the local system.");
    EXPECT_EQ(category[column["metric_notes"]], "Counted from the local system.");
    EXPECT_EQ(england[column["metric_notes"]], "") << "the partnership's notes on England's row";
  }
}

}  // namespace
}  // namespace cdp
