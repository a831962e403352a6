#include "import/file_kind.h"

#include <algorithm>
#include <string>

#include "import/import_error.h"

namespace cdp {

namespace {

constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kSaveAsWord =
    "open it in Word and choose File > Save As > Word Document (.docx), then import the new file";

// An OLE directory entry is 128 bytes, its name in UTF-16 at its start and the name's
// length in bytes (with the final zero) at byte 64; the directory's sectors follow the
// 512-byte header, so every entry starts at a multiple of 128.
bool has_directory_entry(std::string_view bytes, std::u16string_view name) {
  std::size_t length = (name.size() + 1) * 2;
  for (std::size_t at = 512; at + 128 <= bytes.size(); at += 128) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[at + i]); };
    if (byte(64) + byte(65) * 256u != length) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) {
      same = byte(2 * i) == (name[i] & 0xFF) && byte(2 * i + 1) == (name[i] >> 8);
    }
    if (same) return true;
  }
  return false;
}

std::string lower_extension(std::string_view name) {
  std::size_t dot = name.rfind('.');
  std::size_t slash = name.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string extension(name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

void require_word_by_name(const std::string& extension) {
  if (extension == "csv" || extension == "xlsx" || extension == "xls" || extension == "ods") {
    throw ImportError("this is a spreadsheet, and cdpsite import reads Word documents",
                      "to bring in figures, use cdpsite import figures with the spreadsheet");
  }
  if (extension == "pdf") {
    throw ImportError("this is a PDF, which cdpsite cannot turn back into headings, lists and tables",
                      "import the Word document the PDF was made from; if you only have the PDF, open it in Word "
                      "and choose File > Save As > Word Document (.docx), then import that");
  }
  if (extension == "odt") {
    throw ImportError("this is an OpenDocument text file, and cdpsite import reads Word documents (.docx)",
                      std::string(kSaveAsWord));
  }
  if (extension == "doc" || extension == "rtf") {
    throw ImportError("this is an old-style Word document (." + extension + "), and cdpsite import reads .docx files",
                      std::string(kSaveAsWord));
  }
  if (extension != "docx" && extension != "docm" && extension != "dotx") {
    throw ImportError("cdpsite import reads Word documents (.docx), and this file's name ends in ." + extension,
                      "give the .docx file; " + std::string(kSaveAsWord));
  }
}

}  // namespace

FileKind file_kind_of(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) return FileKind::kZip;
  if (bytes.starts_with("%PDF")) return FileKind::kPdf;
  if (!bytes.starts_with(kOleSignature)) return FileKind::kOther;
  if (has_directory_entry(bytes, u"EncryptedPackage")) return FileKind::kEncryptedDocx;
  if (has_directory_entry(bytes, u"WordDocument")) return FileKind::kWordDoc;
  return FileKind::kOtherOle;
}

void require_docx(std::string_view name, std::string_view bytes) {
  require_word_by_name(lower_extension(name));
  switch (file_kind_of(bytes)) {
    case FileKind::kZip:
      return;
    case FileKind::kPdf:
      throw ImportError("this file is a PDF renamed to .docx, which cdpsite cannot turn back into a document",
                        "import the Word document the PDF was made from, or open the PDF in Word and choose "
                        "File > Save As > Word Document (.docx)");
    case FileKind::kWordDoc:
      throw ImportError("this is an old-style Word 97-2003 document (.doc) with a .docx name", std::string(kSaveAsWord));
    case FileKind::kEncryptedDocx:
      throw ImportError("this Word document is protected by a password, so cdpsite cannot read it",
                        "open it in Word, remove the password (File > Info > Protect Document > Encrypt with "
                        "Password, and clear it), save it, then import it");
    case FileKind::kOtherOle:
    case FileKind::kOther:
      break;
  }
  throw ImportError("this file is not a Word document, although its name ends in .docx",
                    "check that you chose the right file; " + std::string(kSaveAsWord));
}

}  // namespace cdp
