#include "model/site.h"

#include <algorithm>

namespace cdp {

const DocumentMeta& FrontMatter::document() const {
  static const DocumentMeta kNone;
  return document_meta ? *document_meta : kNone;
}

DocumentMeta& FrontMatter::fill_document() {
  if (!document_meta) document_meta = std::make_unique<DocumentMeta>();
  return *document_meta;
}

std::string title_from_name(std::string name) {
  std::replace(name.begin(), name.end(), '-', ' ');
  std::replace(name.begin(), name.end(), '_', ' ');
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string section_title(const Site& site, const std::string& path) {
  auto it = site.sections.find(path);
  if (it != site.sections.end() && it->second.index) return it->second.index->meta.title.value;
  if (path.empty()) return site.config.title.value;
  return title_from_name(path.substr(path.rfind('/') + 1));
}

}  // namespace cdp
