#pragma once
// What a file given to `cdpsite import` really is, by its first bytes, whatever its
// name says: a zip (a .docx), a PDF, or an OLE compound file, which is either a Word
// 97-2003 .doc (it holds a "WordDocument" stream) or a password-protected .docx (Word
// encrypts the whole package into an "EncryptedPackage" stream).
#include <string_view>

namespace cdp {

enum class FileKind { kZip, kPdf, kWordDoc, kEncryptedDocx, kOtherOle, kOther };

FileKind file_kind_of(std::string_view bytes);

// Throws ImportError with what to do when `name` (the file's name as given) or its bytes
// are not a .docx: a .pdf, .odt or .doc is to be saved as a Word document; a .csv or
// .xlsx imported with `cdpsite import figures`.
void require_docx(std::string_view name, std::string_view bytes);

}  // namespace cdp
