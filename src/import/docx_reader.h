#pragma once
// Reads a Word document (.docx) into an ImportedDocument (import/document_tree.h): the
// body's headings, paragraphs, lists, tables, footnotes and endnotes, links and
// pictures, with tracked changes accepted, and counts what came across and what was
// left out (comments, headers and footers, a table of contents) for the summary.
#include <map>
#include <string>

#include "import/document_tree.h"

namespace cdp {

// What came across and what was left out, by kind, for the summary (a map so that the
// summary lists them in a stable order).
struct ImportTally {
  std::map<std::string, int> kept;     // "heading" -> 4, "table" -> 2
  std::map<std::string, int> dropped;  // "comment" -> 3, "tracked deletion" -> 1
  std::map<std::string, int> changed;  // "merged table cell" -> 2: came across, but not as Word showed it
};

struct DocxContent {
  ImportedDocument document;  // the body
  std::string title;          // the Title style's text, else the core properties' title, else the first heading ("" when none)
  std::string modified;       // the core properties' last-modified date, "2025-01-18" ("" when none)
  std::string purpose;        // the first paragraph of a section headed "Purpose...", else the first paragraph
  ImportTally tally;          // what came across
};

// Reads the .docx in `bytes`; throws ImportError (a plain-English message) when it is
// damaged, hostile, or has no text.
DocxContent read_docx(std::string bytes);

}  // namespace cdp
