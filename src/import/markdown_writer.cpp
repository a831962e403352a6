#include "import/markdown_writer.h"

#include <algorithm>
#include <cctype>

namespace cdp {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Characters that change meaning anywhere in a Markdown paragraph or a GFM table cell.
bool always_escaped(char c) {
  return c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
         c == '|' || c == '~' || c == '#';
}

// The length of a leading "12." or "3)" that Markdown would read as a numbered list, or 0.
std::size_t list_number_length(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && digits < 9 && is_digit(text[digits])) ++digits;
  if (digits == 0 || digits >= text.size() || (text[digits] != '.' && text[digits] != ')')) return 0;
  bool ends = digits + 1 == text.size() || is_space(text[digits + 1]);
  return ends ? digits : 0;
}

// What the start of a line escapes: a list marker, a setext underline, a numbered item.
std::string escape_line_start(std::string_view& text) {
  if (text.empty()) return {};
  bool marker = (text[0] == '-' || text[0] == '+') && (text.size() == 1 || is_space(text[1]));
  if (marker || text[0] == '=' || text[0] == '-') {
    std::string out = {'\\', text[0]};
    text.remove_prefix(1);
    return out;
  }
  if (std::size_t digits = list_number_length(text)) {
    std::string out = std::string(text.substr(0, digits)) + '\\' + text[digits];
    text.remove_prefix(digits + 1);
    return out;
  }
  return {};
}

// Writes Markdown, keeping the line and column it has reached for the notes.
class MarkdownOut {
 public:
  explicit MarkdownOut(int first_line) : line_(first_line) {}
  void write(std::string_view text) {
    for (char c : text) {
      if (c == '\n') ++line_, column_ = 1;
      else ++column_;
    }
    text_ += text;
  }
  void note_all(const std::vector<WriterNote>& notes) {
    for (const WriterNote& note : notes) notes_.push_back({line_, column_, note});
  }
  bool empty() const { return text_.empty(); }
  MarkdownText finish() && { return {std::move(text_), std::move(notes_)}; }

 private:
  std::string text_;               // written so far
  std::vector<PlacedNote> notes_;  // placed so far
  int line_;                       // the line being written
  int column_ = 1;                 // the column the next byte goes to
};

