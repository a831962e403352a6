#pragma once
// Word's paragraph styles (word/styles.xml), for what they say about a paragraph: a
// heading and its level, the document's title, a table of contents' entry, and the
// numbering a style carries. A style says so by its id ("Heading2"), by its name in
// any language Word writes ("heading 2"; a German Word's id "berschrift2" keeps the
// English name), by its outline level, or through the style it is based on.
#include <map>
#include <optional>
#include <string>

#include "import/xml_tree.h"

namespace cdp {

// A paragraph's list numbering: which list (numId) and which level of it (ilvl).
struct NumberingRef {
  std::string num_id;  // "3"; "0" switches numbering off
  int level = 0;       // 0..8
};

class DocxStyles {
 public:
  DocxStyles() = default;
  // From styles.xml's root element (w:styles).
  explicit DocxStyles(const XmlNode& styles);

  // The heading level, 1..9, of the paragraph style `style_id`, or nullopt.
  std::optional<int> heading_level(const std::string& style_id) const;
  // Whether the style is Word's Title (or Subtitle, which is not body text either).
  bool is_title(const std::string& style_id) const;
  bool is_subtitle(const std::string& style_id) const;
  // Whether the style is an entry of a table of contents ("TOC 1", "TOC Heading").
  bool is_contents(const std::string& style_id) const;
  // The numbering the style gives its paragraphs, through basedOn, or nullopt.
  std::optional<NumberingRef> numbering(const std::string& style_id) const;
  // The style's name ("heading 1"), lower case, or "" when it has none.
  std::string name_of(const std::string& style_id) const;

 private:
  struct Style {
    std::string name;                       // lower case
    std::string based_on;                   // the style it inherits from ("" when none)
    std::optional<int> outline_level;       // w:outlineLvl, 0..8 (9 is body text)
    std::optional<NumberingRef> numbering;  // w:numPr
  };
  // The style and those it is based on, nearest first (a loop is cut).
  template <typename Found>
  std::optional<Found> first_along_chain(const std::string& style_id,
                                         std::optional<Found> (*look)(const std::string& id, const Style& style)) const;

  std::map<std::string, Style> styles_;  // by w:styleId
};

// The heading level a style's id or name spells ("Heading3", "heading 3", "Überschrift 3"), or nullopt.
std::optional<int> heading_level_in_name(const std::string& text);

// A paragraph's own w:numPr inside its w:pPr, or nullopt.
std::optional<NumberingRef> numbering_of(const XmlNode* paragraph_properties);

}  // namespace cdp
