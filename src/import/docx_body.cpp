#include "import/docx_body.h"

#include <algorithm>

#include "core/fs.h"
#include "import/import_error.h"
#include "markdown/markdown.h"

namespace cdp {

namespace {

constexpr int kMaxNesting = 20;              // tables in tables and text boxes, deeper is refused
constexpr std::string_view kBookmarkLink = "\x01";  // marks a link to a bookmark until bookmarks are known

bool switched_on(const XmlNode* property) {
  if (!property) return false;
  std::string value = property->attribute_or("w:val", "true");
  return value != "0" && value != "false" && value != "off" && value != "none";
}

TextStyle style_of_run(const XmlNode& run) {
  TextStyle style;
  if (const XmlNode* properties = run.child("w:rPr")) {
    style.bold = switched_on(properties->child("w:b"));
    style.italic = switched_on(properties->child("w:i"));
    style.strike = switched_on(properties->child("w:strike")) || switched_on(properties->child("w:dstrike"));
  }
  return style;
}

std::string plain_text(const Inlines& inlines) {
  std::string text;
  for (const Inline& piece : inlines) {
    if (piece.kind == Inline::Kind::kText) text += piece.text;
    else if (piece.kind == Inline::Kind::kLineBreak) text += ' ';
  }
  return text;
}

bool is_blank(const std::string& text) { return text.find_first_not_of(" \t\xc2\xa0") == std::string::npos; }

// The first quoted or bare argument after a field's name: HYPERLINK "https://x" -> https://x.
std::string field_argument(const std::string& instruction, std::size_t from) {
  std::size_t start = instruction.find_first_not_of(' ', from);
  if (start == std::string::npos) return "";
  if (instruction[start] == '"') {
    std::size_t end = instruction.find('"', start + 1);
    return instruction.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
  }
  std::size_t end = instruction.find(' ', start);
  return instruction.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string field_name(const std::string& instruction) {
  std::size_t start = instruction.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  std::size_t end = instruction.find(' ', start);
  std::string name = instruction.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

// A HYPERLINK field's target: its address, or "\x01bookmark" for its \l switch.
std::string hyperlink_field_target(const std::string& instruction) {
  std::size_t name = instruction.find("HYPERLINK");
  if (name == std::string::npos) return "";
  std::size_t local = instruction.find("\\l");
  if (local != std::string::npos) return std::string(kBookmarkLink) + field_argument(instruction, local + 2);
  return field_argument(instruction, name + 9);
}

// Whether an address points at a file on the author's computer or network rather than the web.
bool is_local_file(const std::string& target) {
  if (target.starts_with("\\\\") || target.starts_with("file:")) return true;
  if (target.size() > 2 && target[1] == ':' && (target[2] == '\\' || target[2] == '/')) return true;
  std::size_t colon = target.find(':');
  return colon == std::string::npos && !target.starts_with("#") && !target.starts_with(kBookmarkLink);
}

std::string extension_lower(const std::string& name) {
  std::string extension(extension_of(name));
  if (!extension.empty()) extension.erase(0, 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

bool browser_shows(const std::string& extension) {
  return extension == "png" || extension == "jpg" || extension == "jpeg" || extension == "gif" ||
         extension == "svg" || extension == "webp";
}

Inline note_only(std::string message, std::string hint) {
  Inline piece;
  piece.notes.push_back({std::move(message), std::move(hint)});
  return piece;
}

std::string unique_anchor(const std::string& base, std::set<std::string>& used) {
  std::string anchor = base;
  for (int suffix = 1; used.count(anchor); ++suffix) anchor = base + "-" + std::to_string(suffix);
  used.insert(anchor);
  return anchor;
}

}  // namespace

void DocxBody::read(const XmlNode& body) {
  read_blocks(body, content_.document.blocks);
  resolve_bookmark_links();
  if (!headers_footers_.empty()) drop("header or footer", static_cast<int>(headers_footers_.size()));
  if (saw_contents_) drop("table of contents");
}

void DocxBody::read_blocks(const XmlNode& parent, std::vector<Block>& into) {
  if (++depth_ > kMaxNesting) {
    throw ImportError("the Word file is damaged: its tables or text boxes are nested too deeply to read",
                      "open it in Word and save it again (File > Save As > Word Document), then import the new file");
  }
  for (const XmlNode& node : parent.children) {
    if (node.name == "w:p") {
      read_paragraph(node, into);
    } else if (node.name == "w:tbl") {
      read_table(node, into);
    } else if (node.name == "w:sdt") {
      const XmlNode* properties = node.child("w:sdtPr");
      const XmlNode* gallery = properties && properties->child("w:docPartObj") ? properties->child("w:docPartObj")->child("w:docPartGallery") : nullptr;
      if (gallery && gallery->attribute_or("w:val").starts_with("Table of Contents")) saw_contents_ = true;
      else if (const XmlNode* inside = node.child("w:sdtContent")) read_blocks(*inside, into);
    } else if (node.name == "w:customXml" || node.name == "w:ins" || node.name == "w:moveTo") {
      read_blocks(node, into);
    } else if (node.name == "w:sectPr") {
      for (const XmlNode& reference : node.children) {
        if (reference.name == "w:headerReference" || reference.name == "w:footerReference") {
          headers_footers_.insert(reference.attribute_or("r:id"));
        }
      }
    }
  }
  --depth_;
}

void DocxBody::read_paragraph(const XmlNode& paragraph, std::vector<Block>& into) {
  const XmlNode* properties = paragraph.child("w:pPr");
  std::string style_id;
  if (const XmlNode* style = properties ? properties->child("w:pStyle") : nullptr) style_id = style->attribute_or("w:val");
  if (properties && properties->child("w:sectPr")) read_blocks(*properties, into);
  if (parts_.styles.is_contents(style_id)) {
    saw_contents_ = true;
    return;
  }
  Inlines inlines;
  paragraph_bookmarks_.clear();
  std::vector<Block> boxes = std::move(text_boxes_);
  text_boxes_.clear();
  read_inline_children(paragraph, inlines, field_link());
  std::swap(boxes, text_boxes_);
  if (parts_.styles.is_title(style_id) && content_.title.empty()) {
    content_.title = plain_text(inlines);
  } else if (!in_hidden_field()) {
    Block block = paragraph_block(paragraph, std::move(inlines));
    bool has_text = !is_blank(plain_text(block.inlines)) ||
                    std::any_of(block.inlines.begin(), block.inlines.end(),
                                [](const Inline& piece) { return piece.kind != Inline::Kind::kText || !piece.notes.empty(); });
    if (has_text) into.push_back(std::move(block));
  }
  for (Block& box : boxes) into.push_back(std::move(box));
}

Block DocxBody::paragraph_block(const XmlNode& paragraph, Inlines inlines) {
  const XmlNode* properties = paragraph.child("w:pPr");
  std::string style_id;
  if (const XmlNode* style = properties ? properties->child("w:pStyle") : nullptr) style_id = style->attribute_or("w:val");
  Block block;
  block.inlines = std::move(inlines);
  std::optional<int> level = parts_.styles.heading_level(style_id);
  const XmlNode* outline = properties ? properties->child("w:outlineLvl") : nullptr;
  if (outline) {
    std::string value = outline->attribute_or("w:val");
    if (value.size() == 1 && value[0] >= '0' && value[0] <= '8') level = value[0] - '0' + 1;
  }
  std::optional<NumberingRef> ref = numbering_of(properties);
  if (!ref) ref = parts_.styles.numbering(style_id);
  std::optional<ParagraphNumber> number = ref ? parts_.numbering.next(*ref) : std::nullopt;
  if (level) {
    block.kind = Block::Kind::kHeading;
    block.level = std::min(*level, 6);
    if (number && !number->bullet && !number->text.empty()) block.inlines.insert(block.inlines.begin(), Inline::plain(number->text + " "));
    block.anchor = unique_anchor(heading_slug(plain_text(block.inlines)), used_anchors_);
    for (const std::string& bookmark : paragraph_bookmarks_) heading_bookmarks_[bookmark] = block.anchor;
    count("heading");
  } else if (number && (number->bullet || number->simple)) {
    block.kind = Block::Kind::kListItem;
    block.depth = ref->level;
    block.ordered = !number->bullet;
    block.number = number->value;
    block.new_list = number->restarted;
    count("list item");
  } else {
    if (number && !number->text.empty()) block.inlines.insert(block.inlines.begin(), Inline::plain(number->text + " "));
    count("paragraph");
  }
  return block;
}

std::vector<Block> DocxBody::read_cell(const XmlNode& cell) {
  std::vector<Block> blocks;
  read_blocks(cell, blocks);
  return blocks;
}

namespace {

int int_attribute(const XmlNode* node, int fallback) {
  if (!node) return fallback;
  std::string value = node->attribute_or("w:val");
  if (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos) return fallback;
  return std::stoi(value);
}

// A layout table (a page laid out in a grid) or a one-column table reads as its paragraphs.
bool reads_as_paragraphs(const std::vector<std::vector<std::vector<Block>>>& cells) {
  std::size_t widest = 0;
  bool holds_sections = false;
  for (const auto& row : cells) {
    widest = std::max(widest, row.size());
    for (const auto& cell : row) {
      for (const Block& block : cell) holds_sections = holds_sections || block.kind == Block::Kind::kHeading || block.kind == Block::Kind::kTable;
    }
  }
  return widest <= 1 || holds_sections;
}

}  // namespace

void DocxBody::read_table(const XmlNode& table, std::vector<Block>& into) {
  std::vector<std::vector<std::vector<Block>>> cells;  // row -> cell -> blocks
  std::vector<std::vector<int>> spans;                 // row -> cell -> columns it covers
  std::vector<std::vector<bool>> continued;            // row -> cell -> continues a vertical merge
  int header_rows = 0;
  bool in_header = true;
  for (const XmlNode& row : table.children) {
    if (row.name != "w:tr") continue;
    const XmlNode* row_properties = row.child("w:trPr");
    bool header = row_properties && switched_on(row_properties->child("w:tblHeader"));
    in_header = in_header && header;
    if (in_header) ++header_rows;
    cells.emplace_back(), spans.emplace_back(), continued.emplace_back();
    for (const XmlNode& cell : row.children) {
      if (cell.name != "w:tc") continue;
      const XmlNode* properties = cell.child("w:tcPr");
      const XmlNode* merge = properties ? properties->child("w:vMerge") : nullptr;
      spans.back().push_back(std::clamp(int_attribute(properties ? properties->child("w:gridSpan") : nullptr, 1), 1, 64));
      continued.back().push_back(merge && merge->attribute_or("w:val", "continue") == "continue");
      cells.back().push_back(read_cell(cell));
    }
  }
  if (reads_as_paragraphs(cells)) {
    for (auto& row : cells) {
      for (auto& cell : row) {
        for (Block& block : cell) into.push_back(std::move(block));
      }
    }
    return;
  }
  Block block;
  block.kind = Block::Kind::kTable;
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::vector<TableCell>& written = block.table.rows.emplace_back();
    for (std::size_t c = 0; c < cells[r].size(); ++c) {
      TableCell cell;
      cell.merged = continued[r][c];
      if (cell.merged) content_.tally.changed["merged table cell, left empty"] += 1;
      std::size_t kept = 0;
      for (Block& inner : cells[r][c]) {
        if (cell.merged) continue;
        cell.paragraphs.push_back(std::move(inner.inlines));
        ++kept;
      }
      if (kept > 1) content_.tally.changed["table cell of several paragraphs, joined with \"; \""] += 1;
      written.push_back(std::move(cell));
      // A heading spread over several columns names each of them; below it, a merged
      // cell is left empty rather than repeat a figure a reader would count twice.
      bool heading_row = static_cast<int>(r) < std::max(header_rows, 1);
      for (int extra = 1; extra < spans[r][c]; ++extra) {
        TableCell spanned = heading_row ? written.back() : TableCell{};
        spanned.merged = true;
        written.push_back(std::move(spanned));
        content_.tally.changed[heading_row ? "merged heading cell, repeated" : "merged table cell, left empty"] += 1;
      }
    }
  }
  block.table.header_rows = std::max(header_rows, 1);
  into.push_back(std::move(block));
  count("table");
}

void DocxBody::read_inline_children(const XmlNode& parent, Inlines& into, const std::string& link) {
  for (const XmlNode& node : parent.children) {
    const std::string& name = node.name;
    if (name == "w:r") {
      read_run(node, into, link.empty() ? field_link() : link);
    } else if (name == "w:hyperlink") {
      std::string target = link_of(node, into);
      read_inline_children(node, into, target);
    } else if (name == "w:ins" || name == "w:moveTo" || name == "w:smartTag" || name == "w:customXml" || name == "w:dir" || name == "w:bdo") {
      read_inline_children(node, into, link);
    } else if (name == "w:sdt") {
      if (const XmlNode* inside = node.child("w:sdtContent")) read_inline_children(*inside, into, link);
    } else if (name == "w:del" || name == "w:moveFrom") {
      drop("tracked deletion");
    } else if (name == "w:fldSimple") {
      fields_.push_back({node.attribute_or("w:instr"), true});
      read_inline_children(node, into, link.empty() ? field_link() : link);
      fields_.pop_back();
    } else if (name == "w:bookmarkStart") {
      paragraph_bookmarks_.push_back(node.attribute_or("w:name"));
    } else if (name == "w:commentRangeStart") {
      drop("comment");
    }
  }
}

void DocxBody::read_run(const XmlNode& run, Inlines& into, const std::string& link) {
  TextStyle style = style_of_run(run);
  for (const XmlNode& node : run.children) read_run_child(node, style, into, link);
}

void DocxBody::read_run_child(const XmlNode& node, TextStyle style, Inlines& into, const std::string& link) {
  const std::string& name = node.name;
  if (name == "w:fldChar") return read_field_char(node);
  if (name == "w:instrText") {
    if (!fields_.empty() && !fields_.back().in_result) fields_.back().instruction += node.all_text();
    return;
  }
  if (in_hidden_field()) return;
  if (name == "w:t") {
    into.push_back(Inline::plain(node.all_text(), style, link));
  } else if (name == "w:tab" || name == "w:ptab") {
    into.push_back(Inline::plain("\t", style, link));
  } else if (name == "w:br" || name == "w:cr") {
    std::string type = node.attribute_or("w:type");
    if (type != "page" && type != "column") into.push_back(Inline::of_kind(Inline::Kind::kLineBreak));
  } else if (name == "w:noBreakHyphen") {
    into.push_back(Inline::plain("\u2011", style, link));
  } else if (name == "w:sym") {
    std::string out;
    append_utf8(out, std::strtoul(node.attribute_or("w:char", "0").c_str(), nullptr, 16));
    if (!out.empty() && out != std::string(1, '\0')) into.push_back(Inline::plain(out, style, link));
  } else if (name == "w:delText") {
    drop("tracked deletion");
  } else if (name == "w:drawing") {
    read_drawing(node, into);
  } else if (name == "w:pict") {
    read_vml_picture(node, into);
  } else if (name == "mc:AlternateContent") {
    const XmlNode* chosen = node.child("mc:Choice");
    if (!chosen) chosen = node.child("mc:Fallback");
    if (chosen) {
      for (const XmlNode& inner : chosen->children) read_run_child(inner, style, into, link);
    }
  } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
    read_note_reference(node, name == "w:endnoteReference", into);
  } else if (name == "w:commentReference") {
    return;
  } else if (name == "w:object") {
    into.push_back(note_only("an object embedded in the Word document (a chart or a spreadsheet) was left out",
                             "put its figures in a table or a picture here"));
  }
}

void DocxBody::read_field_char(const XmlNode& node) {
  std::string type = node.attribute_or("w:fldCharType");
  if (type == "begin") {
    fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
    if (field_name(fields_.back().instruction) == "TOC") saw_contents_ = true;
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

// A table of contents' result is left out; other fields show their result as text.
bool DocxBody::in_hidden_field() const {
  return std::any_of(fields_.begin(), fields_.end(), [](const Field& field) {
    return !field.in_result || field_name(field.instruction) == "TOC";
  });
}

std::string DocxBody::field_link() const {
  for (auto field = fields_.rbegin(); field != fields_.rend(); ++field) {
    if (field_name(field->instruction) == "HYPERLINK") return hyperlink_field_target(field->instruction);
  }
  return "";
}

std::string DocxBody::link_of(const XmlNode& hyperlink, Inlines& into) {
  std::string target;
  if (const std::string* anchor = hyperlink.attribute("w:anchor")) target = std::string(kBookmarkLink) + *anchor;
  if (const std::string* id = hyperlink.attribute("r:id")) {
    const Relationship* relationship = parts_.relationships.find(*id);
    if (relationship) target = relationship->target + (hyperlink.attribute("w:anchor") ? "#" + hyperlink.attribute_or("w:anchor") : "");
  }
  if (!target.empty() && is_local_file(target)) {
    into.push_back(note_only("this link went to " + target + ", a file on the author's computer, so only its text was kept",
                             "put the file in the site beside the page and link to it, or link to where it is published"));
    drop("link to a file on the author's computer");
    return "";
  }
  if (!target.empty()) count("link");
  return target;
}

void DocxBody::read_drawing(const XmlNode& drawing, Inlines& into) {
  for (const XmlNode& frame : drawing.children) {
    const XmlNode* properties = frame.child("wp:docPr");
    std::string description = properties ? properties->attribute_or("descr") : "";
    if (description.empty() && properties) description = properties->attribute_or("title");
    const XmlNode* graphic = frame.child("a:graphic");
    const XmlNode* data = graphic ? graphic->child("a:graphicData") : nullptr;
    if (!data) continue;
    std::string uri = data->attribute_or("uri");
    if (uri.find("chart") != std::string::npos) {
      into.push_back(note_only("a chart drawn by Word was left out", "make the chart a picture (in Word: copy it, then Paste Special > Picture) or give its figures in a table here"));
      drop("chart drawn by Word");
      continue;
    }
    if (const XmlNode* shape = data->child("wps:wsp")) {
      if (const XmlNode* box = shape->child("wps:txbx")) {
        if (const XmlNode* content = box->child("w:txbxContent")) read_blocks(*content, text_boxes_), count("text box");
      }
      continue;
    }
    const XmlNode* picture = data->child("pic:pic");
    const XmlNode* fill = picture ? picture->child("pic:blipFill") : nullptr;
    const XmlNode* blip = fill ? fill->child("a:blip") : nullptr;
    if (!blip) continue;
    if (const std::string* embedded = blip->attribute("r:embed")) add_picture(*embedded, description, false, into);
    else if (const std::string* linked = blip->attribute("r:link")) add_picture(*linked, description, true, into);
  }
}

void DocxBody::read_vml_picture(const XmlNode& picture, Inlines& into) {
  for (const XmlNode& shape : picture.children) {
    if (const XmlNode* box = shape.child("v:textbox")) {
      if (const XmlNode* content = box->child("w:txbxContent")) read_blocks(*content, text_boxes_), count("text box");
    }
    if (const XmlNode* image = shape.child("v:imagedata")) {
      add_picture(image->attribute_or("r:id"), shape.attribute_or("alt", image->attribute_or("o:title")), false, into);
    }
  }
}

void DocxBody::add_picture(const std::string& relationship_id, const std::string& description, bool linked, Inlines& into) {
  const Relationship* relationship = parts_.relationships.find(relationship_id);
  if (linked || !relationship || relationship->external) {
    into.push_back(note_only("a picture linked from the Word document rather than kept in it was left out",
                             "in Word, select the picture and save it into the document (File > Info > Edit Links to Files > Break Link), or add the picture to the site and link it here"));
    drop("linked picture");
    return;
  }
  std::string extension = extension_lower(relationship->target);
  if (!browser_shows(extension)) {
    into.push_back(note_only("a picture in a format browsers cannot show (" + extension + ") was left out",
                             "save the picture as PNG (in Word: right-click it > Save as Picture > PNG) and add it here"));
    drop("picture browsers cannot show");
    return;
  }
  std::optional<std::string> bytes = parts_.zip->read(relationship->target);
  if (!bytes) return;
  Picture picture;
  picture.file_name = "picture-" + std::to_string(content_.document.pictures.size() + 1) + "." + (extension == "jpeg" ? "jpg" : extension);
  picture.description = description;
  picture.bytes = std::move(*bytes);
  Inline piece;
  piece.kind = Inline::Kind::kPicture;
  piece.picture = static_cast<int>(content_.document.pictures.size());
  if (description.empty()) {
    piece.notes.push_back({"this picture has no description", "describe what it shows between the [ ] for readers who cannot see it, or leave it empty only if it is decoration"});
  }
  content_.document.pictures.push_back(std::move(picture));
  into.push_back(std::move(piece));
  count("picture");
}

void DocxBody::read_note_reference(const XmlNode& node, bool endnote, Inlines& into) {
  std::string id = node.attribute_or("w:id");
  std::string key = (endnote ? "e" : "f") + id;
  auto& notes = endnote ? parts_.endnotes : parts_.footnotes;
  auto found = notes.find(id);
  if (found == notes.end()) return;
  auto [numbered, first] = note_numbers_.try_emplace(key, static_cast<int>(note_numbers_.size()) + 1);
  Inline piece;
  piece.kind = Inline::Kind::kFootnote;
  piece.footnote = numbered->second;
  into.push_back(piece);
  if (!first) return;
  std::vector<Block> blocks;
  std::vector<Field> outer = std::move(fields_);
  fields_.clear();
  read_blocks(*found->second, blocks);
  fields_ = std::move(outer);
  Footnote footnote;
  footnote.number = numbered->second;
  for (Block& block : blocks) footnote.paragraphs.push_back(std::move(block.inlines));
  content_.document.footnotes.push_back(std::move(footnote));
  count(endnote ? "endnote" : "footnote");
}

void DocxBody::resolve_bookmark_links() {
  auto resolve = [this](Inlines& inlines) {
    for (Inline& piece : inlines) {
      if (!piece.link.starts_with(kBookmarkLink)) continue;
      auto heading = heading_bookmarks_.find(piece.link.substr(1));
      if (heading != heading_bookmarks_.end()) {
        piece.link = "#" + heading->second;
      } else {
        piece.link.clear();
        drop("link to a bookmark that is not a heading");
      }
    }
  };
  for (Block& block : content_.document.blocks) {
    resolve(block.inlines);
    for (auto& row : block.table.rows) {
      for (TableCell& cell : row) {
        for (Inlines& paragraph : cell.paragraphs) resolve(paragraph);
      }
    }
  }
  for (Footnote& note : content_.document.footnotes) {
    for (Inlines& paragraph : note.paragraphs) resolve(paragraph);
  }
}

}  // namespace cdp
