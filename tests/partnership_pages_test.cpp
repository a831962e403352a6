// The pages a partnership gets from its data, built from the example site.
#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

class DataPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    result_ = new RunResult(run_cdpsite(
        {"build", "-q", "-s", CDPSITE_TEST_DATA "/../content", "-o", (dir_->path() / "site").string()}, dir_->path()));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete result_;
  }
  static std::string main_of(const std::string& path) { return element_html(slurp(dir_->path() / "site" / path), "main"); }
  static TempDir* dir_;
  static RunResult* result_;
};

TempDir* DataPages::dir_ = nullptr;
RunResult* DataPages::result_ = nullptr;

TEST_F(DataPages, AboutShowsRolesMembersAndFunding) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::string about = text_of(main_of("partnerships/west-sussex/about/index.html"));
  EXPECT_NE(about.find("Alison Challenger"), std::string::npos);
  EXPECT_NE(about.find("Sussex Police"), std::string::npos);
  EXPECT_NE(about.find("Worthing"), std::string::npos);
  std::string funding = text_of(main_of("partnerships/derby-derbyshire/about/index.html"));
  EXPECT_NE(funding.find("Derby City 2022/23 £916,000"), std::string::npos) << funding;
  EXPECT_NE(funding.find("Derbyshire 2023/24 £1.699m"), std::string::npos) << funding;
}

TEST_F(DataPages, MilestonesNotReportedAreSaidOnceNotARowEach) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::string about = main_of("partnerships/southend/about/index.html");
  EXPECT_EQ(about.find(">Not reported<"), std::string::npos) << about;
  EXPECT_NE(about.find("<summary>Not reported yet: 7 milestones</summary>"), std::string::npos) << about;
}

TEST_F(DataPages, PrioritiesAreListedAndEachHasItsActions) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::string list = main_of("partnerships/west-sussex/priorities/index.html");
  EXPECT_NE(text_of(list).find("Cross-cutting priorities"), std::string::npos);
  std::vector<std::string> links = attribute_values(list, "href");
  EXPECT_NE(std::find(links.begin(), links.end(), "priority-5/index.html"), links.end());
  std::string priority = text_of(main_of("partnerships/west-sussex/priorities/priority-5/index.html"));
  EXPECT_NE(priority.find("A continued focus on county line networks"), std::string::npos);
  EXPECT_NE(priority.find("On track"), std::string::npos);
  EXPECT_NE(priority.find("Break drug supply chains"), std::string::npos);
}

TEST_F(DataPages, MetricPageStatesTheFigureComparatorsAndEveryValue) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::string metric = text_of(main_of("partnerships/southend/metrics/drug-misuse-deaths/index.html"));
  EXPECT_NE(metric.find("5.7 per 100,000 in 2018 to 2020"), std::string::npos) << metric;
  EXPECT_NE(metric.find("worse than England (5.0 per 100,000)"), std::string::npos);
  EXPECT_NE(metric.find("Source Office for National Statistics"), std::string::npos);
  std::string dashboard = main_of("partnerships/southend/metrics/index.html");
  EXPECT_NE(text_of(dashboard).find("Reduce drug-related deaths and harm"), std::string::npos);
  std::vector<std::string> links = attribute_values(dashboard, "href");
  EXPECT_NE(std::find(links.begin(), links.end(), "../open-data/metrics.csv"), links.end());
  EXPECT_NE(std::find(links.begin(), links.end(), "drug-misuse-deaths/index.html"), links.end());
}

TEST_F(DataPages, PartnershipPageLinksToItsDataPages) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::vector<std::string> links = attribute_values(main_of("partnerships/southend/index.html"), "href");
  for (const char* link : {"about/index.html", "priorities/index.html", "metrics/index.html", "open-data/metrics.csv"}) {
    EXPECT_NE(std::find(links.begin(), links.end(), link), links.end()) << link;
  }
}

}  // namespace
}  // namespace cdp::testing
