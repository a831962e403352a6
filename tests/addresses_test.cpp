#include "routes/addresses.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Addresses, RootPrefixClimbsOneLevelPerFolder) {
  EXPECT_EQ(root_prefix(""), "");
  EXPECT_EQ(root_prefix("about/"), "../");
  EXPECT_EQ(root_prefix("documents/report/"), "../../");
}

TEST(Addresses, RelativeUrlsEndInIndexHtmlSoTheyWorkFromDisk) {
  EXPECT_EQ(relative_url("", ""), "index.html");
  EXPECT_EQ(relative_url("", "about/"), "about/index.html");
  EXPECT_EQ(relative_url("about/", ""), "../index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/b/"), "../b/index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/"), "../index.html");
  EXPECT_EQ(relative_url("documents/", "documents/a/"), "a/index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/a/"), "index.html");
  EXPECT_EQ(relative_url("x/y/z/", "about/"), "../../../about/index.html");
}

TEST(Addresses, RelativeUrlsToFilesKeepTheFileName) {
  EXPECT_EQ(relative_url("documents/report/", "documents/chart.png"), "../chart.png");
  EXPECT_EQ(relative_url("", "css/site.css"), "css/site.css");
}

// A page's URL is its folder; its output is that folder's index.html, and back.
TEST(Addresses, PageOutputIsTheFoldersIndexAndReadsBack) {
  EXPECT_EQ(page_output("documents/report/"), "documents/report/index.html");
  EXPECT_EQ(page_output(""), "index.html");
  EXPECT_EQ(page_url("documents/report/index.html"), "documents/report/");
  EXPECT_EQ(page_url("index.html"), "");
  EXPECT_EQ(page_url(kFeedPath), "feed.xml");  // a file other than a page is its own URL
  Route route = route_at("about/");
  EXPECT_EQ(route.url, "about/");
  EXPECT_EQ(route.output, "about/index.html");
}

TEST(Addresses, PageUrlsComeFromTheirFolderAndSlug) {
  EXPECT_EQ(url_for("documents/report.md", "", false), "documents/report/");
  EXPECT_EQ(url_for("documents/report.md", "annual-report", false), "documents/annual-report/");
  EXPECT_EQ(url_for("documents/_index.md", "", true), "documents/");
  EXPECT_EQ(url_for("about.md", "", false), "about/");
  EXPECT_EQ(url_for("_index.md", "", true), "");
  EXPECT_EQ(folder_url("documents"), "documents/");
  EXPECT_EQ(folder_url(""), "");
}

TEST(Addresses, PartnershipPagesSitUnderItsFolderOrAtTheTop) {
  Partnership partnership;
  partnership.folder = "partnerships/west-sussex";
  Priority priority;
  priority.id = "priority-3";
  EXPECT_EQ(partnership_folder_url(partnership), "partnerships/west-sussex/");
  EXPECT_EQ(about_url(partnership), "partnerships/west-sussex/about/");
  EXPECT_EQ(priorities_url(partnership), "partnerships/west-sussex/priorities/");
  EXPECT_EQ(priority_url(partnership, priority), "partnerships/west-sussex/priorities/priority-3/");
  EXPECT_EQ(metrics_url(partnership), "partnerships/west-sussex/metrics/");
  EXPECT_EQ(metric_url(partnership, "deaths"), "partnerships/west-sussex/metrics/deaths/");
  EXPECT_EQ(partnership_documents_url(partnership), "partnerships/west-sussex/documents/");
  EXPECT_EQ(open_data_folder(partnership), "partnerships/west-sussex/open-data/");

  Partnership only_one;  // a one-partnership site: its pages at the top
  EXPECT_EQ(about_url(only_one), "about/");
  EXPECT_EQ(metric_url(only_one, "deaths"), "metrics/deaths/");
  EXPECT_EQ(open_data_folder(only_one), "open-data/");
}

TEST(Addresses, SplitUrlKeepsTheNonEmptyParts) {
  EXPECT_EQ(split_url("documents/report/"), (std::vector<std::string_view>{"documents", "report"}));
  EXPECT_EQ(split_url("/a//b"), (std::vector<std::string_view>{"a", "b"}));
  EXPECT_TRUE(split_url("").empty());
  EXPECT_TRUE(split_url("/").empty());
}

TEST(Addresses, AbsoluteUrlsNeedABaseUrl) {
  EXPECT_EQ(absolute_url("https://x.gov.uk/drugs/", "documents/report/"), "https://x.gov.uk/drugs/documents/report/");
  EXPECT_EQ(absolute_url("https://x.gov.uk/drugs", "documents/report/"), "https://x.gov.uk/drugs/documents/report/");
  EXPECT_EQ(absolute_url("https://x.gov.uk/", ""), "https://x.gov.uk/");
  EXPECT_EQ(absolute_url("", "documents/report/"), "");
}

}  // namespace
}  // namespace cdp
