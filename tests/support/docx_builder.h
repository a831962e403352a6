#pragma once
// Builds small .docx (zip) files in memory for the import tests: the parts given, by
// name, and a document.xml wrapped in Word's namespaces from the body's XML alone.
#include <Poco/Zip/Compress.h>

#include <map>
#include <sstream>
#include <string>

namespace cdp::testing {

// A zip holding `parts` (name -> contents), deflated.
inline std::string zip_of(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress compress(out, true);
  for (const auto& [name, contents] : parts) {
    std::istringstream in(contents);
    compress.addFile(in, Poco::DateTime(2025, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX), Poco::Zip::ZipCommon::CM_DEFLATE);
  }
  compress.close();
  return out.str();
}

inline const char* kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

// Wraps the XML of a body's children as word/document.xml.
inline std::string document_xml(const std::string& body) {
  return std::string("<?xml version=\"1.0\"?><w:document ") + kWordNamespaces + "><w:body>" + body + "</w:body></w:document>";
}

// Wraps the XML of a part's children in its root element `root` ("w:styles").
inline std::string word_part(const std::string& root, const std::string& children) {
  return "<?xml version=\"1.0\"?><" + root + " " + kWordNamespaces + ">" + children + "</" + root + ">";
}

// A relationships part: each id -> (type's last word, target, external).
inline std::string rels_xml(const std::string& relationships) {
  return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         relationships + "</Relationships>";
}

inline std::string relationship(const std::string& id, const std::string& type, const std::string& target, bool external = false) {
  return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
         type + "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
}

// A .docx of `body`, with `extra` parts (word/styles.xml, word/_rels/document.xml.rels...).
inline std::string docx_of(const std::string& body, std::map<std::string, std::string> extra = {}) {
  extra["word/document.xml"] = document_xml(body);
  extra.try_emplace("_rels/.rels", rels_xml(relationship("rId1", "officeDocument", "word/document.xml")));
  return zip_of(extra);
}

// A paragraph of plain text, with `properties` (w:pPr's children).
inline std::string paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace cdp::testing
