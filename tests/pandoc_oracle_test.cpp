// Pandoc as an oracle for `cdpsite import`: for every file of the .docx corpus, the text
// and structure of the page cdpsite builds from the import match what `pandoc -f docx
// -t html` reads from the same file, once both pass through `comparable`, the normaliser
// below. Pandoc is a test-only tool (scripts/install-deps --test); this test runs in the
// normal build only, not under the sanitizers (pandoc is not instrumented, and the
// comparison adds nothing there).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <regex>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(CDPSITE_TEST_DATA) / "import/docx";

std::string output_of(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t got; (got = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, got);
  pclose(pipe);
  return out;
}

std::string decoded(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + character.size())) {
      text.replace(at, entity.size(), character);
    }
  }
  return text;
}

// What the comparison sees of a page: one line per block, in order.
//   "h<level>: text"  a heading, its level counted from the document's biggest (0)
//   "text: text"      a paragraph or list item: pandoc makes Word's numbered paragraphs
//                     an <ol>, cdpsite keeps the number as text ("1.1 To note."), so the
//                     two are one kind, and a leading paragraph number is taken off both
//   "cell: text"      a table cell, its paragraphs joined with "; " as cdpsite joins them
//                     (GFM's cells are one line); a heading cell spread over columns
//                     once for each column (cdpsite repeats it, pandoc writes colspan);
//                     cells left empty by a merge are dropped with every empty block
//   "img: "           a picture (pandoc 2.17 does not read Word's alt text, so only
//                     that there is a picture is compared; import's own tests check alt)
//   "link: href"      a link to outside the page (to the web or an email address);
//                     footnote back-links and links inside the page are left out, as
//                     their ids differ between the two by design
// Blocks without text are dropped (pandoc wraps an item's text in <p>, cdpsite does not),
// and so are footnotes' back-link arrows; curly quotes count as straight ones (cdpsite's
// smart punctuation curls what Word left straight).
std::vector<std::string> comparable(const std::string& html) {
  static const std::regex tag(R"(<(/?)([a-zA-Z0-9]+)([^>]*)>)");
  static const std::regex number(R"(^(\(?[0-9]+(\.[0-9]+)*[.)]?|\(?[a-zA-Z]{1,4}[.)]|\([a-zA-Z]{1,4}\))\s+)");
  std::vector<std::pair<std::string, std::string>> blocks;  // kind, text
  std::vector<std::string> links;
  bool in_cell = false;       // inside a <td> or <th>: its paragraphs are one cell
  bool cell_has_text = false; // the open cell's first paragraph has begun
  std::vector<std::pair<std::size_t, int>> repeats;  // heading cells spread over columns, and how many
  std::size_t at = 0;
  auto add_text = [&](const std::string& text) {
    if (!blocks.empty()) blocks.back().second += text;
  };
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    add_text(html.substr(at, static_cast<std::size_t>(it->position()) - at));
    at = static_cast<std::size_t>(it->position() + it->length());
    std::string name = (*it)[2];
    if ((*it)[1] == "/") {
      if (name == "td" || name == "th") in_cell = false;
      continue;
    }
    std::string attributes = " " + std::regex_replace(std::string((*it)[3]), std::regex(R"(\s+)"), " ");
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') blocks.push_back({name, ""});
    else if ((name == "p" || name == "li") && in_cell) {
      std::string& cell = blocks.back().second;
      while (!cell.empty() && std::isspace(static_cast<unsigned char>(cell.back()))) cell.pop_back();
      cell += cell_has_text ? "; " : "";
      cell_has_text = true;
    }
    else if (name == "p" || name == "li") blocks.push_back({"text", ""});
    else if (name == "td" || name == "th") {
      blocks.push_back({"cell", ""});
      in_cell = true;
      cell_has_text = false;
      std::smatch span;
      if (name == "th" && std::regex_search(attributes, span, std::regex("colspan=\"([0-9]+)\""))) repeats.push_back({blocks.size() - 1, std::stoi(span[1])});
    }
    else if (name == "img") {
      blocks.push_back({"img", ""});
    }
    else if (name == "a") {
      std::vector<std::string> href = attribute_values("<a" + attributes + ">", "href");
      if (!href.empty() && (href[0].starts_with("http") || href[0].starts_with("mailto:"))) links.push_back("link: " + href[0]);
    }
  }
  for (auto repeat = repeats.rbegin(); repeat != repeats.rend(); ++repeat) {
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(repeat->first) + 1, static_cast<std::size_t>(repeat->second - 1), blocks[repeat->first]);
  }
  int biggest = 7;
  for (const auto& [kind, text] : blocks) {
    if (kind[0] == 'h') biggest = std::min(biggest, kind[1] - '0');
  }
  std::vector<std::string> lines;
  for (auto [kind, text] : blocks) {
    text = decoded(text);
    for (const char* arrow : {"\u21a9\ufe0e", "\u21a9"}) {
      for (std::size_t found = text.find(arrow); found != std::string::npos; found = text.find(arrow)) text.erase(found, std::string(arrow).size());
    }
    for (const auto& [curly, straight] : {std::pair<std::string, std::string>{"\u2018", "'"}, {"\u2019", "'"}, {"\u201c", "\""}, {"\u201d", "\""}}) {
      for (std::size_t found = text.find(curly); found != std::string::npos; found = text.find(curly)) text.replace(found, curly.size(), straight);
    }
    std::string collapsed = std::regex_replace(text, std::regex(R"(\s+)"), " ");
    collapsed = std::regex_replace(collapsed, std::regex("^ | $"), "");
    if (kind != "img") collapsed = std::regex_replace(collapsed, number, "");
    if (collapsed.empty() && kind != "img") continue;
    if (kind[0] == 'h') kind = "h" + std::to_string(kind[1] - '0' - biggest);
    lines.push_back(kind + ": " + collapsed);
  }
  lines.insert(lines.end(), links.begin(), links.end());
  return lines;
}

