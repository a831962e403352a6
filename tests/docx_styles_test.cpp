#include "import/docx_styles.h"

#include <gtest/gtest.h>

#include "support/docx_builder.h"

namespace cdp {
namespace {

DocxStyles styles_of(const std::string& children) {
  return DocxStyles(read_xml(testing::word_part("w:styles", children), "word/styles.xml"));
}

std::string style(const std::string& id, const std::string& name, const std::string& inside = "") {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>" + inside + "</w:style>";
}

TEST(DocxStyles, HeadingsByNameIdBasedOnAndOutlineLevel) {
  DocxStyles styles = styles_of(style("berschrift2", "heading 2") + style("Custom", "Report heading", "<w:basedOn w:val=\"berschrift2\"/>") +
                                style("Sect", "Section", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>") +
                                style("Body", "Body", "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>") +
                                style("Loop1", "a", "<w:basedOn w:val=\"Loop2\"/>") + style("Loop2", "b", "<w:basedOn w:val=\"Loop1\"/>"));
  EXPECT_EQ(styles.heading_level("berschrift2"), 2);
  EXPECT_EQ(styles.heading_level("Custom"), 2);
  EXPECT_EQ(styles.heading_level("Sect"), 1);
  EXPECT_EQ(styles.heading_level("Body"), std::nullopt);
  EXPECT_EQ(styles.heading_level("Loop1"), std::nullopt);
  EXPECT_EQ(styles.heading_level("Heading3"), 3);  // no styles.xml entry: Word's own id
  EXPECT_EQ(styles.heading_level("Normal"), std::nullopt);
}

TEST(DocxStyles, HeadingNamesInWordsLanguages) {
  EXPECT_EQ(heading_level_in_name("Heading 4"), 4);
  EXPECT_EQ(heading_level_in_name("Titre1"), 1);
  EXPECT_EQ(heading_level_in_name("Kop 2"), 2);
  EXPECT_EQ(heading_level_in_name("heading"), std::nullopt);
  EXPECT_EQ(heading_level_in_name("heading 10"), std::nullopt);
  EXPECT_EQ(heading_level_in_name("List 2"), std::nullopt);
}

TEST(DocxStyles, TitleContentsAndNumbering) {
  DocxStyles styles = styles_of(style("Title", "Title") + style("TOC1", "toc 1") +
                                style("Numbered", "Numbered", "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr>") +
                                style("Child", "Child", "<w:basedOn w:val=\"Numbered\"/>"));
  EXPECT_TRUE(styles.is_title("Title"));
  EXPECT_FALSE(styles.is_title("TOC1"));
  EXPECT_TRUE(styles.is_contents("TOC1"));
  std::optional<NumberingRef> numbering = styles.numbering("Child");
  ASSERT_TRUE(numbering);
  EXPECT_EQ(numbering->num_id, "7");
  EXPECT_EQ(numbering->level, 1);
}

}  // namespace
}  // namespace cdp
