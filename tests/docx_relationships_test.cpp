#include "import/docx_relationships.h"

#include <gtest/gtest.h>

#include "support/docx_builder.h"

namespace cdp {
namespace {

TEST(DocxRelationships, ResolvesTargetsAgainstTheirPart) {
  EXPECT_EQ(relationships_part_of("word/document.xml"), "word/_rels/document.xml.rels");
  EXPECT_EQ(resolved_part_name("word/document.xml", "media/image1.png"), "word/media/image1.png");
  EXPECT_EQ(resolved_part_name("word/document.xml", "../customXml/item.xml"), "customXml/item.xml");
  EXPECT_EQ(resolved_part_name("word/document.xml", "/word/media/a.png"), "word/media/a.png");
  EXPECT_EQ(resolved_part_name("word/document.xml", "../../../etc/passwd"), "etc/passwd");
}

TEST(DocxRelationships, ExternalLinksKeepTheirAddress) {
  using namespace testing;
  DocxRelationships relationships(read_xml(rels_xml(relationship("rId1", "hyperlink", "https://x.org/a?b", true) +
                                                    relationship("rId2", "image", "media/p.png")),
                                           "rels"),
                                  "word/document.xml");
  ASSERT_TRUE(relationships.find("rId1"));
  EXPECT_EQ(relationships.find("rId1")->target, "https://x.org/a?b");
  EXPECT_TRUE(relationships.find("rId1")->external);
  EXPECT_EQ(relationships.find("rId2")->target, "word/media/p.png");
  EXPECT_EQ(relationships.first_of_type("image")->type, "image");
  EXPECT_EQ(relationships.find("rId3"), nullptr);
}

}  // namespace
}  // namespace cdp
