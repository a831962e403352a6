#include "model/document_kinds.h"

#include <cctype>

#include "model/vocabulary.h"

namespace cdp {

namespace {

// "scrutiny-reports" for "Scrutiny reports": letters and digits, words joined by hyphens.
std::string anchor_of(const std::string& words) {
  std::string anchor;
  for (unsigned char c : words) {
    if (std::isalnum(c)) {
      anchor += static_cast<char>(std::tolower(c));
    } else if (!anchor.empty() && anchor.back() != '-') {
      anchor += '-';
    }
  }
  while (!anchor.empty() && anchor.back() == '-') anchor.pop_back();
  return anchor;
}

}  // namespace

std::string normal_kind(const std::string& text) {
  std::string normal;
  for (unsigned char c : text) normal += (c == '-' || c == '_') ? ' ' : static_cast<char>(std::tolower(c));
  return normal;
}

std::vector<KindOfDocument> known_document_kinds(const std::vector<SiteDocumentKind>& site_kinds) {
  std::vector<KindOfDocument> kinds;
  for (const DocumentKindTerm& row : document_kind_terms()) {
    kinds.push_back({std::string(row.toml), std::string(row.name), std::string(row.plural), std::string(row.list_id),
                     static_cast<int>(kinds.size())});
  }
  for (const SiteDocumentKind& own : site_kinds) {
    kinds.push_back({normal_kind(own.kind.value), own.label.value, own.plural.value, anchor_of(own.plural.value),
                     static_cast<int>(kinds.size())});
  }
  return kinds;
}

std::optional<KindOfDocument> kind_named(const std::vector<KindOfDocument>& kinds, const std::string& text) {
  std::string normal = normal_kind(text);
  for (const KindOfDocument& kind : kinds) {
    if (kind.kind == normal) return kind;
  }
  return std::nullopt;
}

}  // namespace cdp
