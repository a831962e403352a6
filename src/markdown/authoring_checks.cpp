#include "markdown/authoring_checks.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>

#include "markdown/markdown_text.h"

namespace cdp {

namespace {

// A web address as link text longer than this is read out character by character.
constexpr int kLongestAddressText = 40;

// Link text that means nothing heard on its own, as normal_text gives it.
constexpr std::array<std::string_view, 13> kVagueTexts = {
    "click here", "here",       "click",       "read more",        "more", "more here", "this link",
    "link",       "this",       "find out more", "more information", "learn more", "this page"};

// Lower case ASCII, every run of other characters as one space, trimmed: "Read more…"
// -> "read more". Letters beyond ASCII are kept as they are.
std::string normal_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      out += static_cast<char>(std::tolower(byte));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Symbols of punctuation smart quotes make (…, ’) start with a byte over 0x7F and are
// not words: normal_text keeps them, so they are dropped here for the comparison.
std::string without_typographic_marks(std::string text) {
  for (std::string_view mark : {"\u2026", "\u2019", "\u2018", "\u201C", "\u201D", "\u00BB", "\u2192"}) {
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark)) text.replace(at, mark.size(), " ");
  }
  return text;
}

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

bool is_long_address(std::string_view text) {
  bool address = text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
  return address && text.find(' ') == std::string_view::npos && count_chars(text, text.size()) > kLongestAddressText;
}

bool has_type(cmark_node* node, const char* type) {
  const char* name = cmark_node_get_type_string(node);
  return name && std::strcmp(name, type) == 0;
}

std::string hashes(int level) { return std::string(static_cast<std::size_t>(level), '#'); }

std::string destination(cmark_node* link) {
  const char* url = cmark_node_get_url(link);
  return url ? url : "";
}

}  // namespace

bool is_marked_decorative(std::string_view title) { return normal_text(title) == "decorative"; }

bool is_vague_link_text(std::string_view text) {
  std::string words = normal_text(without_typographic_marks(std::string(text)));
  if (std::find(kVagueTexts.begin(), kVagueTexts.end(), words) != kVagueTexts.end()) return true;
  return is_long_address(trimmed(text));
}

AuthoringChecker::AuthoringChecker(AuthoringCheckSetup setup)
    : setup_(std::move(setup)), previous_level_(setup_.heading_level_above) {}

void AuthoringChecker::enter(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_IMAGE: check_image(node); break;
    case CMARK_NODE_HEADING: check_heading(node); break;
    case CMARK_NODE_LINK: check_link(node); break;
    default:
      if (has_type(node, "table")) check_table(node);
      break;
  }
}

void AuthoringChecker::check_image(cmark_node* image) {
  const char* title = cmark_node_get_title(image);
  if (is_marked_decorative(title ? title : "") || !trimmed(plain_text(image)).empty()) return;
  report(AuthoringRule::kImageWithoutDescription, image,
         "this image has no description, so someone who cannot see it is told nothing about it",
         "describe what it shows between the square brackets, e.g. ![Bar chart: deaths fell from 5.9 to 5.7 per "
         "100,000](chart.png); if it is only decoration, write ![](" + destination(image) + " \"decorative\")");
}

void AuthoringChecker::check_heading(cmark_node* heading) {
  int level = cmark_node_get_heading_level(heading);
  int above = setup_.heading_level_above;
  if (level <= above) {
    std::string where = above == 1 ? "the page title is already the page's main heading"
                                   : "this text is shown under a heading of level " + std::to_string(above) + " (" +
                                         hashes(above) + ")";
    report(AuthoringRule::kTitleHeadingInBody, heading,
           "a heading of level " + std::to_string(level) + " (" + hashes(level) + ") here breaks the outline of the page: " +
               where,
           "start its headings at " + hashes(above + 1) + ", and use " + hashes(above + 2) + " for the parts within them");
  } else if (level > previous_level_ + 1) {
    std::string previous = previous_level_ == above && above == 1
                               ? "the page title (level 1)"
                               : "level " + std::to_string(previous_level_) + " (" + hashes(previous_level_) + ")";
    report(AuthoringRule::kSkippedHeadingLevel, heading,
           "this heading skips from " + previous + " to level " + std::to_string(level) + " (" + hashes(level) +
               "): screen reader users move around a page by its headings, and a skipped level looks like a "
               "missing part",
           "write it as " + hashes(previous_level_ + 1) + ", or add the " + hashes(previous_level_ + 1) +
               " heading that should come before it");
  }
  previous_level_ = std::max(level, above);
}

