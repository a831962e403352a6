#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "core/html.h"
#include "markdown/authoring_checks.h"
#include "markdown/document_links.h"
#include "markdown/link_address.h"
#include "markdown/markdown_arena.h"
#include "markdown/markdown_text.h"

namespace cdp {

namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

void register_extensions_once() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

// A node from the page's arena, as every other node of its tree.
cmark_node* new_node(cmark_node_type type) { return cmark_node_new_with_mem(type, MarkdownArenaScope::allocator()); }

// A parser with the GFM extensions attached.
ParserPtr make_parser(int options) {
  register_extensions_once();
  ParserPtr parser(cmark_parser_new_with_mem(options, MarkdownArenaScope::allocator()));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  return parser;
}

std::string render_html(cmark_node* node, int options, cmark_parser* parser) {
  cmark_mem* memory = MarkdownArenaScope::allocator();
  char* html = cmark_render_html_with_mem(node, options, cmark_parser_get_syntax_extensions(parser), memory);
  std::string result(html);
  memory->free(html);
  return result;
}

// A footnote cited twice gets a second link back, shown as "↩2" but named "Back to
// content" by cmark-gfm: a speech-recognition user saying what they see would miss it
// (WCAG 2.5.3). Its name becomes "Back to reference 2".
std::string label_repeated_backrefs(std::string html) {
  static constexpr std::string_view kName = "aria-label=\"Back to content\">";
  static constexpr std::string_view kRepeat = "↩<sup class=\"footnote-ref\">";
  // Found by what follows the name: "↩" is rare in a page, the name's first letter is not.
  for (std::size_t found = html.find(kRepeat); found != std::string::npos; found = html.find(kRepeat, found + 1)) {
    if (found < kName.size() || html.compare(found - kName.size(), kName.size(), kName) != 0) continue;
    std::size_t number = found + kRepeat.size();
    std::size_t end = html.find('<', number);
    if (end == std::string::npos) break;
    std::size_t at = found - kName.size();
    html.replace(at, kName.size(), "aria-label=\"Back to reference " + html.substr(number, end - number) + "\">");
    found = at;
  }
  return html;
}

// A table, with the text of the heading nearest before it ("" when none is).
struct TableUnderHeading {
  cmark_node* table = nullptr;
  std::string heading;  // plain text, e.g. "Funding in 2023/24"
};

// The nodes that rendering changes, in document order, gathered in one walk so the
// tree can be changed afterwards.
struct NodesToChange {
  std::vector<cmark_node*> links;     // links and images
  std::vector<cmark_node*> raw_html;  // inline and block HTML
  std::vector<cmark_node*> headings;
  std::vector<TableUnderHeading> tables;
};

bool is_table(cmark_node* node) {
  const char* type = cmark_node_get_type_string(node);
  return type && std::string_view(type) == "table";
}

// The same walk shows each node to the authoring checks, when there are any.
NodesToChange nodes_to_change(cmark_node* root, AuthoringChecker* checker) {
  NodesToChange found;
  std::string last_heading;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    if (checker) checker->enter(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: found.links.push_back(node); break;
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_HTML_BLOCK: found.raw_html.push_back(node); break;
      case CMARK_NODE_HEADING:
        found.headings.push_back(node);
        last_heading = plain_text(node);
        break;
      default:
        if (is_table(node)) found.tables.push_back({node, last_heading});
        break;
    }
  }
  cmark_iter_free(iter);
  return found;
}

void replace_node(cmark_node* old_node, cmark_node* new_node) {
  cmark_node_insert_before(old_node, new_node);
  cmark_node_free(old_node);  // also unlinks it
}

// Shows raw HTML the writer typed as text: the site has not allowed it through.
void turn_raw_html_into_text(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  const char* literal = cmark_node_get_literal(node);
  std::string text = literal ? literal : "";
  if (type == CMARK_NODE_HTML_INLINE) {
    cmark_node* replacement = new_node(CMARK_NODE_TEXT);
    cmark_node_set_literal(replacement, text.c_str());
    replace_node(node, replacement);
  } else if (type == CMARK_NODE_HTML_BLOCK) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    cmark_node* paragraph = new_node(CMARK_NODE_PARAGRAPH);
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (start > 0) cmark_node_append_child(paragraph, new_node(CMARK_NODE_LINEBREAK));
      cmark_node* line = new_node(CMARK_NODE_TEXT);
      cmark_node_set_literal(line, text.substr(start, end - start).c_str());
      cmark_node_append_child(paragraph, line);
      start = end + 1;
    }
    replace_node(node, paragraph);
  }
}

