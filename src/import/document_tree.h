#pragma once
// A document read from outside (a Word file by docx_reader, or HTML pasted into the
// preview's editor) as a small tree of blocks, which markdown_writer turns into
// Markdown. It holds only what Markdown can say: headings, paragraphs, nested lists,
// tables, footnotes, pictures, and inside them text that is bold, italic, struck
// through or a link. Everything is plain Unicode text as the author typed it; the
// writer does all the escaping, so a reader never writes Markdown syntax itself.
//
// A worked example: "## 1. Purpose" then a paragraph with a bold word and a link is
//   Block{kHeading, level 1, inlines {Inline::text("1. Purpose")}}
//   Block{kParagraph, inlines {Inline::text("Read "), Inline::text("this", {.bold = true}),
//                              Inline::text(" at "), Inline::text("GOV.UK", {}, "https://www.gov.uk/")}}
#include <string>
#include <vector>

namespace cdp {

// How a run of text looks.
struct TextStyle {
  bool bold = false;    // **text**
  bool italic = false;  // *text*
  bool strike = false;  // ~~text~~
  bool operator==(const TextStyle&) const = default;
};

// Something the writer of the page must decide, found while reading: a picture with no
// description, a guessed heading, a link to a file on the author's computer. The
// Markdown writer places it at the line and column of the page where it wrote it.
struct WriterNote {
  std::string message;  // "this picture has no description", plain English
  std::string hint;     // what to do about it
};

// A piece of a paragraph's content.
struct Inline {
  enum class Kind {
    kText,       // `text`, styled, perhaps a link
    kLineBreak,  // a line break inside the paragraph (Shift+Enter in Word)
    kFootnote,   // a reference to footnote number `footnote`
    kPicture,    // picture number `picture` of ImportedDocument::pictures
  };
  Kind kind = Kind::kText;
  std::string text;    // kText: the characters, unescaped
  TextStyle style;     // kText: bold, italic, struck through
  std::string link;    // kText: the link's target ("" when none): an address, or "#anchor" on the page
  int footnote = 0;    // kFootnote: the note's number, from 1
  int picture = -1;    // kPicture: the index of the picture
  std::vector<WriterNote> notes;  // what the writer must decide about this piece

  static Inline of_kind(Kind what) {
    Inline piece;
    piece.kind = what;
    return piece;
  }
  static Inline plain(std::string characters, TextStyle look = {}, std::string target = {}) {
    Inline piece;
    piece.text = std::move(characters);
    piece.style = look;
    piece.link = std::move(target);
    return piece;
  }
};

using Inlines = std::vector<Inline>;

// One cell of a table: its paragraphs (joined with "; " in Markdown, where a cell is
// one line).
struct TableCell {
  std::vector<Inlines> paragraphs;  // the cell's paragraphs, in order
  bool merged = false;              // part of a cell merged with the one left of it or above it (left empty)
};

// A table: its rows of cells, the first `header_rows` of them the heading.
struct Table {
  std::vector<std::vector<TableCell>> rows;  // every row, as many cells as the widest row once written
  int header_rows = 1;                       // 1: GFM has one header row; Word's repeated header row, else the first
};

// One block of the document.
struct Block {
  enum class Kind {
    kHeading,    // `level` 1..6 as the source has it; the writer shifts them so the body starts at ##
    kParagraph,  // `inlines`
    kListItem,   // `inlines`, an item at `depth` of a bulleted or numbered list
    kTable,      // `table`
  };
  Kind kind = Kind::kParagraph;
  int level = 1;            // kHeading: 1 for the biggest
  int depth = 0;            // kListItem: 0 for the outermost list
  bool ordered = false;     // kListItem: numbered (else bulleted)
  int number = 1;           // kListItem, ordered: its number
  bool new_list = false;    // kListItem: starts a new list even after another item (a restart)
  std::string anchor;       // kHeading: the id a link to it uses ("" for the writer's own)
  Inlines inlines;          // kHeading, kParagraph, kListItem: the text
  Table table;              // kTable
  std::vector<WriterNote> notes;  // what the writer must decide about the block as a whole
};

// A footnote or endnote: its paragraphs.
struct Footnote {
  int number = 0;                   // its number in the page, from 1, in the order they are referred to
  std::vector<Inlines> paragraphs;  // its text
};

// A picture to write beside the page.
struct Picture {
  std::string file_name;    // "picture-1.png": its name in the page's folder
  std::string description;  // its alt text ("" when it has none)
  std::string bytes;        // the file's contents
};

// A whole document.
struct ImportedDocument {
  std::vector<Block> blocks;         // the body, in order
  std::vector<Footnote> footnotes;   // by number
  std::vector<Picture> pictures;     // by index
};

}  // namespace cdp
