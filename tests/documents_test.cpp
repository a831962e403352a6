// What the templates show of documents: their lists by kind and year, and their
// neighbours in a series.
#include "render/documents.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "mustache/conformance.h"
#include "support/document_pages.h"

namespace cdp {
namespace {

std::string text(const mustache::Value& node) { return std::string(node.as_string()); }
const mustache::Map& map(const mustache::Value& node) { return *node.as_map(); }
const mustache::List& array(const mustache::Value& node) { return *node.as_list(); }

class DocumentValues : public ::testing::Test {
 protected:
  // The document whose page is the site's page number `index`.
  const Document& document(std::size_t index) const {
    for (const Document& document : documents_) {
      if (document.page == site_.pages[index].get()) return document;
    }
    throw std::logic_error("not a document");
  }
  Site site_ = site_with_documents();
  std::vector<Document> documents_ = site_documents(site_);
};

TEST_F(DocumentValues, ListGroupsByKindInAFixedOrderThenByYear) {
  mustache::List kinds = documents_by_kind(documents_, "north/documents/");
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

TEST_F(DocumentValues, KnowTheirNeighboursInTheSeriesByDate) {
  mustache::Map middle = document_values(document(3), documents_);  // Report 2024
  EXPECT_TRUE(*middle.at("has_series").as_bool());
  EXPECT_EQ(text(map(middle.at("previous")).at("title")), "Report 2023");
  EXPECT_EQ(text(map(middle.at("next")).at("title")), "Report 2025");
  EXPECT_EQ(text(map(middle.at("next")).at("url")), "../r25/index.html");
  mustache::Map last = document_values(document(2), documents_);  // Report 2025
  EXPECT_TRUE(*last.at("has_previous").as_bool());
  EXPECT_FALSE(*last.at("has_next").as_bool());
  mustache::Map alone = document_values(document(4), documents_);  // News item, no series
  EXPECT_FALSE(*alone.at("has_series").as_bool());
  EXPECT_EQ(text(alone.at("kind")), "News");
  for (const mustache::Map* values : {&middle, &last, &alone}) {
    EXPECT_EQ(mustache::departures(mustache::Value(*values), document_values_schema()), std::vector<std::string>{});
  }
  EXPECT_EQ(mustache::departures(mustache::Value(documents_by_kind(documents_, "documents/")), documents_by_kind_schema()),
            std::vector<std::string>{});
}

TEST(EmailAddressIn, FindsAnAddressForAMailtoLinkAndLeavesNamesAlone) {
  EXPECT_EQ(email_address_in("becky.harrington@derby.gov.uk"), "becky.harrington@derby.gov.uk");
  EXPECT_EQ(email_address_in("Becky Harrington"), "");
  EXPECT_EQ(email_address_in("01332 123456"), "");
  EXPECT_EQ(email_address_in("Becky <becky@derby.gov.uk>"), "");
  EXPECT_EQ(email_address_in("@derby.gov.uk"), "");
  EXPECT_EQ(email_address_in("becky@localhost"), "");
  EXPECT_EQ(email_address_in("becky@derby."), "");
  EXPECT_EQ(email_address_in("a@b@c.uk"), "");
}

}  // namespace
}  // namespace cdp
