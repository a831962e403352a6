#include "import/docx_reader.h"

#include "import/docx_body.h"
#include "import/import_error.h"

namespace cdp {

namespace {

constexpr const char* kResave =
    "open it in Word and save it again (File > Save As > Word Document), then import the new file";

// A part read as XML, or nullopt when the package has no such part.
std::optional<XmlNode> read_part(ZipReader& zip, const std::string& name) {
  std::optional<std::string> bytes = zip.read(name);
  if (!bytes) return std::nullopt;
  return read_xml(*bytes, name);
}

DocxRelationships relationships_of(ZipReader& zip, const std::string& part) {
  std::optional<XmlNode> rels = read_part(zip, relationships_part_of(part));
  return rels ? DocxRelationships(*rels, part) : DocxRelationships();
}

// What another kind of Office or OpenDocument file holds, to say what it is.
[[noreturn]] void throw_not_word(ZipReader& zip) {
  if (zip.has("xl/workbook.xml")) {
    throw ImportError("this is an Excel spreadsheet renamed to .docx, and cdpsite import reads Word documents",
                      "to bring in figures, use cdpsite import figures with the spreadsheet");
  }
  if (zip.has("ppt/presentation.xml")) {
    throw ImportError("this is a PowerPoint presentation renamed to .docx, and cdpsite import reads Word documents",
                      "open the presentation, copy its text into a Word document, save that as .docx and import it");
  }
  if (zip.has("mimetype")) {
    throw ImportError("this is an OpenDocument file renamed to .docx", kResave);
  }
  throw ImportError("this file is a zip file but not a Word document, although its name ends in .docx",
                    "check that you chose the right file; a Word document is saved from Word with File > Save As > Word Document");
}

std::string main_part(ZipReader& zip) {
  std::optional<XmlNode> package = read_part(zip, "_rels/.rels");
  if (package) {
    DocxRelationships top(*package, "");
    if (const Relationship* document = top.first_of_type("officeDocument"); document && zip.has(document->target)) {
      return document->target;
    }
  }
  if (zip.has("word/document.xml")) return "word/document.xml";
  throw_not_word(zip);
}

std::map<std::string, const XmlNode*> notes_by_id(const std::optional<XmlNode>& notes) {
  std::map<std::string, const XmlNode*> by_id;
  if (!notes) return by_id;
  for (const XmlNode& note : notes->children) {
    std::string type = note.attribute_or("w:type", "normal");
    if (type == "normal") by_id[note.attribute_or("w:id")] = &note;
  }
  return by_id;
}

std::optional<XmlNode> related_part(ZipReader& zip, const DocxRelationships& relationships, const std::string& type) {
  const Relationship* relationship = relationships.first_of_type(type);
  if (!relationship || relationship->external) return std::nullopt;
  return read_part(zip, relationship->target);
}

// The core properties' title and last-modified date (docProps/core.xml).
void read_core_properties(ZipReader& zip, DocxContent& content) {
  std::optional<XmlNode> package = read_part(zip, "_rels/.rels");
  if (!package) return;
  std::optional<XmlNode> core = related_part(zip, DocxRelationships(*package, ""), "core-properties");
  if (!core) return;
  if (const XmlNode* title = core->child("dc:title"); title && content.title.empty()) content.title = title->all_text();
  if (const XmlNode* modified = core->child("dcterms:modified")) {
    std::string date = modified->all_text().substr(0, 10);
    bool iso = date.size() == 10 && date[4] == '-' && date[7] == '-' && date.find_first_not_of("0123456789-") == std::string::npos;
    if (iso) content.modified = date;
  }
}

std::string plain(const Inlines& inlines) {
  std::string text;
  for (const Inline& piece : inlines) text += piece.kind == Inline::Kind::kText ? piece.text : " ";
  return text;
}

// The first paragraph under a heading that starts "Purpose", else the first paragraph.
std::string purpose_of(const ImportedDocument& document) {
  std::string first;
  bool in_purpose = false;
  for (const Block& block : document.blocks) {
    if (block.kind == Block::Kind::kHeading) {
      std::string heading = plain(block.inlines);
      std::size_t word = heading.find_first_not_of("0123456789. \t");
      in_purpose = word != std::string::npos && (heading.compare(word, 7, "Purpose") == 0 || heading.compare(word, 7, "PURPOSE") == 0);
      continue;
    }
    if (block.kind != Block::Kind::kParagraph && block.kind != Block::Kind::kListItem) continue;
    std::string text = plain(block.inlines);
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    if (in_purpose) return text;
    if (first.empty() && block.kind == Block::Kind::kParagraph) first = text;
  }
  return first;
}

std::string first_heading(const ImportedDocument& document) {
  for (const Block& block : document.blocks) {
    if (block.kind == Block::Kind::kHeading) return plain(block.inlines);
  }
  return "";
}

}  // namespace

DocxContent read_docx(std::string bytes) {
  ZipReader zip(std::move(bytes));
  std::string document_part = main_part(zip);
  std::optional<XmlNode> document = read_part(zip, document_part);
  const XmlNode* body = document ? document->child("w:body") : nullptr;
  if (!body) throw ImportError("the Word file is damaged: it has no document body", kResave);
  DocxParts parts;
  parts.zip = &zip;
  parts.relationships = relationships_of(zip, document_part);
  std::optional<XmlNode> styles = related_part(zip, parts.relationships, "styles");
  if (styles) parts.styles = DocxStyles(*styles);
  std::optional<XmlNode> numbering = related_part(zip, parts.relationships, "numbering");
  if (numbering) parts.numbering = DocxNumbering(*numbering);
  std::optional<XmlNode> footnotes = related_part(zip, parts.relationships, "footnotes");
  std::optional<XmlNode> endnotes = related_part(zip, parts.relationships, "endnotes");
  parts.footnotes = notes_by_id(footnotes);
  parts.endnotes = notes_by_id(endnotes);
  DocxContent content;
  DocxBody(parts, content).read(*body);
  if (content.document.blocks.empty()) {
    throw ImportError("the Word document has no text to import",
                      "check that you chose the right file, and that its text is not only in headers, footers or comments");
  }
  read_core_properties(zip, content);
  if (content.title.empty()) content.title = first_heading(content.document);
  content.purpose = purpose_of(content.document);
  return content;
}

}  // namespace cdp