bool is_dangerous_url(const std::string& url, bool is_image) {
  std::size_t start = 0;
  while (start < url.size() && static_cast<unsigned char>(url[start]) <= ' ') ++start;
  std::string scheme;
  for (std::size_t i = start; i < url.size() && scheme.size() < 16; ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (c == '\t' || c == '\n' || c == '\r') continue;  // browsers ignore these inside schemes
    scheme += static_cast<char>(std::tolower(c));
  }
  for (const char* bad : {"javascript:", "vbscript:", "file:"}) {
    if (scheme.starts_with(bad)) return true;
  }
  if (!scheme.starts_with("data:")) return false;
  if (!is_image) return true;
  std::string lower = url.substr(start);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* safe : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
    if (lower.starts_with(safe)) return false;
  }
  return true;
}

// Where each line of a text starts, for text whose bytes map to the file one by one.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// Finds where a node of the tree was written in the file.
class NodePositions {
 public:
  NodePositions(std::string_view markdown, const MarkdownSource& source) : markdown_(markdown), source_(source) {}

  SourcePos operator()(cmark_node* node) const {
    int line = cmark_node_get_start_line(node);
    int column = cmark_node_get_start_column(node);
    bool own = line > 0;
    for (cmark_node* parent = node; line == 0 && parent; parent = cmark_node_parent(parent)) {
      line = cmark_node_get_start_line(parent);
      column = cmark_node_get_start_column(parent);
    }
    if (!own && line > 0 && cmark_node_get_type(node) == CMARK_NODE_LINK) find_written(node, line, column);
    if (!source_.file) return {"", line, column};
    if (!source_.file_offsets) return source_.file->pos_at(source_.first_line + line - 1, column);
    const std::vector<std::size_t>& starts = line_starts_of_text();
    std::size_t line_index = std::min(static_cast<std::size_t>(std::max(line, 1)) - 1, starts.size() - 1);
    std::size_t offset = std::min(starts[line_index] + static_cast<std::size_t>(std::max(column, 1) - 1),
                                  source_.file_offsets->size() - 1);
    return source_.file->pos_at_offset((*source_.file_offsets)[offset]);
  }

 private:
  const std::vector<std::size_t>& line_starts_of_text() const {
    if (!starts_) starts_ = line_starts(markdown_);
    return *starts_;
  }

  // A web address that the autolink extension made into a link has no position of its
  // own, only its paragraph's: it is found as written, from where the paragraph starts.
  void find_written(cmark_node* link, int& line, int& column) const {
    const std::vector<std::size_t>& starts = line_starts_of_text();
    if (static_cast<std::size_t>(line) > starts.size()) return;
    std::size_t from = starts[static_cast<std::size_t>(line) - 1] + static_cast<std::size_t>(std::max(column, 1) - 1);
    std::size_t at = markdown_.find(plain_text(link), std::min(from, markdown_.size()));
    if (at == std::string_view::npos) return;
    auto after = std::upper_bound(starts.begin(), starts.end(), at);
    line = static_cast<int>(after - starts.begin());
    column = static_cast<int>(at - *(after - 1)) + 1;
  }

  std::string_view markdown_;                              // the text
  const MarkdownSource& source_;                           // the text's file
  mutable std::optional<std::vector<std::size_t>> starts_; // where each line of the text starts, once needed
};

// A purely decorative image gets an empty description and no title.
void mark_decorative(cmark_node* image) {
  cmark_node_set_title(image, "");
  while (cmark_node* child = cmark_node_first_child(image)) cmark_node_free(child);
}

// "Annual report" -> "Annual report (PDF, 2.1 MB)", inside the link.
void label_document_link(cmark_node* link, const std::string& written, const RewrittenLink& rewritten) {
  std::optional<std::string> label = document_label(written, plain_text(link), rewritten.bytes);
  if (!label) return;
  cmark_node* text = new_node(CMARK_NODE_TEXT);
  cmark_node_set_literal(text, (" (" + *label + ")").c_str());
  cmark_node_append_child(link, text);
}

// Where a link's problems go: the list, and the file they are in (nullptr: no excerpt).
struct LinkProblems {
  Diagnostics* diagnostics;
  const SourceFile* file;
};

// Reports an address no page may publish (a file on the writer's computer, a scheme
// other than http, https, mailto and tel); true when it did.
bool report_unpublishable(const std::string& written, bool is_image, SourcePos pos, const LinkProblems& problems) {
  if (!problems.diagnostics) return false;
  std::optional<LinkAddressProblem> problem = link_address_problem(written, is_image);
  if (!problem) return false;
  std::string message = (is_image ? "broken image: " : "broken link: ") + problem->message;
  Diagnostic d = problems.file ? error_at(*problems.file, pos, std::move(message), std::move(problem->hint))
                               : error_in(pos.file, std::move(message), std::move(problem->hint));
  d.pos = pos;
  problems.diagnostics->add(std::move(d));
  return true;
}

