#pragma once
// A Word document made into a cdpsite page: the Markdown file NAME.md (front matter
// and body) and the files of the folder NAME/ beside it (its pictures and a copy of the
// Word file, linked from the page), with the summary of what came across. Nothing here
// touches the disk: cli/import_command writes what this returns.
#include <string>
#include <utility>
#include <vector>

#include "import/docx_reader.h"
#include "import/markdown_writer.h"

namespace cdp {

struct WordPageRequest {
  std::string docx_name;   // the Word file's name as given, for messages and the copy's type
  std::string docx_bytes;  // its contents
  std::string name;        // the page's file name without .md ("" for the slug of the title)
  std::string kind;        // the front matter's kind as cdpsite spells it ("" to guess)
  std::string today;       // "2025-01-18": the date when the document gives none
};

struct WordPage {
  std::string name;        // NAME: the page is NAME.md, its files in NAME/
  std::string markdown;    // NAME.md's contents
  std::vector<std::pair<std::string, std::string>> files;  // NAME/'s files: name -> bytes
  std::vector<PlacedNote> notes;  // what the writer must still decide, at the page's line:col
  ImportTally tally;       // what came across, what changed, what was left out
  std::string kind;        // the kind written
  bool kind_guessed = false;  // the kind was guessed from the title
};

// Throws ImportError when the file cannot be read as a Word document.
WordPage make_word_page(const WordPageRequest& request);

// The summary's lines: "Came across: 3 headings, 1 table", "Left out: 2 comments".
std::vector<std::string> summary_lines(const WordPage& page);

}  // namespace cdp
