#include "import/docx_relationships.h"

#include <vector>

namespace cdp {

std::string relationships_part_of(const std::string& part) {
  std::size_t slash = part.rfind('/');
  std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  return folder + "_rels/" + name + ".rels";
}

std::string resolved_part_name(const std::string& source_part, const std::string& target) {
  std::string joined;
  if (!target.empty() && target.front() == '/') {
    joined = target.substr(1);
  } else {
    std::size_t slash = source_part.rfind('/');
    joined = (slash == std::string::npos ? "" : source_part.substr(0, slash + 1)) + target;
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

DocxRelationships::DocxRelationships(const XmlNode& relationships, const std::string& source_part) {
  for (const XmlNode& node : relationships.children) {
    if (node.name != "rel:Relationship") continue;
    Relationship relationship;
    std::string type = node.attribute_or("Type");
    relationship.type = type.substr(type.rfind('/') + 1);
    relationship.external = node.attribute_or("TargetMode") == "External";
    std::string target = node.attribute_or("Target");
    relationship.target = relationship.external ? target : resolved_part_name(source_part, target);
    by_id_[node.attribute_or("Id")] = std::move(relationship);
  }
}

const Relationship* DocxRelationships::find(const std::string& id) const {
  auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &found->second;
}

const Relationship* DocxRelationships::first_of_type(const std::string& type) const {
  for (const auto& [id, relationship] : by_id_) {
    if (relationship.type == type) return &relationship;
  }
  return nullptr;
}

}  // namespace cdp