void rewrite_link(cmark_node* node, const NodePositions& position, const LinkRewriter& rewrite,
                  const LinkProblems& problems) {
  const char* url = cmark_node_get_url(node);
  bool is_image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
  std::string written = url ? url : "";
  RewrittenLink target(written);
  if (!written.empty() && report_unpublishable(written, is_image, position(node), problems)) {
    target.url.clear();
  } else if (rewrite && !written.empty()) {
    target = rewrite(LinkRef{written, position(node), is_image});
  }
  if (is_dangerous_url(target.url, is_image)) target.url.clear();
  cmark_node_set_url(node, target.url.c_str());
  if (is_image) {
    const char* title = cmark_node_get_title(node);
    if (is_marked_decorative(title ? title : "")) mark_decorative(node);
  } else if (!target.url.empty()) {
    label_document_link(node, written, target);
  }
}

// Ids already given on a page: each base slug's last suffix, and every id taken.
struct UsedIds {
  std::map<std::string, int> suffix;  // base slug -> last number appended
  std::set<std::string> taken;        // ids in use
};

std::string unique_id(const std::string& base, UsedIds& used) {
  std::string id = base;
  int& suffix = used.suffix[base];
  while (used.taken.count(id)) id = base + "-" + std::to_string(++suffix);
  used.taken.insert(id);
  return id;
}

// Replaces a heading with the same heading carrying a unique id (cmark-gfm has no
// attribute API, so the heading is rendered here and kept as an HTML block).
Heading add_heading_id(cmark_node* node, UsedIds& used, int options, cmark_parser* parser) {
  Heading heading;
  heading.level = cmark_node_get_heading_level(node);
  heading.text = plain_text(node);
  heading.id = unique_id(heading_slug(heading.text), used);
  std::string html = render_html(node, options, parser);  // "<h2>inner</h2>\n"
  std::size_t open_end = html.find('>');
  std::size_t close = html.rfind("</h");
  std::string inner = html.substr(open_end + 1, close - open_end - 1);
  std::string tag = "h" + std::to_string(heading.level);
  cmark_node* block = new_node(CMARK_NODE_HTML_BLOCK);
  std::string literal = "<" + tag + " id=\"" + escape_html(heading.id) + "\">" + inner + "</" + tag + ">\n";
  cmark_node_set_literal(block, literal.c_str());
  replace_node(node, block);
  return heading;
}

// The name of a table's scrolling box: the nearest heading before it, or else its
// header cells ("Table: Measure, 2022/23, 2023/24"), since a GFM table has no caption.
std::string table_name(const TableUnderHeading& found) {
  if (!found.heading.empty()) return found.heading;
  std::string cells;
  cmark_node* header_row = cmark_node_first_child(found.table);
  for (cmark_node* cell = header_row ? cmark_node_first_child(header_row) : nullptr; cell; cell = cmark_node_next(cell)) {
    cells += (cells.empty() ? "" : ", ") + plain_text(cell);
  }
  return "Table: " + cells;
}