std::string link_destination(std::string_view url) {
  bool plain = url.find_first_of(" ()<>\\") == std::string_view::npos && !url.empty();
  if (plain) return std::string(url);
  std::string out = "<";
  for (char c : url) {
    if (c == '<' || c == '>' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + ">";
}

// One kText piece split so that its spaces stay outside its emphasis (`** a**` is not bold).
struct Piece {
  std::string text;  // the characters
  TextStyle style;   // as they look
};

std::vector<Piece> trimmed_pieces(const Inline& piece) {
  std::string_view text = piece.text;
  std::size_t start = 0, end = text.size();
  while (start < end && is_space(text[start])) ++start;
  while (end > start && is_space(text[end - 1])) --end;
  std::vector<Piece> pieces;
  if (start > 0) pieces.push_back({std::string(text.substr(0, start)), {}});
  if (end > start) pieces.push_back({std::string(text.substr(start, end - start)), piece.style});
  if (end < text.size() && end >= start) pieces.push_back({std::string(text.substr(end)), {}});
  return pieces;
}

// Word splits text into runs wherever its formatting history changed; runs that look
// alike are joined so that emphasis opens and closes once ("**a b**", not "**a** **b**").
Inlines merged_runs(const Inlines& pieces) {
  Inlines merged;
  for (const Inline& piece : pieces) {
    bool joins = !merged.empty() && piece.kind == Inline::Kind::kText && merged.back().kind == Inline::Kind::kText &&
                 piece.notes.empty() && piece.style == merged.back().style && piece.link == merged.back().link;
    if (joins) merged.back().text += piece.text;
    else merged.push_back(piece);
  }
  return merged;
}

// Writes the inline content of one paragraph, heading, item or table cell.
class InlineWriter {
 public:
  InlineWriter(MarkdownOut& out, const MarkdownOptions& options, const ImportedDocument& document, bool in_table,
               bool escape_starts)
      : out_(out), options_(options), document_(document), in_table_(in_table), escape_starts_(escape_starts) {}

  void write(const Inlines& pieces) {
    Inlines inlines = merged_runs(pieces);
    for (std::size_t i = 0; i < inlines.size();) {
      const std::string& link = inlines[i].kind == Inline::Kind::kText ? inlines[i].link : empty_;
      std::size_t end = i + 1;
      while (end < inlines.size() && !link.empty() && inlines[end].kind == Inline::Kind::kText && inlines[end].link == link) ++end;
      if (link.empty()) write_piece(inlines[i]);
      else write_link(inlines, i, end, link);
      i = end;
    }
    set_style({});
  }

 private:
  void write_link(const Inlines& inlines, std::size_t from, std::size_t to, const std::string& link) {
    set_style({});
    emit("[");
    for (std::size_t i = from; i < to; ++i) write_piece(inlines[i]);
    set_style({});
    emit("](" + link_destination(link) + ")");
  }

  void write_piece(const Inline& piece) {
    out_.note_all(piece.notes);
    switch (piece.kind) {
      case Inline::Kind::kText:
        for (const Piece& part : trimmed_pieces(piece)) {
          set_style(part.style);
          write_text(part.text);
        }
        break;
      case Inline::Kind::kLineBreak:
        set_style({});
        if (in_table_) emit(" ");
        else emit("\\\n"), line_start_ = true;
        break;
      case Inline::Kind::kFootnote:
        emit("[^" + std::to_string(piece.footnote) + "]");
        break;
      case Inline::Kind::kPicture:
        write_picture(piece.picture);
        break;
    }
  }

  void write_picture(int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= document_.pictures.size()) return;
    const Picture& picture = document_.pictures[static_cast<std::size_t>(index)];
    set_style({});
    emit("![" + escape_markdown(picture.description, false) + "](" +
         link_destination(options_.picture_folder + picture.file_name) + ")");
  }

  void write_text(std::string_view text) {
    std::string clean;
    for (char c : text) clean += (c == '\n' || c == '\r') ? ' ' : c;
    if (line_start_) {
      std::size_t lead = clean.find_first_not_of(" \t");
      clean.erase(0, lead == std::string::npos ? clean.size() : lead);
      if (clean.empty()) return;
    }
    emit(escape_markdown(clean, line_start_ && escape_starts_));
  }

  // Closes the emphasis that `wanted` lacks and opens what it adds, innermost first.
  void set_style(TextStyle wanted) {
    if (open_.strike && !wanted.strike) emit("~~"), open_.strike = false;
    if (open_.italic && !wanted.italic) emit("*"), open_.italic = false;
    if (open_.bold && !wanted.bold) emit("**"), open_.bold = false;
    if (!open_.bold && wanted.bold) emit("**"), open_.bold = true;
    if (!open_.italic && wanted.italic) emit("*"), open_.italic = true;
    if (!open_.strike && wanted.strike) emit("~~"), open_.strike = true;
  }

  void emit(const std::string& text) {
    if (text.empty()) return;
    out_.write(text);
    line_start_ = false;
  }

  MarkdownOut& out_;
  const MarkdownOptions& options_;
  const ImportedDocument& document_;
  bool in_table_;          // a GFM cell: one line
  bool escape_starts_;     // escape what would start a block at a line's start
  bool line_start_ = true; // nothing written yet on this line
  TextStyle open_;         // the emphasis open now
  const std::string empty_;
};

bool has_content(const Inlines& inlines) {
  return std::any_of(inlines.begin(), inlines.end(), [](const Inline& piece) {
    return piece.kind != Inline::Kind::kText || piece.text.find_first_not_of(" \t\u00a0") != std::string::npos;
  });
}

// The shift that makes the biggest heading ## (0 when told not to, or with no headings).
int heading_shift(const ImportedDocument& document, const MarkdownOptions& options) {
  if (!options.body_starts_at_h2) return 0;
  int biggest = 7;
  for (const Block& block : document.blocks) {
    if (block.kind == Block::Kind::kHeading && has_content(block.inlines)) biggest = std::min(biggest, block.level);
  }
  return biggest == 7 ? 0 : 2 - biggest;
}

class BlockWriter {
 public:
  BlockWriter(const ImportedDocument& document, const MarkdownOptions& options)
      : document_(document), options_(options), out_(options.first_line), shift_(heading_shift(document, options)) {}

  MarkdownText write() && {
    const std::vector<Block>& blocks = document_.blocks;
    for (std::size_t i = 0; i < blocks.size();) {
      if (blocks[i].kind == Block::Kind::kListItem) {
        std::size_t end = i;
        while (end < blocks.size() && blocks[end].kind == Block::Kind::kListItem) ++end;
        write_list(i, end);
        i = end;
        continue;
      }
      write_block(blocks[i++]);
    }
    write_footnotes();
    return std::move(out_).finish();
  }

 private:
  void separate() {
    if (!out_.empty()) out_.write("\n");
  }

  void write_inlines(const Inlines& inlines, bool escape_starts) {
    InlineWriter(out_, options_, document_, false, escape_starts).write(inlines);
  }

  void write_block(const Block& block) {
    if (block.kind == Block::Kind::kTable) return write_table(block);
    if (!has_content(block.inlines)) {
      // Nothing to show, but what was left out there is still named, where it was.
      out_.note_all(block.notes);
      for (const Inline& piece : block.inlines) out_.note_all(piece.notes);
      return;
    }
    separate();
    out_.note_all(block.notes);
    if (block.kind == Block::Kind::kHeading) {
      int level = std::clamp(block.level + shift_, 1, 6);
      out_.write(std::string(static_cast<std::size_t>(level), '#') + " ");
      write_inlines(block.inlines, false);
    } else {
      write_inlines(block.inlines, true);
    }
    out_.write("\n");
  }

  // Consecutive items, nested by depth: each item's text starts where its parent's did.
  // A new list where one of the other type or a restart follows is set apart by a blank
  // line (else "2." would continue the item above) and, for the same type, by the other
  // bullet or delimiter ("*" for "-", ")" for "."), which is how Markdown tells them apart.
  void write_list(std::size_t from, std::size_t to) {
    separate();
    std::vector<std::size_t> indents;  // where each open level's text starts
    std::vector<bool> ordered;         // whether each open level is numbered
    std::vector<bool> alternate(10, false);  // each depth's list uses the other bullet or delimiter
    for (std::size_t i = from; i < to; ++i) {
      const Block& item = document_.blocks[i];
      std::size_t depth = std::min<std::size_t>(static_cast<std::size_t>(std::clamp(item.depth, 0, 9)), indents.size());
      bool other_type = depth < indents.size() && ordered[depth] != item.ordered;
      bool restarts = depth < indents.size() && (item.new_list || other_type);
      indents.resize(depth);
      ordered.resize(depth);
      if (restarts) out_.write("\n");
      if (restarts && !other_type) alternate[depth] = !alternate[depth];
      std::size_t indent = indents.empty() ? 0 : indents.back();
      std::string marker = item.ordered ? std::to_string(item.number) + (alternate[depth] ? ")" : ".")
                                        : (alternate[depth] ? "*" : "-");
      out_.write(std::string(indent, ' ') + marker + " ");
      out_.note_all(item.notes);
      indents.push_back(indent + marker.size() + 1);
      ordered.push_back(item.ordered);
      write_inlines(item.inlines, true);
      out_.write("\n");
    }
  }

  void write_cell(const TableCell& cell) {
    bool first = true;
    for (const Inlines& paragraph : cell.paragraphs) {
      if (!has_content(paragraph)) continue;
      if (!first) out_.write("; ");
      first = false;
      InlineWriter(out_, options_, document_, true, false).write(paragraph);
    }
  }

  void write_row(const std::vector<TableCell>& row, std::size_t columns) {
    out_.write("|");
    for (std::size_t column = 0; column < columns; ++column) {
      out_.write(" ");
      if (column < row.size()) write_cell(row[column]);
      out_.write(" |");
    }
    out_.write("\n");
  }

  void write_table(const Block& block) {
    const Table& table = block.table;
    std::size_t columns = 0;
    for (const auto& row : table.rows) columns = std::max(columns, row.size());
    if (columns == 0) return;
    separate();
    out_.note_all(block.notes);
    write_row(table.rows.front(), columns);
    out_.write("|");
    for (std::size_t column = 0; column < columns; ++column) out_.write(" --- |");
    out_.write("\n");
    for (std::size_t row = 1; row < table.rows.size(); ++row) write_row(table.rows[row], columns);
  }

  void write_footnotes() {
    for (const Footnote& note : document_.footnotes) {
      separate();
      out_.write("[^" + std::to_string(note.number) + "]: ");
      bool first = true;
      for (const Inlines& paragraph : note.paragraphs) {
        if (!has_content(paragraph)) continue;
        if (!first) out_.write("\n    ");
        first = false;
        write_inlines(paragraph, false);
        out_.write("\n");
      }
      if (first) out_.write("\n");
    }
  }

  const ImportedDocument& document_;
  const MarkdownOptions& options_;
  MarkdownOut out_;
  int shift_;  // added to every heading's level
};

}  // namespace

std::string escape_markdown(std::string_view text, bool at_line_start) {
  std::string out;
  out.reserve(text.size() + 8);
  if (at_line_start) out += escape_line_start(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char next = i + 1 < text.size() ? text[i + 1] : '\0';
    bool shortcode = c == '{' && next == '{' && i + 2 < text.size() && (text[i + 2] == '<' || text[i + 2] == '%');
    bool entity = c == '&' && (is_alnum(next) || next == '#');
    if (always_escaped(c) || shortcode || entity) out += '\\';
    out += c;
    if (shortcode) out += text[++i];
  }
  return out;
}

MarkdownText write_markdown(const ImportedDocument& document, const MarkdownOptions& options) {
  return BlockWriter(document, options).write();
}

}  // namespace cdp
