#include "mustache/parser.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "core/suggest.h"
#include "mustache/lexer.h"

namespace cdp::mustache {

namespace {

// "page.date.year" -> page, date, year; "." -> nothing (the value itself).
std::vector<std::string> split_name(std::string_view name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  while (true) {
    std::size_t dot = name.find('.');
    parts.emplace_back(name.substr(0, dot));
    if (dot == std::string_view::npos) return parts;
    name.remove_prefix(dot + 1);
  }
}

NodeKind node_kind(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEscaped: return NodeKind::kEscaped;
    case TokenKind::kUnescaped: return NodeKind::kUnescaped;
    case TokenKind::kSection: return NodeKind::kSection;
    case TokenKind::kInverted: return NodeKind::kInverted;
    case TokenKind::kPartial: return NodeKind::kPartial;
    default: return NodeKind::kText;
  }
}

// A section opened and not yet closed, with what has been read inside it.
struct OpenSection {
  Node node;
  SourcePos pos;  // where it was opened
};

class Parser {
 public:
  Parser(Template& tmpl, Diagnostics& diagnostics) : tmpl_(tmpl), diagnostics_(diagnostics) {}

  int run() {
    Lexed lexed = lex(tmpl_.file, diagnostics_);
    problems_ = lexed.problems;
    for (const Token& token : lexed.tokens) add(token);
    for (const OpenSection& open : open_) {
      report(open.pos, "the section " + opening(open) + " is never closed",
             "add {{/" + open.node.text + "}} to close the section opened at line " + std::to_string(open.pos.line));
    }
    while (!open_.empty()) close_top();
    return problems_;
  }

 private:
  std::vector<Node>& current() { return open_.empty() ? tmpl_.nodes : open_.back().node.children; }

  void add(const Token& token) {
    switch (token.kind) {
      case TokenKind::kComment:
      case TokenKind::kDelimiters:
        return;
      case TokenKind::kText:
        return add_text(token.text);
      case TokenKind::kClose:
        return close_section(std::string(token.text), tmpl_.file.pos_at_offset(token.offset));
      default:
        break;
    }
    SourcePos pos = tmpl_.file.pos_at_offset(token.offset);
    Node node;
    node.kind = node_kind(token.kind);
    node.text = std::string(token.text);
    if (node.kind != NodeKind::kPartial) node.parts = split_name(token.text);
    node.line = pos.line;
    node.column = pos.column;
    node.indent = std::string(token.indent);
    if (node.kind == NodeKind::kSection || node.kind == NodeKind::kInverted) {
      open_.push_back({std::move(node), std::move(pos)});
    } else {
      current().push_back(std::move(node));
    }
  }

  // Text next to text (split at lines by the lexer) becomes one node.
  void add_text(std::string_view text) {
    std::vector<Node>& nodes = current();
    if (nodes.empty() || nodes.back().kind != NodeKind::kText) nodes.push_back(Node{});
    nodes.back().text += text;
  }

  // Ends the innermost open section, adding it to the one around it.
  void close_top() {
    Node node = std::move(open_.back().node);
    open_.pop_back();
    current().push_back(std::move(node));
  }

  void close_section(const std::string& name, const SourcePos& pos) {
    if (!open_.empty() && open_.back().node.text == name) return close_top();
    auto open = std::find_if(open_.rbegin(), open_.rend(), [&](const OpenSection& s) { return s.node.text == name; });
    if (open != open_.rend()) return close_crossing(name, pos, static_cast<std::size_t>(open_.rend() - open) - 1);
    if (auto it = closed_early_.find(name); it != closed_early_.end()) {
      closed_early_.erase(it);  // its error was reported where it was closed early
      return;
    }
    if (!open_.empty() && !closest_match(name, {open_.back().node.text}).empty()) {
      const OpenSection& top = open_.back();
      report(pos, "{{/" + name + "}} does not match the open section " + opening(top) + " (line " +
                      std::to_string(top.pos.line) + ")",
             "change it to {{/" + top.node.text + "}}");
      return close_top();
    }
    report(pos, "{{/" + name + "}} closes a section that was never opened",
           "remove it, or add {{#" + name + "}} before it");
  }

  // {{/name}} closes a section while sections opened inside it are still open: one
  // problem, reported here; their own {{/x}} later are then not reported again.
  void close_crossing(const std::string& name, const SourcePos& pos, std::size_t index) {
    const OpenSection& inner = open_.back();
    report(pos, "{{/" + name + "}} closes the wrong section: " + opening(inner) + " (line " +
                    std::to_string(inner.pos.line) + ") is still open",
           "add {{/" + inner.node.text + "}} before this {{/" + name + "}}");
    for (std::size_t i = index + 1; i < open_.size(); ++i) closed_early_.insert(open_[i].node.text);
    while (open_.size() > index) close_top();
  }

  static std::string opening(const OpenSection& open) {
    return std::string("{{") + (open.node.kind == NodeKind::kInverted ? '^' : '#') + open.node.text + "}}";
  }

  void report(const SourcePos& pos, std::string message, std::string hint) {
    ++problems_;
    diagnostics_.add(error_at(tmpl_.file, pos, std::move(message), std::move(hint)));
  }

  Template& tmpl_;
  Diagnostics& diagnostics_;
  std::vector<OpenSection> open_;            // sections not yet closed, outermost first
  std::multiset<std::string> closed_early_;  // sections closed by a crossing {{/x}}, already reported
  int problems_ = 0;
};

}  // namespace

int parse(Template& tmpl, Diagnostics& diagnostics) { return Parser(tmpl, diagnostics).run(); }

}  // namespace cdp::mustache
