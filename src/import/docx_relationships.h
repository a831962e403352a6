#pragma once
// A part's relationships (word/_rels/document.xml.rels): what its r:id attributes name,
// a link's address or another part of the package (a picture, the footnotes).
#include <map>
#include <optional>
#include <string>

#include "import/xml_tree.h"

namespace cdp {

struct Relationship {
  std::string type;    // the last word of its Type: "hyperlink", "image", "footnotes"
  std::string target;  // an address (external), else the part's name in the zip ("word/media/image1.png")
  bool external = false;  // TargetMode="External": outside the package
};

class DocxRelationships {
 public:
  DocxRelationships() = default;
  // From a .rels part's root; `source_part` is the part they belong to ("word/document.xml"),
  // against whose folder internal targets resolve.
  DocxRelationships(const XmlNode& relationships, const std::string& source_part);

  const Relationship* find(const std::string& id) const;
  // The first relationship of `type`, or nullptr.
  const Relationship* first_of_type(const std::string& type) const;

 private:
  std::map<std::string, Relationship> by_id_;  // r:id -> relationship
};

// Where the .rels part of `part` is: "word/document.xml" -> "word/_rels/document.xml.rels".
std::string relationships_part_of(const std::string& part);

// `target` resolved against the folder of `source_part`, with "." and ".." taken out
// (never above the package's top); a leading "/" is the package's top.
std::string resolved_part_name(const std::string& source_part, const std::string& target);

}  // namespace cdp
