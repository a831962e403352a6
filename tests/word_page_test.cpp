#include "import/word_page.h"

#include <gtest/gtest.h>

#include "import/import_error.h"
#include "support/docx_builder.h"

namespace cdp {
namespace {

using testing::paragraph;

WordPageRequest request_for(const std::string& body, std::map<std::string, std::string> extra = {}) {
  WordPageRequest request;
  request.docx_name = "Board report.docx";
  request.docx_bytes = testing::docx_of(body, std::move(extra));
  request.today = "2025-03-01";
  return request;
}

TEST(WordPage, FrontMatterFromTheTitleCorePropertiesAndPurpose) {
  std::string core = "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                     "<dc:title>Ignored, the Title style wins</dc:title><dcterms:modified>2025-01-18T10:00:00Z</dcterms:modified></cp:coreProperties>";
  std::string rels = testing::rels_xml(testing::relationship("rId1", "officeDocument", "word/document.xml") +
                                       "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
  WordPage page = make_word_page(request_for(
      paragraph("Treatment \"places\"", "<w:pStyle w:val=\"Title\"/>") + paragraph("Introduction", "<w:pStyle w:val=\"Heading1\"/>") +
          paragraph("Some words first.") + paragraph("1. Purpose", "<w:pStyle w:val=\"Heading1\"/>") +
          paragraph("This report asks the board to note progress on treatment. It also sets out the next steps."),
      {{"docProps/core.xml", core}, {"_rels/.rels", rels}}));
  EXPECT_EQ(page.name, "treatment-places");
  EXPECT_EQ(page.markdown,
            "+++\ntitle = \"Treatment \\\"places\\\"\"\ndate = 2025-01-18\n"
            "summary = \"This report asks the board to note progress on treatment.\"\nkind = \"board report\"\n+++\n\n"
            "## Introduction\n\nSome words first.\n\n## 1. Purpose\n\nThis report asks the board to note progress on treatment. It also "
            "sets out the next steps.\n\n[The original report](treatment-places/treatment-places.docx)\n");
  ASSERT_EQ(page.files.size(), 1u);
  EXPECT_EQ(page.files[0].first, "treatment-places.docx");
  EXPECT_TRUE(page.kind_guessed);
}

TEST(WordPage, TheFirstHeadingTitlesADocumentWithoutOneAndTodayDatesIt) {
  WordPageRequest request = request_for(paragraph("Our strategy", "<w:pStyle w:val=\"Heading1\"/>") + paragraph("Words."));
  request.name = "given";
  request.kind = "strategy";
  WordPage page = make_word_page(request);
  EXPECT_EQ(page.name, "given");
  EXPECT_NE(page.markdown.find("title = \"Our strategy\"\ndate = 2025-03-01\nsummary = \"Words.\"\nkind = \"strategy\""), std::string::npos);
  EXPECT_FALSE(page.kind_guessed);
}

TEST(WordPage, SummaryLinesNameWhatCameAcrossAndWhatWasLeftOut) {
  WordPage page;
  page.tally.kept = {{"heading", 2}, {"table", 1}};
  page.tally.dropped = {{"comment", 3}, {"header or footer", 2}};
  page.kind = "board report";
  page.kind_guessed = true;
  EXPECT_EQ(summary_lines(page), (std::vector<std::string>{
                                     "Came across: 2 headings; 1 table", "Left out: 3 comments; 2 headers and footers",
                                     "Kind: board report (guessed from the title; give --kind to choose another)"}));
}

TEST(WordPage, RefusesWhatIsNotAWordDocument) {
  WordPageRequest request = request_for(paragraph("x"));
  request.docx_name = "figures.csv";
  EXPECT_THROW(make_word_page(request), ImportError);
}

}  // namespace
}  // namespace cdp
