#pragma once
// Word's list and paragraph numbering (word/numbering.xml), counted as Word counts it
// so that a paragraph's number is the text a reader sees and refers to: "1.1",
// "2.3 (ii)", "b)". Each list (w:num) points to an abstract list (w:abstractNum) whose
// levels give a start, a format (decimal, letters, roman numerals, a bullet) and a text
// ("%1.%2"); a list may override a level's start, and lists sharing an abstract list
// share its counters unless they restart.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/docx_styles.h"
#include "import/xml_tree.h"

namespace cdp {

// What a numbered paragraph shows before its text.
struct ParagraphNumber {
  std::string text;      // "1.1", "(a)", "•": as Word shows it ("" for a level with no number)
  bool bullet = false;   // a bullet, not a number
  int value = 1;         // the level's own count (3 for the "c" of "(c)")
  bool simple = false;   // decimal, with text "%n." on its own: what Markdown's "3." says
  bool restarted = false;  // the count began again here (its list's first paragraph at this level, after others)
};

class DocxNumbering {
 public:
  DocxNumbering() = default;
  // From numbering.xml's root element (w:numbering).
  explicit DocxNumbering(const XmlNode& numbering);

  // Counts one paragraph of list `ref` and returns what it shows, or nullopt when the
  // list or level does not exist or numbering is switched off (numId 0).
  std::optional<ParagraphNumber> next(const NumberingRef& ref);

 private:
  struct Level {
    int start = 1;            // w:start
    std::string format = "decimal";  // w:numFmt
    std::string text;         // w:lvlText, "%1." ("" when there is none)
    int restart_after = -1;   // w:lvlRestart: restarts when a level above this (1-based) counts; 0 never; -1 any higher
    bool legal = false;       // w:isLgl: every number decimal
  };
  struct List {
    std::string abstract_id;              // the abstract list it counts in
    std::map<int, int> start_overrides;   // level -> start, from w:lvlOverride
    std::map<int, Level> level_overrides; // level -> a replacing w:lvl
  };
  const Level* level_of(const List& list, int level) const;
  std::string shown_text(const List& list, int level, const std::vector<int>& counts) const;

  std::map<std::string, std::map<int, Level>> abstract_;  // abstractNumId -> levels
  std::map<std::string, List> lists_;                     // numId -> list
  std::map<std::string, std::vector<int>> counts_;        // abstractNumId -> count per level (0: not begun)
  std::set<std::string> overrides_applied_;               // numIds whose start overrides have taken effect
};

// `value` in Word's format `format` ("decimal", "lowerLetter", "upperRoman", ...).
std::string formatted_number(int value, const std::string& format);

}  // namespace cdp