void AuthoringChecker::check_link(cmark_node* link) {
  std::string text = trimmed(plain_text(link));
  if (text.empty()) {
    report(AuthoringRule::kEmptyLinkText, link,
           "this link has no text, so a screen reader can only read out its address",
           "write what it goes to between the square brackets, e.g. [Annual report 2024](annual-report.md)");
    return;
  }
  if (is_long_address(text)) {
    report(AuthoringRule::kVagueLinkText, link,
           "the text of this link is a long web address, which a screen reader reads out character by character",
           "give the link a name that says where it goes: [Name of the page or document](" +
               destination(link) + ")");
  } else if (is_vague_link_text(text)) {
    report(AuthoringRule::kVagueLinkText, link,
           "the link text \"" + text + "\" says nothing about where it goes: screen reader users often hear a "
               "page's links on their own, out of context",
           "say where it goes, e.g. [read the annual report 2024](annual-report.md) instead of [click here]");
  } else {
    links_.push_back({link, normal_text(without_typographic_marks(text)), text});
  }
}

void AuthoringChecker::check_table(cmark_node* table) {
  cmark_node* header = cmark_node_first_child(table);
  if (!header || !cmark_gfm_extensions_get_table_row_is_header(header)) return;
  std::vector<cmark_node*> empty;
  int cells = 0;
  for (cmark_node* cell = cmark_node_first_child(header); cell; cell = cmark_node_next(cell), ++cells) {
    if (trimmed(plain_text(cell)).empty()) empty.push_back(cell);
  }
  if (empty.empty()) return;
  if (static_cast<int>(empty.size()) == cells) {
    report(AuthoringRule::kTableWithoutHeader, table,
           "this table's header row is empty, so a screen reader cannot say what any column holds",
           "write a heading for each column in the first row, e.g. | Year | People in treatment |");
    return;
  }
  for (cmark_node* cell : empty) {
    report(AuthoringRule::kEmptyTableHeader, cell,
           "this column has no heading, so a screen reader cannot say what its cells hold",
           "write a heading for it in the table's first row, e.g. | Year | People in treatment |");
  }
}

void AuthoringChecker::check_link_destinations() {
  std::unordered_map<std::string, cmark_node*> first_with_text;
  for (const SeenLink& link : links_) {
    auto [first, added] = first_with_text.try_emplace(link.key, link.node);
    if (added || destination(first->second) == destination(link.node)) continue;
    report(AuthoringRule::kSameLinkTextDifferentPlaces, link.node,
           "the link text \"" + link.text + "\" goes to a different place from the same text at line " +
               std::to_string(setup_.position(first->second).line) + ", so a reader cannot tell the two links apart",
           "make each link's text say where it goes, e.g. add the year or the name of the document");
  }
}

void AuthoringChecker::report(AuthoringRule rule, cmark_node* node, std::string message, std::string hint) {
  SourcePos pos = setup_.position(node);
  Diagnostic d = setup_.file ? error_at(*setup_.file, pos, std::move(message), std::move(hint))
                             : error_in(pos.file, std::move(message), std::move(hint));
  d.pos = pos;
  d.severity = setup_.severities->of(rule);
  d.rule = std::string(term(rule).name);
  setup_.diagnostics->add(std::move(d));
}

}  // namespace cdp
