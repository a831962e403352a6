#include "import/file_kind.h"

#include <gtest/gtest.h>

#include "import/import_error.h"

namespace cdp {
namespace {

// An OLE compound file's header, then one directory entry named `stream`.
std::string ole_with(const std::u16string& stream) {
  std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  bytes.resize(512 + 128 * 3, '\0');
  std::size_t entry = 512 + 128;
  for (std::size_t i = 0; i < stream.size(); ++i) bytes[entry + 2 * i] = static_cast<char>(stream[i]);
  bytes[entry + 64] = static_cast<char>((stream.size() + 1) * 2);
  bytes[entry + 66] = 2;
  return bytes;
}

std::string message_of(const std::string& name, const std::string& bytes) {
  try {
    require_docx(name, bytes);
  } catch (const ImportError& error) {
    return error.what();
  }
  return "";
}

TEST(FileKind, TellsAnOldDocFromAnEncryptedDocxByTheirStreams) {
  EXPECT_EQ(file_kind_of(ole_with(u"WordDocument")), FileKind::kWordDoc);
  EXPECT_EQ(file_kind_of(ole_with(u"EncryptedPackage")), FileKind::kEncryptedDocx);
  EXPECT_EQ(file_kind_of(ole_with(u"Workbook")), FileKind::kOtherOle);
  EXPECT_EQ(file_kind_of("PK\x03\x04rest"), FileKind::kZip);
  EXPECT_EQ(file_kind_of("%PDF-1.7"), FileKind::kPdf);
  EXPECT_EQ(file_kind_of("hello"), FileKind::kOther);
}

TEST(FileKind, PlainMessagesForWhatIsNotADocx) {
  EXPECT_EQ(message_of("r.docx", ole_with(u"WordDocument")), "this is an old-style Word 97-2003 document (.doc) with a .docx name");
  EXPECT_EQ(message_of("r.docx", ole_with(u"EncryptedPackage")), "this Word document is protected by a password, so cdpsite cannot read it");
  EXPECT_EQ(message_of("r.docx", "%PDF-1.4"), "this file is a PDF renamed to .docx, which cdpsite cannot turn back into a document");
  EXPECT_EQ(message_of("r.docx", "plain text"), "this file is not a Word document, although its name ends in .docx");
  EXPECT_EQ(message_of("r.pdf", "%PDF"), "this is a PDF, which cdpsite cannot turn back into headings, lists and tables");
  EXPECT_EQ(message_of("r.ODT", "PK\x03\x04"), "this is an OpenDocument text file, and cdpsite import reads Word documents (.docx)");
  EXPECT_EQ(message_of("r.doc", ""), "this is an old-style Word document (.doc), and cdpsite import reads .docx files");
  EXPECT_EQ(message_of("figures.xlsx", "PK\x03\x04"), "this is a spreadsheet, and cdpsite import reads Word documents");
  EXPECT_EQ(message_of("figures.csv", "a,b"), "this is a spreadsheet, and cdpsite import reads Word documents");
  EXPECT_EQ(message_of("r.docx", "PK\x03\x04"), "");
}

}  // namespace
}  // namespace cdp
