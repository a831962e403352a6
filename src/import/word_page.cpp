#include "import/word_page.h"

#include <cctype>
#include <map>

#include "import/file_kind.h"
#include "import/import_error.h"
#include "scaffold/new_files.h"

namespace cdp {

namespace {

// Text inside a TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
    else out += c;
  }
  return out + "\"";
}

std::string collapsed_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The summary: the report's purpose, or its first paragraph, cut after the first
// sentence that ends past 40 characters (at most 300 characters, at a word).
std::string summary_of(const DocxContent& content) {
  std::string text = collapsed_spaces(content.purpose);
  if (text.empty()) return collapsed_spaces(content.title);
  for (std::size_t at = 40; at < text.size() && at < 300; ++at) {
    if ((text[at] == '.' || text[at] == '?' || text[at] == '!') && (at + 1 == text.size() || text[at + 1] == ' ')) {
      return text.substr(0, at + 1);
    }
  }
  if (text.size() <= 300) return text;
  std::size_t cut = text.rfind(' ', 300);
  return text.substr(0, cut == std::string::npos ? 300 : cut) + "…";
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string guessed_kind(const DocxContent& content) {
  std::string title = lower(content.title);
  if (title.find("strategy") != std::string::npos) return "strategy";
  if (title.find("annual report") != std::string::npos) return "annual report";
  return "board report";
}

std::string front_matter(const DocxContent& content, const std::string& kind, const std::string& today) {
  std::string out = "+++\n";
  out += "title = " + toml_string(collapsed_spaces(content.title)) + "\n";
  out += "date = " + (content.modified.empty() ? today : content.modified) + "\n";
  out += "summary = " + toml_string(summary_of(content)) + "\n";
  out += "kind = " + toml_string(kind) + "\n";
  return out + "+++\n\n";
}

int lines_in(const std::string& text) {
  int lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

std::string plural(const std::string& what, int count) {
  static const std::map<std::string, std::string> irregular = {
      {"table of contents", "tables of contents"},
      {"header or footer", "headers and footers"},
      {"tracked deletion", "tracked deletions"},
      {"link to a file on the author's computer", "links to files on the author's computer"},
      {"link to a bookmark that is not a heading", "links to bookmarks that are not headings (kept as text)"},
      {"picture browsers cannot show", "pictures browsers cannot show"},
      {"merged table cell, left empty", "merged table cells, left empty"},
      {"merged heading cell, repeated", "merged heading cells, repeated"},
      {"table cell of several paragraphs, joined with \"; \"", "table cells of several paragraphs, joined with \"; \""},
      {"chart drawn by Word", "charts drawn by Word"},
  };
  if (count == 1) return "1 " + what;
  auto found = irregular.find(what);
  return std::to_string(count) + " " + (found != irregular.end() ? found->second : what + "s");
}

std::string listed(const std::string& label, const std::map<std::string, int>& counts) {
  std::string line;
  for (const auto& [what, count] : counts) line += (line.empty() ? "" : "; ") + plural(what, count);
  return line.empty() ? "" : label + line;
}

}  // namespace

WordPage make_word_page(const WordPageRequest& request) {
  require_docx(request.docx_name, request.docx_bytes);
  DocxContent content = read_docx(request.docx_bytes);
  WordPage page;
  page.name = request.name.empty() ? document_slug(content.title) : request.name;
  if (page.name.empty()) page.name = "imported-document";
  page.kind = request.kind.empty() ? guessed_kind(content) : request.kind;
  page.kind_guessed = request.kind.empty();
  std::string head = front_matter(content, page.kind, request.today);
  MarkdownOptions options;
  options.picture_folder = page.name + "/";
  options.first_line = lines_in(head) + 1;
  MarkdownText body = write_markdown(content.document, options);
  page.markdown = head + body.markdown + "\n[The original report](" + page.name + "/" + page.name + ".docx)\n";
  page.notes = std::move(body.notes);
  for (Picture& picture : content.document.pictures) page.files.emplace_back(picture.file_name, std::move(picture.bytes));
  page.files.emplace_back(page.name + ".docx", request.docx_bytes);
  page.tally = std::move(content.tally);
  return page;
}

std::vector<std::string> summary_lines(const WordPage& page) {
  std::vector<std::string> lines;
  for (const std::string& line : {listed("Came across: ", page.tally.kept), listed("Changed: ", page.tally.changed),
                                  listed("Left out: ", page.tally.dropped)}) {
    if (!line.empty()) lines.push_back(line);
  }
  if (page.kind_guessed) lines.push_back("Kind: " + page.kind + " (guessed from the title; give --kind to choose another)");
  return lines;
}

}  // namespace cdp
