// The Atom feed: full addresses, newest entries first, at most 50, and always
// well-formed XML whatever the titles hold.
#include "outputs/feed.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/NodeList.h>
#include <gtest/gtest.h>

#include "render/documents.h"
#include "support/document_pages.h"

namespace cdp {
namespace {

std::unique_ptr<Page> news(int day, const std::string& title) {
  auto page = std::make_unique<Page>();
  std::string url = "news/" + std::to_string(day) + "/";
  page->route = {url, url + "index.html"};
  page->section = "news";
  page->meta.title.value = title;
  page->meta.date = Located<Date>{Date{2024, 1 + day / 28, 1 + day % 28}, {"n.md", 1, 1}};
  set_kind(page->meta.fill_document(), DocumentKind::kNews);
  return page;
}

TEST(Feed, KeepsTheNewestFiftyAndParsesWhateverTheTitlesHold) {
  Site site;
  site.config.title.value = "Site & <co>";
  site.config.base_url.value = "https://x.gov.uk";
  for (int day = 0; day < 60; ++day) site.pages.push_back(news(day, "Item \x01\x1b " + std::to_string(day) + " <b>"));
  std::optional<GeneratedFile> feed = atom_feed(site, site_documents(site), CdpData{});
  ASSERT_TRUE(feed);
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> document = parser.parseString(feed->content);
  Poco::AutoPtr<Poco::XML::NodeList> entries = document->getElementsByTagName("entry");
  EXPECT_EQ(entries->length(), 50u);
  Poco::AutoPtr<Poco::XML::NodeList> titles = document->getElementsByTagName("title");
  EXPECT_EQ(titles->item(0)->innerText(), "Site & <co>");
  EXPECT_EQ(titles->item(1)->innerText(), "Item  59 <b>") << "control characters dropped";
  Poco::AutoPtr<Poco::XML::NodeList> ids = document->getElementsByTagName("id");
  EXPECT_EQ(ids->item(1)->innerText(), "https://x.gov.uk/news/59/");
}

TEST(Feed, NeedsABaseUrl) {
  Site site;
  site.pages.push_back(news(1, "Item"));
  EXPECT_FALSE(atom_feed(site, site_documents(site), CdpData{}));
}

}  // namespace
}  // namespace cdp
