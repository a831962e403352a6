#include "mustache/lexer.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace cdp::mustache {

namespace {

constexpr std::string_view kTagKinds =
    "tags are {{name}}, {{{html}}}, {{#section}}, {{^inverted}}, {{/end}}, {{> partial}} or {{! comment}}";
constexpr std::string_view kDefaultOpen = "{{";
constexpr std::string_view kDefaultClose = "}}";

// Trims spaces only, as mstch did: a tab or line break stays in the name, where it is
// reported, since no value's name has one.
std::string_view trim_spaces(std::string_view text) {
  std::size_t start = text.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  return text.substr(start, text.find_last_not_of(' ') - start + 1);
}

// The character (a whole UTF-8 sequence) that starts at byte `at` of `text`.
std::string character_at(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return std::string(text.substr(at, end - at));
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

// Whitespace as mstch counted it for standalone lines (so "\r\n" ends a line too).
bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

TokenKind kind_of_sigil(char sigil) {
  switch (sigil) {
    case '#': return TokenKind::kSection;
    case '^': return TokenKind::kInverted;
    case '/': return TokenKind::kClose;
    case '>': return TokenKind::kPartial;
    case '!': return TokenKind::kComment;
    case '=': return TokenKind::kDelimiters;
    case '&': return TokenKind::kUnescaped;
    default: return TokenKind::kEscaped;
  }
}

bool is_sigil(char c) { return std::string_view("#^/>&!=").find(c) != std::string_view::npos; }

// Tags that leave no trace on a line of their own.
bool may_stand_alone(TokenKind kind) {
  return kind != TokenKind::kText && kind != TokenKind::kEscaped && kind != TokenKind::kUnescaped;
}

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diagnostics)
      : file_(file), text_(file.text()), diagnostics_(diagnostics) {}

  Lexed run() {
    std::size_t at = 0;
    while (at < text_.size()) {
      std::size_t open = text_.find(open_, at);
      if (open == std::string_view::npos) {
        add_text(at, text_.size());
        break;
      }
      add_text(at, open);
      at = read_tag(open);
    }
    strip_standalone_lines();
    return {std::move(tokens_), problems_};
  }

 private:
  // Adds text as one token per line, each ending with its "\n", so that lines are
  // easy to find.
  void add_text(std::size_t from, std::size_t to) {
    while (from < to) {
      std::size_t newline = text_.find('\n', from);
      std::size_t end = newline == std::string_view::npos || newline >= to ? to : newline + 1;
      tokens_.push_back({TokenKind::kText, text_.substr(from, end - from), from, {}});
      from = end;
    }
  }

  bool default_delimiters() const { return open_ == kDefaultOpen && close_ == kDefaultClose; }

