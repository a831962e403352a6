#include "model/document.h"

#include <algorithm>

#include "model/site.h"

namespace cdp {

const DocumentMeta& Document::meta() const { return page->meta.document(); }

namespace {

// A section's _index.md introduces a list; it is never a document itself.
bool is_document(const Page& page) { return !page.is_section_index && page.meta.document().kind.present(); }

// Newest first; undated last; then by title so that the order never depends on the disk.
bool newer_first(const Document& a_document, const Document& b_document) {
  const Page* a = a_document.page;
  const Page* b = b_document.page;
  bool a_dated = a->meta.date.present();
  bool b_dated = b->meta.date.present();
  if (a_dated != b_dated) return a_dated;
  if (a_dated && !(a->meta.date.value == b->meta.date.value)) return b->meta.date.value < a->meta.date.value;
  if (a->meta.title.value != b->meta.title.value) return a->meta.title.value < b->meta.title.value;
  return a->rel_path < b->rel_path;
}

}  // namespace

std::vector<Document> site_documents(const Site& site) {
  std::vector<Document> documents;
  for (const auto& page : site.pages) {
    if (is_document(*page)) documents.push_back({page.get()});
  }
  std::sort(documents.begin(), documents.end(), newer_first);
  return documents;
}

std::vector<Document> documents_in(const std::vector<Document>& documents, const std::string& folder) {
  std::vector<Document> inside;
  for (const Document& document : documents) {
    const std::string& section = document.page->section;
    if (folder.empty() || section == folder || section.starts_with(folder + "/")) inside.push_back(document);
  }
  return inside;
}

}  // namespace cdp
