// Documents: which pages are documents, and their order.
#include "model/document.h"

#include <gtest/gtest.h>

#include "support/document_pages.h"

namespace cdp {
namespace {

std::vector<std::string> titles(const std::vector<Document>& documents) {
  std::vector<std::string> found;
  for (const Document& document : documents) found.push_back(document.page->meta.title.value);
  return found;
}

TEST(SiteDocuments, AreThePagesWithAKindNewestFirstUndatedLast) {
  Site site = site_with_documents();
  std::vector<Document> documents = site_documents(site);
  EXPECT_EQ(titles(documents), (std::vector<std::string>{"Report 2025", "Report 2024", "News item", "Report 2023", "Plan"}));
  for (const Document& document : documents) EXPECT_EQ(&document.meta(), &document.page->meta.document());
}

TEST(SiteDocuments, ASectionIntroductionIsNeverOne) {
  Site site = site_with_documents();
  site.pages[1]->is_section_index = true;  // Report 2023
  EXPECT_EQ(titles(site_documents(site)), (std::vector<std::string>{"Report 2025", "Report 2024", "News item", "Plan"}));
}

TEST(SiteDocuments, InAFolderAreThoseInsideItOrItsSubfolders) {
  Site site = site_with_documents();
  site.pages[5]->section = "south/plans";
  std::vector<Document> documents = site_documents(site);
  EXPECT_EQ(titles(documents_in(documents, "south")), std::vector<std::string>{"Plan"});
  EXPECT_EQ(titles(documents_in(documents, "sou")), std::vector<std::string>{});
  EXPECT_EQ(documents_in(documents, "").size(), 5u);
}

}  // namespace
}  // namespace cdp