  // Reads the tag whose opening delimiter is at `start`; returns where reading goes on.
  std::size_t read_tag(std::size_t start) {
    std::size_t body = start + open_.size();
    bool triple = body < text_.size() && text_[body] == '{';
    if (triple) ++body;
    std::size_t close = text_.find(close_, body);
    std::size_t next_open = text_.find(open_, body);
    std::string_view inside = trim_spaces(text_.substr(body, std::min(close, text_.size()) - body));
    char sigil = triple ? '{' : (!inside.empty() && is_sigil(inside[0]) ? inside[0] : 0);
    std::string_view name = sigil != 0 && !triple ? trim_spaces(inside.substr(1)) : inside;
    SourcePos pos = file_.pos_at_offset(start);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      report_unclosed(sigil, pos);
      return start + open_.size();  // the rest is read as if this tag were text
    }
    std::size_t end = close + close_.size();
    if (std::optional<std::size_t> mismatch_end = check_braces(triple, close, pos)) return *mismatch_end;
    if (triple && default_delimiters()) ++end;
    if (triple && !default_delimiters()) name = trim_spaces(name.substr(0, name.size() - 1));
    add_tag(triple ? TokenKind::kUnescaped : kind_of_sigil(sigil), sigil, name, start, pos);
    return end;
  }

  // Reports a {{{ ended by }} or a {{ ended by }}}; returns where reading goes on then.
  std::optional<std::size_t> check_braces(bool triple, std::size_t close, const SourcePos& pos) {
    bool third_brace;
    if (default_delimiters()) {
      third_brace = close + close_.size() < text_.size() && text_[close + close_.size()] == '}';
    } else {
      third_brace = close > 0 && text_[close - 1] == '}';
      if (!triple) return std::nullopt;  // with other delimiters, a } before them is text
    }
    if (triple == third_brace) return std::nullopt;
    std::string start = std::string(open_) + (triple ? "{" : "");
    if (triple) {
      report(pos, "this tag starts with " + start + " but ends with " + std::string(close_),
             "end it with }" + std::string(close_) + " to print HTML as it is, or start it with " +
                 std::string(open_) + " to print escaped text");
    } else {
      report(pos, "this tag starts with {{ but ends with }}}",
             "start it with {{{ to print HTML as it is, or end it with }} to print escaped text");
    }
    return close + close_.size() + (third_brace && default_delimiters() ? 1 : 0);
  }

  void report_unclosed(char sigil, const SourcePos& pos) {
    std::string open(open_), close(close_);
    if (sigil == '!') {
      report(pos, "this comment has a " + open + " inside it, so it ends at the first " + close,
             "remove the " + open + " from inside the comment");
      return;
    }
    report(pos, "this tag is not closed", "end it with " + (sigil == '{' ? "}" + close : close));
  }

  void add_tag(TokenKind kind, char sigil, std::string_view name, std::size_t start, const SourcePos& pos) {
    if (!check_tag(kind, sigil, name, pos)) return;
    if (kind == TokenKind::kDelimiters && !set_delimiters(name, pos)) return;
    tokens_.push_back({kind, name, start, {}});
  }

  // Whether the tag can mean what it seems to; reports it when not.
  bool check_tag(TokenKind kind, char sigil, std::string_view name, const SourcePos& pos) {
    switch (kind) {
      case TokenKind::kComment:
      case TokenKind::kDelimiters:
        return true;
      case TokenKind::kSection:
      case TokenKind::kInverted:
        // A section whose name is reported still opens, so that its {{/name}} closes it.
        if (!name.empty()) {
          check_name(name, pos);
          return true;
        }
        return report(pos, "this section tag has no name",
                      std::string("write the name of a value after the ") + sigil + ", e.g. {{" + sigil + "pages}}");
      case TokenKind::kClose:
        if (!name.empty()) return true;
        return report(pos, "this closing tag has no name", "write the name of the section it closes, e.g. {{/pages}}");
      case TokenKind::kPartial:
        if (!name.empty()) return true;
        return report(pos, "this partial tag names no template",
                      "write the template's name after >, e.g. {{> partials/nav}}");
      default:
        return check_value(sigil, name, pos);
    }
  }

  // {{name}}, {{&name}} and {{{name}}}.
  bool check_value(char sigil, std::string_view name, const SourcePos& pos) {
    if (name.empty()) return report(pos, "this tag is empty", "put a value's name inside, e.g. {{page.title}}");
    char first = name[0];
    if (sigil == 0 && !std::isalnum(static_cast<unsigned char>(first)) && first != '_' && first != '.') {
      return report(pos, "unknown tag type '" + character_at(name, 0) + "'", std::string(kTagKinds));
    }
    return check_name(name, pos);
  }

  // Names are keys of the values: a name with a space or a '|' never matches one.
  bool check_name(std::string_view name, const SourcePos& pos) {
    auto bad = std::find_if_not(name.begin(), name.end(), is_name_char);
    if (bad == name.end()) return true;
    std::size_t at = static_cast<std::size_t>(bad - name.begin());
    std::string what = *bad == ' '    ? "a space"
                       : *bad == '\t' ? "a tab"
                       : (*bad == '\n' || *bad == '\r') ? "a line break"
                                                        : "'" + character_at(name, at) + "'";
    std::string shown(name.substr(0, name.find_first_of("\r\n")));
    return report(pos, "the name \"" + shown + "\" has " + what + " in it, so it matches no value",
                  "names are letters, digits, _ and -, with . between parts, e.g. {{page.title}}");
  }

  // {{=<% %>=}}: `spec` is what follows the first '='.
  bool set_delimiters(std::string_view spec, const SourcePos& pos) {
    std::string_view inner = spec.empty() || spec.back() != '=' ? std::string_view() : spec.substr(0, spec.size() - 1);
    inner.remove_prefix(std::min(inner.size(), inner.find_first_not_of(" \t")));
    inner = inner.substr(0, inner.find_last_not_of(" \t") + 1);
    std::size_t open_end = inner.find_first_of(" \t");
    std::size_t close_start = inner.find_last_of(" \t");
    std::string_view open = inner.substr(0, open_end);
    std::string_view close = close_start == std::string_view::npos ? std::string_view() : inner.substr(close_start + 1);
    bool blank_between = open_end != std::string_view::npos &&
                         inner.substr(open_end, close_start - open_end).find_first_not_of(" \t") == std::string_view::npos;
    if (open.empty() || close.empty() || !blank_between || open.find('=') != std::string_view::npos ||
        close.find('=') != std::string_view::npos) {
      return report(pos, "this tag does not set two new delimiters",
                    "write the opening and closing delimiters between = signs, with a space between them, "
                    "e.g. {{=<% %>=}}");
    }
    open_ = open;
    close_ = close;
    return true;
  }

  // Removes the whitespace of every line that holds only tags which print nothing,
  // keeping the whitespace before a partial as the indentation of its lines.
  void strip_standalone_lines() {
    std::vector<Token> kept;
    kept.reserve(tokens_.size());
    std::size_t line_begin = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& token = tokens_[i];
      bool ends_line = token.kind == TokenKind::kText ? token.text.back() == '\n' : i + 1 == tokens_.size();
      if (!ends_line) continue;
      keep_line(line_begin, i + 1, kept);
      line_begin = i + 1;
    }
    keep_line(line_begin, tokens_.size(), kept);
    tokens_ = std::move(kept);
  }

  // Appends the tokens [begin, end) of one line to `kept`, without its whitespace when
  // the line stands alone. A last line that ends in text (not "\n") never stands alone,
  // as in mstch.
  void keep_line(std::size_t begin, std::size_t end, std::vector<Token>& kept) {
    bool has_tag = false, only_blank = true;
    for (std::size_t i = begin; i < end; ++i) {
      const Token& token = tokens_[i];
      if (may_stand_alone(token.kind)) has_tag = true;
      else if (token.kind != TokenKind::kText || !is_blank(token.text)) only_blank = false;
    }
    bool ended = end > begin && (tokens_[end - 1].kind != TokenKind::kText || tokens_[end - 1].text.back() == '\n');
    bool standalone = has_tag && only_blank && ended;
    for (std::size_t i = begin; i < end; ++i) {
      Token token = tokens_[i];
      if (standalone && token.kind == TokenKind::kText) continue;
      if (standalone && token.kind == TokenKind::kPartial && i > begin && tokens_[i - 1].kind == TokenKind::kText) {
        token.indent = tokens_[i - 1].text;
      }
      kept.push_back(token);
    }
  }

  bool report(const SourcePos& pos, std::string message, std::string hint) {
    ++problems_;
    diagnostics_.add(error_at(file_, pos, std::move(message), std::move(hint)));
    return false;
  }

  const SourceFile& file_;
  std::string_view text_;             // the template
  Diagnostics& diagnostics_;          // where problems go
  std::string_view open_ = kDefaultOpen;   // the current delimiters
  std::string_view close_ = kDefaultClose;
  std::vector<Token> tokens_;         // what has been read
  int problems_ = 0;                  // problems reported
};

}  // namespace

Lexed lex(const SourceFile& file, Diagnostics& diagnostics) { return Lexer(file, diagnostics).run(); }

}  // namespace cdp::mustache
