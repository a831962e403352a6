// Documents: which pages are documents, their order, their lists by kind and year, and
// their neighbours in a series.
#include "render/documents.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

// A page of a site; a document when `kind` is given.
std::unique_ptr<Page> make_page(const std::string& url, const std::string& title, std::optional<Date> date,
                                std::optional<DocumentKind> kind, const std::string& series = "") {
  auto page = std::make_unique<Page>();
  page->route = {url, url + "index.html"};
  page->section = url.substr(0, url.find('/'));
  page->meta.title.value = title;
  if (date) page->meta.date = Located<Date>{*date, {"x.md", 2, 1}};
  if (kind) page->meta.document.kind = Located<DocumentKind>{*kind, {"x.md", 3, 1}};
  page->meta.document.series.value = series;
  return page;
}

std::string text(const mustache::Value& node) { return std::string(node.as_string()); }
const mustache::Map& map(const mustache::Value& node) { return *node.as_map(); }
const mustache::List& array(const mustache::Value& node) { return *node.as_list(); }

class Documents : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.pages.push_back(make_page("north/about/", "About", std::nullopt, std::nullopt));
    site_.pages.push_back(make_page("north/r23/", "Report 2023", Date{2023, 10, 1}, DocumentKind::kAnnualReport, "ar"));
    site_.pages.push_back(make_page("north/r25/", "Report 2025", Date{2025, 10, 1}, DocumentKind::kAnnualReport, "ar"));
    site_.pages.push_back(make_page("north/r24/", "Report 2024", Date{2024, 10, 1}, DocumentKind::kAnnualReport, "ar"));
    site_.pages.push_back(make_page("north/news/", "News item", Date{2024, 1, 5}, DocumentKind::kNews));
    site_.pages.push_back(make_page("south/plan/", "Plan", std::nullopt, DocumentKind::kStrategy));
  }
  Site site_;
};

TEST_F(Documents, AreThePagesWithAKindNewestFirstUndatedLast) {
  std::vector<const Page*> documents = site_documents(site_);
  std::vector<std::string> titles;
  for (const Page* page : documents) titles.push_back(page->meta.title.value);
  EXPECT_EQ(titles, (std::vector<std::string>{"Report 2025", "Report 2024", "News item", "Report 2023", "Plan"}));
  EXPECT_EQ(documents_in(documents, "south").size(), 1u);
  EXPECT_EQ(documents_in(documents, "").size(), 5u);
}

TEST_F(Documents, ListGroupsByKindInAFixedOrderThenByYear) {
  mustache::List kinds = documents_by_kind(site_documents(site_), "north/documents/");
  ASSERT_EQ(kinds.size(), 3u);
  EXPECT_EQ(text(map(kinds[0]).at("kind")), "Strategies");
  EXPECT_EQ(text(map(kinds[1]).at("kind")), "Annual reports");
  EXPECT_EQ(text(map(kinds[2]).at("kind")), "News");
  const mustache::List& years = array(map(kinds[1]).at("years"));
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(text(map(years[0]).at("year")), "2025");
  EXPECT_EQ(text(map(years[2]).at("year")), "2023");
  const mustache::List& undated = array(map(kinds[0]).at("years"));
  EXPECT_EQ(text(map(undated[0]).at("year")), "Undated");
  const mustache::Map& report = map(array(map(years[0]).at("documents"))[0]);
  EXPECT_EQ(text(report.at("url")), "../r25/index.html");
  EXPECT_EQ(text(report.at("date_display")), "1 October 2025");
}

TEST_F(Documents, KnowTheirNeighboursInTheSeriesByDate) {
  std::vector<const Page*> documents = site_documents(site_);
  mustache::Map middle = document_values(*site_.pages[3], documents);  // Report 2024
  EXPECT_TRUE(*middle.at("has_series").as_bool());
  EXPECT_EQ(text(map(middle.at("previous")).at("title")), "Report 2023");
  EXPECT_EQ(text(map(middle.at("next")).at("title")), "Report 2025");
  EXPECT_EQ(text(map(middle.at("next")).at("url")), "../r25/index.html");
  mustache::Map last = document_values(*site_.pages[2], documents);  // Report 2025
  EXPECT_TRUE(*last.at("has_previous").as_bool());
  EXPECT_FALSE(*last.at("has_next").as_bool());
  mustache::Map alone = document_values(*site_.pages[4], documents);  // News item, no series
  EXPECT_FALSE(*alone.at("has_series").as_bool());
  EXPECT_EQ(text(alone.at("kind")), "News");
}

}  // namespace
}  // namespace cdp
