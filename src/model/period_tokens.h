#pragma once
// The tokens of a period as written ("Q3 2023/24" -> word, number, number, /, number),
// which model/period_reader reads into periods.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cdp::period_tokens {

enum class TokenKind { kWord, kNumber, kSlash, kDash, kOpen, kClose };

struct Token {
  TokenKind kind;     // what sort of token
  std::string text;   // a word in lower case (without a trailing "."), digits, or the symbol
  std::size_t begin;  // byte offset in the text where it starts
  std::size_t end;    // byte offset just past it
};

using Tokens = std::span<const Token>;

bool is_ascii_space(char c);
// Bytes that separate words: ASCII white space and the UTF-8 no-break space that word
// processors put between "December" and "2023". Returns the length matched, or 0.
std::size_t space_length(std::string_view rest);
// Splits text into words, numbers and symbols; nullopt when it holds anything else.
std::optional<std::vector<Token>> tokenize(std::string_view text);
// One character per token ("w" word, "n" number, "/", "-", "(", ")"): "Q3 2023/24" is "wnn/n".
std::string shape_of(Tokens tokens);
// The value of a number token of up to six digits; -1 for longer ones.
int value_of(const Token& token);
bool is_year(const Token& token);
bool is_word(const Token& token, std::string_view word);
bool is_quarter_word(const Token& token);
// How many tokens "FY" or "financial year" at the start take up: 0 when there are none.
std::size_t financial_year_prefix_length(Tokens tokens);
// The year a financial year or span ends in, from what follows the "/" or "-" after
// `start` ("2022/23" -> 2023, "2023/4" -> 2024); nullopt for other numbers of digits.
std::optional<int> end_year(int start, const Token& suffix);

}  // namespace cdp::period_tokens
