#include "markdown/document_links.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(DocumentLinks, ADocumentLinkIsToldItsTypeAndSize) {
  EXPECT_EQ(document_label("annual-report.pdf", "Annual report", 2202010), "PDF, 2.1 MB");
  EXPECT_EQ(document_label("data/Figures.XLSX?download=1#sheet", "Figures", 45000), "Excel spreadsheet, 44 KB");
  EXPECT_EQ(document_label("minutes.docx", "Board minutes", 800), "Word document, 800 bytes");
  EXPECT_EQ(document_label("https://example.gov.uk/strategy.pdf", "The strategy", std::nullopt), "PDF");
  EXPECT_EQ(document_label("figures.csv", "Figures", 10), "CSV, 10 bytes");
  EXPECT_EQ(document_label("slides.pptx", "Slides for the board", 10), std::nullopt) << "\"slides\" says it";
}

TEST(DocumentLinks, TextThatAlreadySaysTheTypeIsLeftAlone) {
  EXPECT_EQ(document_label("report.pdf", "Annual report (PDF, 2 MB)", 10), std::nullopt);
  EXPECT_EQ(document_label("data.xlsx", "the figures as a spreadsheet", 10), std::nullopt);
  EXPECT_EQ(document_label("data.ods", "OpenDocument figures", 10), std::nullopt);
  EXPECT_EQ(document_label("notes.docx", "the notes in Word", 10), std::nullopt);
}

TEST(DocumentLinks, OtherLinksAreNotDocuments) {
  EXPECT_EQ(document_label("about.md", "About us", 10), std::nullopt);
  EXPECT_EQ(document_label("https://www.gov.uk/pdf", "PDF guidance", std::nullopt), std::nullopt);
  EXPECT_EQ(document_label("chart.png", "Chart", 10), std::nullopt);
  EXPECT_FALSE(is_document_url("folder.pdf/page.html"));
  EXPECT_TRUE(is_document_url("files/report.PDF"));
}

}  // namespace
}  // namespace cdp
