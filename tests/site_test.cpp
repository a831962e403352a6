#include "model/site.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Site, TitleFromNameSpacesTheWordsAndCapitalisesTheFirst) {
  EXPECT_EQ(title_from_name("annual-reports"), "Annual reports");
  EXPECT_EQ(title_from_name("board_minutes"), "Board minutes");
  EXPECT_EQ(title_from_name("2024-plan"), "2024 plan");
  EXPECT_EQ(title_from_name("Already-Titled"), "Already Titled");
  EXPECT_EQ(title_from_name(""), "");
}

TEST(Site, SectionTitleIsItsIndexPagesElseItsFoldersName) {
  Site site;
  site.config.title.value = "West Sussex Drug and Alcohol Partnership";
  Page index;
  index.meta.title.value = "Our documents";
  site.sections["documents"].index = &index;
  site.sections["documents/annual-reports"];  // a folder without an _index.md

  EXPECT_EQ(section_title(site, "documents"), "Our documents");
  EXPECT_EQ(section_title(site, "documents/annual-reports"), "Annual reports");
  EXPECT_EQ(section_title(site, "news"), "News");  // not a section at all
  EXPECT_EQ(section_title(site, ""), "West Sussex Drug and Alcohol Partnership");
}

// Most pages are not documents: their details are made only when filled in.
TEST(Site, DocumentDetailsAreMadeOnlyWhenFilledIn) {
  FrontMatter meta;
  EXPECT_FALSE(meta.document_meta);
  EXPECT_FALSE(meta.document().any());
  EXPECT_FALSE(meta.document_meta) << "reading the details must not make them";

  meta.fill_document().series = {"annual-report", {}};
  ASSERT_TRUE(meta.document_meta);
  EXPECT_EQ(meta.document().series.value, "annual-report");
  meta.fill_document().kind = {"strategy", {}};
  EXPECT_EQ(meta.document().series.value, "annual-report") << "filling again keeps what was there";
  EXPECT_EQ(meta.document().kind.value, "strategy");
}

}  // namespace
}  // namespace cdp
