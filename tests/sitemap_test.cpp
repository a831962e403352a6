// sitemap.xml and robots.txt.
#include "outputs/sitemap.h"

#include <sstream>

#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/AutoPtr.h>
#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Sitemap, ListsEveryPageAtItsFullAddressInOrder) {
  std::optional<GeneratedFile> file =
      sitemap_file("https://x.gov.uk/drugs", {{"b/", Date{2024, 3, 1}}, {"", std::nullopt}, {"a&b/", std::nullopt}});
  ASSERT_TRUE(file);
  EXPECT_EQ(file->path, "sitemap.xml");
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> document = parser.parseString(file->content);
  Poco::XML::Element* root = document->documentElement();
  EXPECT_EQ(root->localName(), "urlset");
  EXPECT_EQ(root->namespaceURI(), "http://www.sitemaps.org/schemas/sitemap/0.9");
  Poco::AutoPtr<Poco::XML::NodeList> locations = document->getElementsByTagName("loc");
  ASSERT_EQ(locations->length(), 3u);
  EXPECT_EQ(locations->item(0)->innerText(), "https://x.gov.uk/drugs/");
  EXPECT_EQ(locations->item(1)->innerText(), "https://x.gov.uk/drugs/a&b/");
  EXPECT_EQ(locations->item(2)->innerText(), "https://x.gov.uk/drugs/b/");
  Poco::AutoPtr<Poco::XML::NodeList> dates = document->getElementsByTagName("lastmod");
  ASSERT_EQ(dates->length(), 1u);
  EXPECT_EQ(dates->item(0)->innerText(), "2024-03-01");
}

TEST(Sitemap, NeedsABaseUrl) { EXPECT_FALSE(sitemap_file("", {{"", std::nullopt}})); }

TEST(Robots, AllowsEverythingAndNamesTheSitemap) {
  EXPECT_EQ(robots_file("https://x.gov.uk/").content,
            "User-agent: *\nAllow: /\nSitemap: https://x.gov.uk/sitemap.xml\n");
  EXPECT_EQ(robots_file("").content, "User-agent: *\nAllow: /\n");
}

}  // namespace
}  // namespace cdp
