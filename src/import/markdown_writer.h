#pragma once
// Writes an ImportedDocument (import/document_tree.h) as cdpsite Markdown: the one place
// that turns imported text into Markdown syntax, used by `cdpsite import` and by the
// preview editor's paste. Every character of the text is escaped so that it means
// itself: Markdown's own (`*`, `_`, `[`, `<`, `|`, `#`, a line's leading `1.` or `-`)
// and cdpsite's shortcodes (`{{<`). Tables are GFM tables, footnotes `[^n]`.
#include <string>
#include <string_view>
#include <vector>

#include "import/document_tree.h"

namespace cdp {

struct MarkdownOptions {
  // Headings move up or down together so that the biggest becomes ## (a page's title is
  // its only #); false keeps each Block's level as it is (clamped to 1..6).
  bool body_starts_at_h2 = true;
  // Put before each picture's file name in its link: "annual-report/" when the pictures
  // sit in a folder beside the page.
  std::string picture_folder;
  // The line of the page on which the Markdown will start (after the front matter), so
  // that the notes' lines are the page's.
  int first_line = 1;
};

// A WriterNote at the place of the page where the writer put what it is about.
struct PlacedNote {
  int line = 1;    // from 1, counted in the page
  int column = 1;  // from 1, in bytes of the line
  WriterNote note; // what must be decided
};

struct MarkdownText {
  std::string markdown;           // the body, ending with one newline ("" for an empty document)
  std::vector<PlacedNote> notes;  // in the order they appear
};

// The whole document as Markdown.
MarkdownText write_markdown(const ImportedDocument& document, const MarkdownOptions& options = {});

// `text` escaped to read as itself inside a Markdown paragraph; `at_line_start` also
// escapes what would start a block there ("1. ", "- ", "+ ", "=").
std::string escape_markdown(std::string_view text, bool at_line_start);

}  // namespace cdp
