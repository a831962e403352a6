#include "model/period_tokens.h"

#include <charconv>

namespace cdp::period_tokens {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Dashes people type or paste: hyphen, en dash, em dash, minus sign. Returns the length
// matched, or 0.
std::size_t dash_length(std::string_view rest) {
  if (rest[0] == '-') return 1;
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"}) {
    if (rest.starts_with(dash)) return dash.size();
  }
  return 0;
}

}  // namespace

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Bytes that separate words: ASCII white space and the UTF-8 no-break space that word
// processors put between "December" and "2023". Returns the length matched, or 0.
std::size_t space_length(std::string_view rest) {
  if (is_ascii_space(rest[0])) return 1;
  if (rest.starts_with("\xC2\xA0")) return 2;
  return 0;
}

// Splits text into words, numbers and symbols; nullopt when it holds anything else.
std::optional<std::vector<Token>> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    std::string_view rest = text.substr(at);
    std::size_t start = at;
    if (std::size_t skip = space_length(rest)) {
      at += skip;
    } else if (std::size_t dash = dash_length(rest)) {
      at += dash;
      tokens.push_back({TokenKind::kDash, "-", start, at});
    } else if (is_letter(rest[0])) {
      std::string word;
      while (at < text.size() && is_letter(text[at])) word += to_lower(text[at++]);
      if (at < text.size() && text[at] == '.') ++at;  // "Dec." and "Sept."
      tokens.push_back({TokenKind::kWord, word, start, at});
    } else if (is_digit(rest[0])) {
      while (at < text.size() && is_digit(text[at])) ++at;
      tokens.push_back({TokenKind::kNumber, std::string(text.substr(start, at - start)), start, at});
    } else if (rest[0] == '/' || rest[0] == '(' || rest[0] == ')') {
      TokenKind kind = rest[0] == '/' ? TokenKind::kSlash : rest[0] == '(' ? TokenKind::kOpen : TokenKind::kClose;
      tokens.push_back({kind, std::string(1, rest[0]), start, ++at});
    } else {
      return std::nullopt;
    }
  }
  return tokens;
}

// One character per token ("w" word, "n" number, "/", "-", "(", ")"), so that the forms
// can be told apart by a short pattern: "Q3 2023/24" is "wnn/n".
std::string shape_of(Tokens tokens) {
  std::string shape;
  for (const Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kWord: shape += 'w'; break;
      case TokenKind::kNumber: shape += 'n'; break;
      default: shape += token.text; break;
    }
  }
  return shape;
}

// The value of a number token of up to six digits; -1 for longer ones, which no part of
// a period can be.
int value_of(const Token& token) {
  if (token.text.size() > 6) return -1;
  int value = 0;
  std::from_chars(token.text.data(), token.text.data() + token.text.size(), value);
  return value;
}

bool is_year(const Token& token) { return token.kind == TokenKind::kNumber && token.text.size() == 4; }
bool is_word(const Token& token, std::string_view word) { return token.kind == TokenKind::kWord && token.text == word; }
bool is_quarter_word(const Token& token) { return is_word(token, "q") || is_word(token, "quarter"); }

// How many tokens "FY" or "financial year" at the start take up: 0 when there are none.
std::size_t financial_year_prefix_length(Tokens tokens) {
  if (!tokens.empty() && is_word(tokens[0], "fy")) return 1;
  if (tokens.size() > 1 && is_word(tokens[0], "financial") && is_word(tokens[1], "year")) return 2;
  return 0;
}

// The year a financial year or span ends in, from what follows the "/" or "-": four
// digits as written; two digits read in the century of the start ("2022/23" ->
// 2023), moving to the next century only for a short span across it ("1999/00" ->
// 2000); one digit read in the decade of the start, as councils write "2023/4", moving
// to the next decade when it would end before it starts ("2029/0" -> 2030). nullopt
// for any other number of digits.
std::optional<int> end_year(int start, const Token& suffix) {
  if (suffix.text.size() == 4) return value_of(suffix);
  if (suffix.text.size() == 1) {
    int end = start - start % 10 + value_of(suffix);
    return end < start ? end + 10 : end;
  }
  if (suffix.text.size() != 2) return std::nullopt;
  int end = start - start % 100 + value_of(suffix);
  if (end < start && end + 100 - start <= 10) end += 100;
  return end;
}

}  // namespace cdp::period_tokens