// The Markdown body of a page cdpsite built: inside its prose, without the link to the
// copy of the Word file that the import adds, and without the theme's "Back to top"
// link after a long page's text.
std::string built_body(const std::string& page) {
  std::size_t start = page.find("<div class=\"prose\">");
  std::size_t end = page.find("</article>");
  std::string body = page.substr(start, end - start);
  std::size_t copy = body.find("<p><a href=\"page.docx\">The original report");
  if (copy != std::string::npos) body.erase(copy, body.find("</p>", copy) + 4 - copy);
  std::size_t back = body.find("<p class=\"back-to-top\">");
  if (back != std::string::npos) body.erase(back, body.find("</p>", back) + 4 - back);
  return body;
}

// What pandoc 2.17 (Debian's) leaves out of a corpus file that cdpsite keeps, by file:
// the lines cdpsite has beyond pandoc's, in order. Pandoc reads no text boxes.
const std::map<std::string, std::vector<std::string>> kPandocLeavesOut = {
    {"handmade-text-boxes.docx", {"text: Sam's story: treatment helped."}},
};

// What pandoc keeps that cdpsite leaves out by design, by file: a table of contents
// (the page has its own headings), and a one-column table, which cdpsite reads as the
// paragraphs it holds (a box around text, not a table of figures).
const std::map<std::string, std::vector<std::string>> kCdpsiteLeavesOut = {
    {"handmade-bookmarks-fields.docx", {"text: Background 1"}},
    {"handmade-merged-cells.docx", {"cell: A one-column table is read as its paragraph."}},
};

// `lines` without those of `left_out`, each taken once, in order.
std::vector<std::string> without(std::vector<std::string> lines, const std::vector<std::string>& left_out) {
  for (const std::string& line : left_out) {
    auto found = std::find(lines.begin(), lines.end(), line);
    if (found != lines.end()) lines.erase(found);
  }
  return lines;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}

TEST(PandocOracle, EveryCorpusFileReadsAsPandocReadsIt) {
  if (sanitized()) GTEST_SKIP() << "pandoc is compared in the normal build only";
  ASSERT_FALSE(output_of("pandoc --version").empty()) << "pandoc is needed: scripts/install-deps --test installs it";
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    TempDir dir;
    dir.write("content/site.toml", "title = \"Testshire CDP\"\n");
    RunResult imported = run_cdpsite({"import", entry.path().string(), "--name", "page"}, dir.path());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    RunResult build = run_cdpsite({"build"}, dir.path());
    ASSERT_EQ(build.exit_code, 0) << entry.path() << build.err;
    std::vector<std::string> ours = comparable(built_body(slurp(dir.path() / "site/page/index.html")));
    std::vector<std::string> pandoc = comparable(output_of("pandoc -f docx -t html '" + entry.path().string() + "'"));
    auto left_out = kPandocLeavesOut.find(entry.path().filename().string());
    if (left_out != kPandocLeavesOut.end()) ours = without(ours, left_out->second);
    auto by_design = kCdpsiteLeavesOut.find(entry.path().filename().string());
    if (by_design != kCdpsiteLeavesOut.end()) pandoc = without(pandoc, by_design->second);
    if (by_design != kCdpsiteLeavesOut.end() && entry.path().filename() == "handmade-merged-cells.docx") {
      ours = without(ours, {"text: A one-column table is read as its paragraph."});
    }
    EXPECT_EQ(ours, pandoc) << entry.path();
  }
}

}  // namespace
}  // namespace cdp::testing
