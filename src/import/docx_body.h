#pragma once
// Walks a Word document's body (w:body) and its notes into blocks: the part of
// docx_reader that knows WordprocessingML's paragraphs, runs, fields, tables and
// drawings. Tracked insertions are kept and deletions dropped; content controls, smart
// tags and custom XML are unwrapped; a text box's paragraphs follow the paragraph that
// holds it; a table of contents, comments and deleted text are counted and left out.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "import/docx_numbering.h"
#include "import/docx_reader.h"
#include "import/docx_relationships.h"
#include "import/docx_styles.h"
#include "import/xml_tree.h"
#include "import/zip_reader.h"

namespace cdp {

// What the body walker reads beside the body.
struct DocxParts {
  ZipReader* zip = nullptr;                         // for pictures
  DocxStyles styles;                                // word/styles.xml
  DocxNumbering numbering;                          // word/numbering.xml
  DocxRelationships relationships;                  // the document's
  std::map<std::string, const XmlNode*> footnotes;  // w:id -> w:footnote
  std::map<std::string, const XmlNode*> endnotes;   // w:id -> w:endnote
};

class DocxBody {
 public:
  DocxBody(DocxParts& parts, DocxContent& content) : parts_(parts), content_(content) {}
  // Reads the children of w:body into content.document.
  void read(const XmlNode& body);

 private:
  // An open field (w:fldChar begin .. end): its instruction, and whether its result is being read.
  struct Field {
    std::string instruction;  // "HYPERLINK \"https://...\"", "TOC \o", "PAGEREF _Ref1"
    bool in_result = false;   // after w:fldChar separate
  };

  void read_blocks(const XmlNode& parent, std::vector<Block>& into);
  void read_paragraph(const XmlNode& paragraph, std::vector<Block>& into);
  void read_table(const XmlNode& table, std::vector<Block>& into);
  std::vector<Block> read_cell(const XmlNode& cell);
  void read_inline_children(const XmlNode& parent, Inlines& into, const std::string& link);
  void read_run(const XmlNode& run, Inlines& into, const std::string& link);
  void read_run_child(const XmlNode& node, TextStyle style, Inlines& into, const std::string& link);
  void read_drawing(const XmlNode& drawing, Inlines& into);
  void read_vml_picture(const XmlNode& picture, Inlines& into);
  void add_picture(const std::string& relationship_id, const std::string& description, bool linked, Inlines& into);
  void read_field_char(const XmlNode& node);
  void read_note_reference(const XmlNode& node, bool endnote, Inlines& into);
  std::string link_of(const XmlNode& hyperlink, Inlines& into);
  std::string field_link() const;
  bool in_hidden_field() const;
  Block paragraph_block(const XmlNode& paragraph, Inlines inlines);
  void resolve_bookmark_links();
  void count(const std::string& what, int n = 1) { content_.tally.kept[what] += n; }
  void drop(const std::string& what, int n = 1) { content_.tally.dropped[what] += n; }

  DocxParts& parts_;
  DocxContent& content_;
  std::vector<Field> fields_;                       // open fields, outermost first
  std::vector<Block> text_boxes_;                   // blocks of the text boxes met in the paragraph being read
  std::vector<std::string> paragraph_bookmarks_;    // bookmarks opened in the paragraph being read
  std::map<std::string, std::string> heading_bookmarks_;  // bookmark name -> the heading's anchor
  std::set<std::string> used_anchors_;              // anchors given to headings so far
  std::map<std::string, int> note_numbers_;         // "f3"/"e2" -> its number on the page
  std::set<std::string> headers_footers_;           // r:ids of the headers and footers left out
  bool saw_contents_ = false;                       // a table of contents was left out
  int depth_ = 0;                                   // nesting of tables and text boxes, bounded
};

}  // namespace cdp
