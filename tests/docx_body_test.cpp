// The body reader (import/docx_body), through read_docx: the corner cases of
// WordprocessingML one at a time.
#include "import/docx_body.h"
#include "import/docx_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>

#include "import/import_error.h"
#include "import/markdown_writer.h"
#include "support/docx_builder.h"
#include "support/test_support.h"

namespace cdp {
namespace {

using testing::docx_of;
using testing::paragraph;
using testing::rels_xml;
using testing::relationship;

std::string run(const std::string& text, const std::string& properties = "") {
  return "<w:r>" + (properties.empty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string markdown_of(const std::string& body, std::map<std::string, std::string> extra = {}) {
  return write_markdown(read_docx(docx_of(body, std::move(extra))).document).markdown;
}

TEST(DocxBody, TrackedChangesAcceptedAndCommentsLeftOut) {
  std::string body = "<w:p>" + run("kept ") + "<w:ins>" + run("inserted") + "</w:ins><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
                     "<w:commentRangeStart w:id=\"1\"/>" + run(" end") + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r></w:p>";
  DocxContent content = read_docx(docx_of(body));
  EXPECT_EQ(write_markdown(content.document).markdown, "kept inserted end\n");
  EXPECT_EQ(content.tally.dropped.at("tracked deletion"), 1);
  EXPECT_EQ(content.tally.dropped.at("comment"), 1);
}

TEST(DocxBody, HyperlinksByRelationshipFieldAndBookmark) {
  std::string body = paragraph("Background", "<w:pStyle w:val=\"Heading1\"/>").insert(5, "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/>") +
                     "<w:p><w:hyperlink r:id=\"rId5\">" + run("GOV.UK") + "</w:hyperlink>" + run(", ") +
                     "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://x.org/\" </w:instrText></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("field") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(", ") +
                     "<w:hyperlink w:anchor=\"_Toc1\">" + run("above") + "</w:hyperlink>" + run(", ") +
                     "<w:hyperlink w:anchor=\"nowhere\">" + run("kept as text") + "</w:hyperlink>" + run(", ") +
                     "<w:hyperlink r:id=\"rId6\">" + run("local") + "</w:hyperlink></w:p>";
  std::string rels = rels_xml(relationship("rId5", "hyperlink", "https://www.gov.uk/", true) +
                              relationship("rId6", "hyperlink", "file:///C:/Users/me/Appendix.docx", true));
  DocxContent content = read_docx(docx_of(body, {{"word/_rels/document.xml.rels", rels}}));
  MarkdownText text = write_markdown(content.document);
  EXPECT_EQ(text.markdown, "## Background\n\n[GOV.UK](https://www.gov.uk/), [field](https://x.org/), [above](#background), kept as text, local\n");
  ASSERT_EQ(text.notes.size(), 1u);
  EXPECT_EQ(text.notes[0].note.message,
            "this link went to file:///C:/Users/me/Appendix.docx, a file on the author's computer, so only its text was kept");
  EXPECT_EQ(content.tally.dropped.at("link to a bookmark that is not a heading"), 1);
}

TEST(DocxBody, TableOfContentsFieldAndStylesLeftOut) {
  std::string body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("Purpose 1") + "</w:p>" +
                     paragraph("Background 2", "<w:pStyle w:val=\"TOC1\"/>") +
                     "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>" + paragraph("Body text.");
  DocxContent content = read_docx(docx_of(body));
  EXPECT_EQ(write_markdown(content.document).markdown, "Body text.\n");
  EXPECT_EQ(content.tally.dropped.at("table of contents"), 1);
}

TEST(DocxBody, NumberedParagraphsKeepTheirNumbersAsText) {
  std::string numbering = testing::word_part("w:numbering",
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
  auto numbered = [](const std::string& text, int id, int level) {
    return paragraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(id) + "\"/></w:numPr>");
  };
  std::string body = numbered("Purpose", 1, 0) + numbered("To note.", 1, 1) + numbered("To agree.", 1, 1) + numbered("a bullet", 2, 0) +
                     numbered("Background", 1, 0);
  std::string rels = rels_xml(relationship("rId9", "numbering", "numbering.xml"));
  EXPECT_EQ(markdown_of(body, {{"word/numbering.xml", numbering}, {"word/_rels/document.xml.rels", rels}}),
            "1. Purpose\n\n1.1 To note.\n\n1.2 To agree.\n\n- a bullet\n\n2. Background\n");
}

TEST(DocxBody, TablesWithHeaderRowsMergedCellsAndJoinedParagraphs) {
  auto cell = [](const std::string& content, const std::string& properties = "") {
    return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") + content + "</w:tc>";
  };
  std::string body = "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(paragraph("Area")) + cell(paragraph("2024"), "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
                     "<w:tr>" + cell(paragraph("North"), "<w:vMerge w:val=\"restart\"/>") + cell(paragraph("1") + paragraph("note")) + cell(paragraph("2")) + "</w:tr>"
                     "<w:tr>" + cell(paragraph(""), "<w:vMerge/>") + cell(paragraph("3")) + cell(paragraph("4")) + "</w:tr></w:tbl>";
  DocxContent content = read_docx(docx_of(body));
  EXPECT_EQ(write_markdown(content.document).markdown,
            "| Area | 2024 | 2024 |\n| --- | --- | --- |\n| North | 1; note | 2 |\n|  | 3 | 4 |\n");
  EXPECT_EQ(content.tally.changed.at("merged table cell, left empty"), 1);
  EXPECT_EQ(content.tally.changed.at("merged heading cell, repeated"), 1);
  EXPECT_EQ(content.tally.changed.at("table cell of several paragraphs, joined with \"; \""), 1);
}

TEST(DocxBody, AOneColumnTableReadsAsParagraphs) {
  std::string body = "<w:tbl><w:tr><w:tc>" + paragraph("Boxed text.") + "</w:tc></w:tr></w:tbl>";
  EXPECT_EQ(markdown_of(body), "Boxed text.\n");
}

TEST(DocxBody, TextBoxesFollowTheirParagraphAndContentControlsUnwrap) {
  std::string box = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"box\"/>"
                    "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent>" +
                    paragraph("In the box.") + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                    "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>";
  std::string body = "<w:p>" + run("Before.") + box + "</w:p><w:sdt><w:sdtContent>" + paragraph("Inside a control.") + "</w:sdtContent></w:sdt>";
  EXPECT_EQ(markdown_of(body), "Before.\n\nIn the box.\n\nInside a control.\n");
}

TEST(DocxBody, FootnotesAndEndnotesNumberedInOrder) {
  std::string notes = testing::word_part("w:footnotes", "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p/></w:footnote><w:footnote w:id=\"2\">" +
                                                            paragraph("A source.") + "</w:footnote>");
  std::string rels = rels_xml(relationship("rId3", "footnotes", "footnotes.xml"));
  std::string body = "<w:p>" + run("Claim") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + run(" again") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>";
  EXPECT_EQ(markdown_of(body, {{"word/footnotes.xml", notes}, {"word/_rels/document.xml.rels", rels}}),
            "Claim[^1] again[^1]\n\n[^1]: A source.\n");
}

TEST(DocxBody, PicturesWithTheirDescriptions) {
  auto drawing = [](const std::string& description, const std::string& id) {
    return "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"p\" descr=\"" + description + "\"/><a:graphic><a:graphicData uri=\"pic\"><pic:pic><pic:blipFill>"
           "<a:blip r:embed=\"" + id + "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
  };
  std::string rels = rels_xml(relationship("rId1", "image", "media/image1.png") + relationship("rId2", "image", "media/image2.emf"));
  std::string body = "<w:p>" + drawing("A chart of places", "rId1") + "</w:p><w:p>" + drawing("", "rId1") + "</w:p><w:p>" + drawing("Old", "rId2") + "</w:p>";
  DocxContent content = read_docx(docx_of(body, {{"word/_rels/document.xml.rels", rels}, {"word/media/image1.png", "PNG"}, {"word/media/image2.emf", "EMF"}}));
  MarkdownText text = write_markdown(content.document);
  EXPECT_EQ(text.markdown, "![A chart of places](picture-1.png)\n\n![](picture-2.png)\n");
  ASSERT_EQ(content.document.pictures.size(), 2u);
  EXPECT_EQ(content.document.pictures[0].bytes, "PNG");
  ASSERT_EQ(text.notes.size(), 2u);
  EXPECT_EQ(text.notes[0].note.message, "this picture has no description");
  EXPECT_EQ(text.notes[1].note.message, "a picture in a format browsers cannot show (emf) was left out");
}

// A quick stand-in for the fuzzer (tests/fuzz/docx_fuzz.cpp) in every build: each corpus
// file damaged in many ways (bytes changed, the file cut short) gives a document or an
// ImportError, never a crash or another exception.
}  // namespace
}  // namespace cdp
