#include "markdown/document_links.h"

#include <array>
#include <cctype>
#include <vector>

#include "format/format.h"

namespace cdp {

namespace {

struct DocumentType {
  std::string_view extension;           // "pdf", without the dot, lower case
  std::string_view name;                // what the link says, "PDF"
  std::vector<std::string_view> words;  // words in link text that already say so, lower case
};

const std::array<DocumentType, 10>& document_types() {
  static const std::array<DocumentType, 10> types = {{
      {"pdf", "PDF", {"pdf"}},
      {"doc", "Word document", {"word", "doc", "docx"}},
      {"docx", "Word document", {"word", "doc", "docx"}},
      {"odt", "OpenDocument text", {"odt", "opendocument"}},
      {"xls", "Excel spreadsheet", {"excel", "xls", "xlsx", "spreadsheet"}},
      {"xlsx", "Excel spreadsheet", {"excel", "xls", "xlsx", "spreadsheet"}},
      {"ods", "OpenDocument spreadsheet", {"ods", "opendocument", "spreadsheet"}},
      {"csv", "CSV", {"csv", "spreadsheet"}},
      {"ppt", "PowerPoint", {"powerpoint", "ppt", "pptx", "slides"}},
      {"pptx", "PowerPoint", {"powerpoint", "ppt", "pptx", "slides"}},
  }};
  return types;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "reports/Annual.PDF?download=1#page=2" -> "pdf".
std::string extension_of(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  std::size_t slash = url.rfind('/');
  std::string_view name = slash == std::string_view::npos ? url : url.substr(slash + 1);
  std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? "" : lower(name.substr(dot + 1));
}

const DocumentType* type_of(std::string_view url) {
  std::string extension = extension_of(url);
  for (const DocumentType& type : document_types()) {
    if (type.extension == extension) return &type;
  }
  return nullptr;
}

// The words of `text`, lower case: runs of ASCII letters and digits.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

bool names_type(std::string_view link_text, const DocumentType& type) {
  for (const std::string& word : words_of(link_text)) {
    for (std::string_view said : type.words) {
      if (word == said) return true;
    }
  }
  return false;
}

}  // namespace

bool is_document_url(std::string_view url) { return type_of(url) != nullptr; }

std::optional<std::string> document_label(std::string_view url, std::string_view link_text,
                                          std::optional<std::uintmax_t> bytes) {
  const DocumentType* type = type_of(url);
  if (!type || names_type(link_text, *type)) return std::nullopt;
  std::string label(type->name);
  if (bytes) label += ", " + format_file_size(*bytes);
  return label;
}

}  // namespace cdp
