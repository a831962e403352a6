#include "render/shared_page_values.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Site site_with_documents_and_news() {
  Site site;
  site.config.title.value = "West Sussex";
  site.config.description.value = "Our partnership";
  site.sections[""].children = {"documents", "news"};
  site.sections["documents"].path = "documents";
  site.sections["news"].path = "news";
  return site;
}

std::string text(const mustache::Map& map, std::string_view key) { return std::string(map.at(key).as_string()); }

// Each item of a menu as its link, with "*" after the current one.
std::string menu(const mustache::Value& nav) {
  std::string urls;
  for (const mustache::Value& item : *nav.as_list()) {
    urls += text(*item.as_map(), "url") + (*item.as_map()->at("current").as_bool() ? "*" : "") + " ";
  }
  return urls;
}

TEST(SharedPageValues, SiteLinksAreRelativeToThePage) {
  Site site = site_with_documents_and_news();
  mustache::Map values = site_values(site, "documents/report/");
  EXPECT_EQ(text(values, "title"), "West Sussex");
  EXPECT_EQ(text(values, "description"), "Our partnership");
  EXPECT_EQ(text(values, "language"), "en-GB");
  EXPECT_EQ(text(values, "home_url"), "../../index.html");
  EXPECT_EQ(text(values, "search_url"), "../../search/index.html");
  EXPECT_EQ(text(values, "accessibility_url"), "../../accessibility/index.html");
  EXPECT_EQ(text(values, "feed_url"), "../../feed.xml");
  EXPECT_FALSE(*values.at("has_feed").as_bool()) << "a feed needs the site's public address";
  site.config.base_url.value = "https://x.gov.uk/";
  EXPECT_TRUE(*site_values(site, "").at("has_feed").as_bool());
}

TEST(SharedPageValues, MenuIsHomeThenEachTopLevelSectionWithTheCurrentOneMarked) {
  Site site = site_with_documents_and_news();
  mustache::List nav = nav_values(site, "news/a/", "news");
  ASSERT_EQ(nav.size(), 3u);
  EXPECT_EQ(text(*nav[0].as_map(), "title"), "Home");
  EXPECT_EQ(text(*nav[1].as_map(), "title"), "Documents");
  EXPECT_EQ(menu(nav), "../../index.html ../../documents/index.html ../index.html* ");
  EXPECT_EQ(menu(nav_values(site, "", "")), "index.html* documents/index.html news/index.html ");
  EXPECT_EQ(menu(nav_values(site, "news/2024/a/", "news/2024")), "../../../index.html ../../../documents/index.html "
                                                                  "../../index.html* ");
}

// Pages in one place share the values made once; a page elsewhere (another depth,
// another top-level folder or section) gets its own.
TEST(SharedPageValues, ValuesAreMadeOncePerPlaceAndSharedWithinIt) {
  Site site = site_with_documents_and_news();
  SharedPageValues shared(site);
  mustache::Value a = shared.nav_for("documents/a/", "documents");
  mustache::Value b = shared.nav_for("documents/b/", "documents");
  EXPECT_EQ(&a.target(), &b.target());
  EXPECT_EQ(menu(b), "../../index.html ../index.html* ../../news/index.html ");
  EXPECT_EQ(menu(shared.nav_for("news/a/", "news")), "../../index.html ../../documents/index.html ../index.html* ");
  EXPECT_EQ(menu(shared.nav_for("news/", "news")), "../index.html ../documents/index.html index.html* ");
  EXPECT_EQ(menu(shared.nav_for("documents/c/", "news")), "../../index.html ../index.html ../../news/index.html* ");

  mustache::Value deep = shared.site_for("documents/a/");
  EXPECT_EQ(&deep.target(), &shared.site_for("documents/b/").target());
  EXPECT_EQ(text(*shared.site_for("news/").as_map(), "home_url"), "../index.html");
  EXPECT_EQ(text(*deep.as_map(), "home_url"), "../../index.html");
}

}  // namespace
}  // namespace cdp
