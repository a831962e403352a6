#include "render/page_context.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(PageContext, RootPrefixClimbsOneLevelPerFolder) {
  EXPECT_EQ(root_prefix(""), "");
  EXPECT_EQ(root_prefix("about/"), "../");
  EXPECT_EQ(root_prefix("documents/report/"), "../../");
}

TEST(PageContext, RelativeUrlsEndInIndexHtmlSoTheyWorkFromDisk) {
  EXPECT_EQ(relative_url("", ""), "index.html");
  EXPECT_EQ(relative_url("", "about/"), "about/index.html");
  EXPECT_EQ(relative_url("about/", ""), "../index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/b/"), "../b/index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/"), "../index.html");
  EXPECT_EQ(relative_url("documents/", "documents/a/"), "a/index.html");
  EXPECT_EQ(relative_url("documents/a/", "documents/a/"), "index.html");
  EXPECT_EQ(relative_url("x/y/z/", "about/"), "../../../about/index.html");
}

TEST(PageContext, RelativeUrlsToFilesKeepTheFileName) {
  EXPECT_EQ(relative_url("documents/report/", "documents/chart.png"), "../chart.png");
  EXPECT_EQ(relative_url("", "css/site.css"), "css/site.css");
}

Site two_level_site() {
  Site site;
  site.config.title.value = "Site";
  site.sections[""].path = "";
  site.sections[""].children = {"documents"};
  site.sections["documents"].path = "documents";
  site.sections["documents"].route = {"documents/", "documents/index.html"};
  return site;
}

TEST(PageContext, PageGetsNavBreadcrumbsAndRoot) {
  Site site = two_level_site();
  Page page;
  page.section = "documents";
  page.route = {"documents/report/", "documents/report/index.html"};
  page.meta.title.value = "Report";
  page.meta.date = {Date{2024, 10, 1}, {"p.md", 2, 1}};
  mstch::map context = page_context(site, page);
  EXPECT_EQ(boost::get<std::string>(context["root"]), "../../");
  auto& values = boost::get<mstch::map>(context["page"]);
  EXPECT_EQ(boost::get<std::string>(values["date_display"]), "1 October 2024");
  EXPECT_EQ(boost::get<std::string>(values["date_iso"]), "2024-10-01");
  auto& crumbs = boost::get<mstch::array>(context["breadcrumbs"]);
  ASSERT_EQ(crumbs.size(), 2u);
  EXPECT_EQ(boost::get<std::string>(boost::get<mstch::map>(crumbs[1])["title"]), "Documents");
  EXPECT_EQ(boost::get<std::string>(boost::get<mstch::map>(crumbs[1])["url"]), "../index.html");
  auto& nav = boost::get<mstch::array>(context["nav"]);
  ASSERT_EQ(nav.size(), 2u);
  EXPECT_TRUE(boost::get<bool>(boost::get<mstch::map>(nav[1])["current"]));
}

TEST(PageContext, TableOfContentsNestsLevelThreeUnderLevelTwo) {
  Site site = two_level_site();
  Page page;
  page.route = {"a/", "a/index.html"};
  page.rendered.headings = {{2, "one", "One"}, {3, "one-a", "One A"}, {2, "two", "Two"}};
  mstch::map context = page_context(site, page);
  auto& values = boost::get<mstch::map>(context["page"]);
  EXPECT_TRUE(boost::get<bool>(values["has_toc"]));
  auto& toc = boost::get<mstch::array>(values["toc"]);
  ASSERT_EQ(toc.size(), 2u);
  auto& first = boost::get<mstch::map>(toc[0]);
  EXPECT_TRUE(boost::get<bool>(first["has_children"]));
  EXPECT_EQ(boost::get<mstch::array>(first["children"]).size(), 1u);
}

TEST(PageContext, NotFoundPageLinksFromTheBasePath) {
  Site site = two_level_site();
  site.config.base_url.value = "https://example.gov.uk/public-health/drugs/";
  mstch::map context = not_found_context(site);
  EXPECT_EQ(boost::get<std::string>(context["root"]), "/public-health/drugs/");
  auto& nav = boost::get<mstch::array>(context["nav"]);
  EXPECT_EQ(boost::get<std::string>(boost::get<mstch::map>(nav[1])["url"]), "/public-health/drugs/documents/index.html");
}

}  // namespace
}  // namespace cdp
