#pragma once
// The parts of a .docx are XML. read_xml parses one into a small tree with Poco's SAX
// parser, safely: a DOCTYPE is refused (so no entity is ever declared, expanded or
// fetched), external entities are off, and the depth and size of the tree are bounded.
// Names carry a fixed prefix chosen by namespace, whatever prefix the file used:
// "w:p" for WordprocessingML's paragraph in Word 2007's namespace or ISO strict's.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cdp {

// One element or one piece of text.
struct XmlNode {
  std::string name;  // "w:p", "a:blip", "r:id" style; "" for a text node
  std::string text;  // a text node's characters (UTF-8); "" for an element
  std::vector<std::pair<std::string, std::string>> attributes;  // name ("w:val") and value
  std::vector<XmlNode> children;                                 // elements and text, in order

  // The attribute's value, or nullptr.
  const std::string* attribute(std::string_view attribute_name) const;
  // The attribute's value, or `fallback`.
  std::string attribute_or(std::string_view attribute_name, std::string fallback = {}) const;
  // The first child element of that name, or nullptr.
  const XmlNode* child(std::string_view child_name) const;
  // The concatenated text of every text node below this one.
  std::string all_text() const;
  bool is_text() const { return name.empty(); }
};

// What bounds a tree: deeper or bigger XML is refused as damaged.
struct XmlLimits {
  std::size_t max_depth = 200;         // elements inside elements
  std::size_t max_nodes = 4'000'000;   // elements and text nodes in all
};

// Parses `xml` (a part named `part`, for messages); throws ImportError when it is not
// well-formed, has a DOCTYPE or passes the limits. The returned node is the root element.
XmlNode read_xml(std::string_view xml, const std::string& part, XmlLimits limits = {});

}  // namespace cdp