cmark_node* html_block(const std::string& literal) {
  cmark_node* block = new_node(CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(block, literal.c_str());
  return block;
}

// Puts each table in a box that scrolls sideways on a phone instead of the page. The
// box takes keyboard focus, so its hidden columns can be scrolled into view without a
// mouse (WCAG 2.1.1), and is a region named after the table, so a screen reader says
// what it is on reaching it. Two tables under one heading get distinct names.
void wrap_tables_in_scrolling_boxes(const std::vector<TableUnderHeading>& tables) {
  std::map<std::string, int> times_named;
  for (const TableUnderHeading& found : tables) {
    std::string name = table_name(found);
    if (int count = ++times_named[name]; count > 1) name += " (table " + std::to_string(count) + ")";
    cmark_node_insert_before(found.table, html_block("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                                                     escape_html(name) + "\">\n"));
    cmark_node_insert_after(found.table, html_block("</div>\n"));
  }
}

bool is_ascii_alnum(unsigned char c) { return std::isalnum(c) && c < 0x80; }

// Typographic punctuation that smart quotes produce, dropped from ids like ASCII punctuation.
std::size_t unicode_punctuation_length(std::string_view text, std::size_t at) {
  if (static_cast<unsigned char>(text[at]) < 0x80) return 0;  // every mark starts with a non-ASCII byte
  for (std::string_view mark : {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u00A3"}) {
    if (text.substr(at, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// Stands for the second '{' of the shortcode opening i while the Markdown is parsed to
// find where each opening lands. Letters and digits are plain text to every rule of
// CommonMark and GFM (no extension splits text at them; GFM's autolinks look for 'w'
// and ':', and neither is here), and they sit between '{' and '<' or '%', where no
// delimiter run can touch them, so the text parses as the original does (except that a
// link label holding a shortcode no longer matches its twin: shortcodes in labels are
// text either way).
constexpr std::string_view kPlaceMark = "cdpsiteplace";
constexpr char kPlaceMarkEnd = 'z';

std::string with_place_marks(std::string_view markdown, const std::vector<std::size_t>& starts) {
  std::string marked;
  marked.reserve(markdown.size() + starts.size() * (kPlaceMark.size() + 8));
  std::size_t copied = 0;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    std::size_t second_brace = starts[i] + 1;
    marked.append(markdown.substr(copied, second_brace - copied));
    marked.append(kPlaceMark).append(std::to_string(i)) += kPlaceMarkEnd;
    copied = second_brace + 1;
  }
  marked.append(markdown.substr(copied));
  return marked;
}

// Sets found[i] for every place mark i in `text`.
void mark_places_found(std::string_view text, std::vector<bool>& found) {
  for (std::size_t at = text.find(kPlaceMark); at != std::string_view::npos; at = text.find(kPlaceMark, at + 1)) {
    std::size_t digits = at + kPlaceMark.size();
    std::size_t end = digits;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end == digits || end >= text.size() || text[end] != kPlaceMarkEnd || end - digits > 9) continue;
    std::size_t index = std::stoul(std::string(text.substr(digits, end - digits)));
    if (index < found.size()) found[index] = true;
  }
}

}  // namespace

std::vector<bool> rendered_as_text(std::string_view markdown, const std::vector<std::size_t>& starts) {
  std::vector<bool> as_text(starts.size(), false);
  if (starts.empty()) return as_text;
  MarkdownArenaScope arena;  // first: outlives the parser and the document
  std::string marked = with_place_marks(markdown, starts);
  ParserPtr parser = make_parser(CMARK_OPT_FOOTNOTES);
  cmark_parser_feed(parser.get(), marked.data(), marked.size());
  NodePtr document(cmark_parser_finish(parser.get()));
  cmark_iter* iter = cmark_iter_new(document.get());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT) continue;
    if (const char* literal = cmark_node_get_literal(node)) mark_places_found(literal, as_text);
  }
  cmark_iter_free(iter);
  return as_text;
}

std::string heading_slug(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::size_t skip = unicode_punctuation_length(text, i)) {
      i += skip - 1;
      continue;
    }
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (!is_ascii_alnum(c) && c < 0x80) continue;
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
  }
  return slug.empty() ? "section" : slug;
}

RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownSource& source,
                                 const MarkdownOptions& options, const LinkRewriter& rewrite,
                                 Diagnostics* diagnostics) {
  MarkdownArenaScope arena;  // first: outlives the parser, the document and its HTML
  int parse_options = CMARK_OPT_FOOTNOTES | (options.smart_punctuation ? CMARK_OPT_SMART : 0);
  ParserPtr parser = make_parser(parse_options);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  NodePtr document(cmark_parser_finish(parser.get()));
  // Everything below that stays raw HTML is ours, so rendering may let raw HTML through.
  int render_options = parse_options | CMARK_OPT_UNSAFE;
  RenderedMarkdown rendered;
  UsedIds used_ids;
  NodePositions position(markdown, source);
  std::optional<AuthoringChecker> checker;
  if (options.checks && diagnostics) {
    checker.emplace(AuthoringCheckSetup{options.checks, diagnostics, source.file, position, source.heading_level_above});
  }
  NodesToChange nodes = nodes_to_change(document.get(), checker ? &*checker : nullptr);
  for (cmark_node* node : nodes.links) rewrite_link(node, position, rewrite, {diagnostics, source.file});
  if (checker) checker->check_link_destinations();  // before headings, and the links in them, are replaced
  if (!options.raw_html) {
    for (cmark_node* node : nodes.raw_html) turn_raw_html_into_text(node);
  }
  for (cmark_node* heading : nodes.headings) {
    rendered.headings.push_back(add_heading_id(heading, used_ids, render_options, parser.get()));
  }
  wrap_tables_in_scrolling_boxes(nodes.tables);
  rendered.html = label_repeated_backrefs(render_html(document.get(), render_options, parser.get()));
  return rendered;
}

std::string render_inline_markdown(std::string_view markdown) {
  if (markdown.empty()) return "";  // most figures have no note: no parser is set up for them
  RenderedMarkdown rendered = render_markdown(markdown, {}, MarkdownOptions{}, {});
  std::string& html = rendered.html;
  bool single_paragraph = html.starts_with("<p>") && html.ends_with("</p>\n") &&
                          html.find("<p>", 3) == std::string::npos;
  return single_paragraph ? html.substr(3, html.size() - 8) : html;
}

}  // namespace cdp
