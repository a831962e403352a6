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

TEST(DocxReader, HeadingsParagraphsAndEmphasis) {
  std::string body = paragraph("Report", "<w:pStyle w:val=\"Title\"/>") + paragraph("Purpose", "<w:pStyle w:val=\"Heading1\"/>") +
                     "<w:p>" + run("Plain ") + run("bold", "<w:b/>") + run(" not", "<w:b w:val=\"0\"/>") + run(" gone", "<w:strike/>") + "</w:p>";
  DocxContent content = read_docx(docx_of(body));
  EXPECT_EQ(content.title, "Report");
  EXPECT_EQ(write_markdown(content.document).markdown, "## Purpose\n\nPlain **bold** not ~~gone~~\n");
  EXPECT_EQ(content.purpose, "Plain bold not gone");
  EXPECT_EQ(content.tally.kept.at("heading"), 1);
}

TEST(DocxReader, RefusesADocumentWithNoText) {
  try {
    read_docx(docx_of(paragraph("")));
    FAIL();
  } catch (const ImportError& error) {
    EXPECT_STREQ(error.what(), "the Word document has no text to import");
  }
}

TEST(DocxReader, SaysWhatAnotherOfficeFileIs) {
  try {
    read_docx(testing::zip_of({{"xl/workbook.xml", "<w/>"}}));
    FAIL();
  } catch (const ImportError& error) {
    EXPECT_STREQ(error.what(), "this is an Excel spreadsheet renamed to .docx, and cdpsite import reads Word documents");
  }
}

TEST(DocxReader, DamagedFilesGiveAnImportErrorNeverACrash) {
  std::uint32_t state = 12345;
  auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(CDPSITE_TEST_DATA) / "import/docx")) {
    std::string original = testing::slurp(entry.path());
    for (int round = 0; round < 150; ++round) {
      std::string damaged = original;
      if (round % 3 == 0) damaged.resize(next() % damaged.size());
      for (int flips = 1 + static_cast<int>(next() % 8); flips > 0 && !damaged.empty(); --flips) {
        damaged[next() % damaged.size()] = static_cast<char>(next());
      }
      try {
        write_markdown(read_docx(damaged).document);
      } catch (const ImportError&) {
      }
    }
  }
}

}  // namespace
}  // namespace cdp
