#include "render/page_context.h"

#include <gtest/gtest.h>

#include "mustache/conformance.h"

namespace cdp {
namespace {

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
  SharedPageValues shared(site);
  mustache::Map context = page_context(shared, page);
  EXPECT_EQ(std::string(context["root"].as_string()), "../../");
  auto& values = (*context["page"].as_map());
  EXPECT_EQ(std::string(values["date_display"].as_string()), "1 October 2024");
  EXPECT_EQ(std::string(values["date_iso"].as_string()), "2024-10-01");
  auto& crumbs = (*context["breadcrumbs"].as_list());
  ASSERT_EQ(crumbs.size(), 2u);
  EXPECT_EQ(std::string((*crumbs[1].as_map())["title"].as_string()), "Documents");
  EXPECT_EQ(std::string((*crumbs[1].as_map())["url"].as_string()), "../index.html");
  auto& nav = (*context["nav"].as_list());
  ASSERT_EQ(nav.size(), 2u);
  EXPECT_TRUE(*(*nav[1].as_map())["current"].as_bool());
}

// The browser tab: the page's title and the site's, never the same title twice (the
// home page of a one-partnership site is often titled as the site is).
TEST(PageContext, WindowTitleDoesNotRepeatTheSitesTitle) {
  Site site = two_level_site();
  Page page;
  page.section = "documents";
  page.route = {"documents/report/", "documents/report/index.html"};
  auto window_title = [&](const std::string& title) {
    page.meta.title.value = title;
  SharedPageValues shared(site);
    mustache::Map context = page_context(shared, page);
    return std::string((*context["page"].as_map())["window_title"].as_string());
  };
  EXPECT_EQ(window_title("Report"), "Report – Site");
  EXPECT_EQ(window_title("Site"), "Site");
  EXPECT_EQ(window_title(""), "Site");
}

TEST(PageContext, TableOfContentsNestsLevelThreeUnderLevelTwo) {
  Site site = two_level_site();
  Page page;
  page.route = {"a/", "a/index.html"};
  page.rendered.headings = {{2, "one", "One"}, {3, "one-a", "One A"}, {2, "two", "Two"}};
  SharedPageValues shared(site);
  mustache::Map context = page_context(shared, page);
  auto& values = (*context["page"].as_map());
  EXPECT_TRUE(*values["has_toc"].as_bool());
  auto& toc = (*values["toc"].as_list());
  ASSERT_EQ(toc.size(), 2u);
  auto& first = (*toc[0].as_map());
  EXPECT_TRUE(*first["has_children"].as_bool());
  EXPECT_EQ((*first["children"].as_list()).size(), 1u);
}

TEST(PageContext, NotFoundPageLinksFromTheBasePath) {
  Site site = two_level_site();
  site.config.base_url.value = "https://example.gov.uk/public-health/drugs/";
  SharedPageValues shared(site);
  mustache::Map context = not_found_context(shared);
  EXPECT_EQ(std::string(context["root"].as_string()), "/public-health/drugs/");
  auto& nav = (*context["nav"].as_list());
  EXPECT_EQ(std::string((*nav[1].as_map())["url"].as_string()), "/public-health/drugs/documents/index.html");
}

// What the templates are told they are given (docs/templates.md) is what they get.
TEST(PageContext, ValuesAreWhatTheirSchemaDescribes) {
  Site site = two_level_site();
  site.config.base_url.value = "https://example.org/drugs/";
  Page page;
  page.section = "documents";
  page.route = {"documents/report/", "documents/report/index.html"};
  page.meta.title.value = "Report";
  page.meta.toc.value = true;
  page.rendered.headings = {{2, "a", "A"}, {3, "b", "B"}, {2, "c", "C"}};
  site.sections["documents"].pages = {&page};
  mustache::Schema listed = common_values_schema().with(listing_values_schema().fields());
  SharedPageValues shared(site);
  EXPECT_EQ(mustache::departures(mustache::Value(page_context(shared, page)), common_values_schema()),
            std::vector<std::string>{});
  EXPECT_EQ(mustache::departures(mustache::Value(section_context(shared, site.sections["documents"])), listed),
            std::vector<std::string>{});
  EXPECT_EQ(mustache::departures(mustache::Value(not_found_context(shared)), common_values_schema()),
            std::vector<std::string>{});
}

// The menu is made once for each place a page can be (how deep, under which top-level
// folder, in which top-level section), and each place gets its own.
TEST(PageContext, PagesShareTheMenuOfTheirPlaceOnly) {
  Site site = two_level_site();
  site.sections[""].children = {"documents", "news"};
  site.sections["news"].path = "news";
  SharedPageValues shared(site);
  auto nav_urls = [&](const std::string& url, const std::string& section) {
    Page page;
    page.section = section;
    page.route = {url, url + "index.html"};
    mustache::Map context = page_context(shared, page);
    std::string urls;
    for (const mustache::Value& item : *context["nav"].as_list()) {
      urls += std::string(item.as_map()->at("url").as_string()) + (*item.as_map()->at("current").as_bool() ? "*" : "") + " ";
    }
    return urls;
  };
  EXPECT_EQ(nav_urls("documents/a/", "documents"), "../../index.html ../index.html* ../../news/index.html ");
  EXPECT_EQ(nav_urls("documents/b/", "documents"), "../../index.html ../index.html* ../../news/index.html ");
  EXPECT_EQ(nav_urls("news/a/", "news"), "../../index.html ../../documents/index.html ../index.html* ");
  EXPECT_EQ(nav_urls("news/", "news"), "../index.html ../documents/index.html index.html* ");
  EXPECT_EQ(nav_urls("documents/c/", "news"), "../../index.html ../index.html ../../news/index.html* ");
}

}  // namespace
}  // namespace cdp
