#include "core/toml_string_offsets.h"

#include <string>

#include "core/fs.h"

namespace cdp {

namespace {

// Reads one string literal, recording each value byte and where it came from.
class StringReader {
 public:
  StringReader(std::string_view text, std::size_t quote) : text_(text), at_(quote) {}

  bool read() {
    char quote = peek(0);
    if (quote != '"' && quote != '\'') return false;
    bool multi_line = peek(1) == quote && peek(2) == quote;
    bool escapes = quote == '"';
    at_ += multi_line ? 3 : 1;
    if (multi_line) skip_first_newline();
    while (at_ < text_.size()) {
      if (at_closing(quote, multi_line)) return true;
      if (escapes && peek(0) == '\\') {
        if (!read_escape(multi_line)) return false;
      } else if (peek(0) == '\r' && peek(1) == '\n') {
        emit('\n', at_);
        at_ += 2;
      } else {
        emit(peek(0), at_);
        ++at_;
      }
    }
    return false;
  }

  std::string value;                  // the value as read
  std::vector<std::size_t> offsets;   // the file offset of each byte of `value`

 private:
  char peek(std::size_t ahead) const { return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0'; }

  void emit(char byte, std::size_t from) {
    value += byte;
    offsets.push_back(from);
  }

  void skip_first_newline() {
    if (peek(0) == '\n') ++at_;
    else if (peek(0) == '\r' && peek(1) == '\n') at_ += 2;
  }

  // The closing quotes; in a multi-line string up to two more quotes before them are
  // part of the value ("""a"""" is a").
  bool at_closing(char quote, bool multi_line) {
    if (!multi_line) {
      if (peek(0) != quote) return false;
      offsets.push_back(at_);
      return true;
    }
    if (peek(0) != quote || peek(1) != quote || peek(2) != quote) return false;
    for (int extra = 0; extra < 2 && peek(3) == quote; ++extra) {
      emit(quote, at_);
      ++at_;
    }
    offsets.push_back(at_);
    return true;
  }

  bool read_escape(bool multi_line) {
    std::size_t start = at_;
    char kind = peek(1);
    if (multi_line && (kind == ' ' || kind == '\t' || kind == '\r' || kind == '\n')) return join_lines();
    static const std::string_view kSimple = "btnfr\"\\e";
    static const std::string_view kBytes = "\b\t\n\f\r\"\\\x1b";
    if (std::size_t simple = kSimple.find(kind); simple != std::string_view::npos) {
      emit(kBytes[simple], start);
      at_ += 2;
      return true;
    }
    std::size_t digits = kind == 'u' ? 4 : kind == 'U' ? 8 : kind == 'x' ? 2 : 0;
    if (digits == 0 || at_ + 2 + digits > text_.size()) return false;
    std::string_view hex = text_.substr(at_ + 2, digits);
    if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) return false;
    unsigned long code = std::stoul(std::string(hex), nullptr, 16);
    std::string character;
    append_utf8(character, code);
    for (char byte : character) emit(byte, start);
    at_ += 2 + digits;
    return true;
  }

  // A backslash at the end of a line: the line ending and the spaces after it vanish.
  bool join_lines() {
    ++at_;
    while (at_ < text_.size() && (peek(0) == ' ' || peek(0) == '\t' || peek(0) == '\r' || peek(0) == '\n')) ++at_;
    return true;
  }


  std::string_view text_;  // the whole file
  std::size_t at_;         // where reading has got to
};

}  // namespace

std::optional<std::vector<std::size_t>> toml_string_offsets(std::string_view file_text, std::size_t quote,
                                                            std::string_view value) {
  StringReader reader(file_text, quote);
  if (!reader.read() || reader.value != value) return std::nullopt;
  return std::move(reader.offsets);
}

}  // namespace cdp
