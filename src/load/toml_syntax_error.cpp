#include "load/toml_syntax_error.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <array>
#include <vector>

namespace cdp {

namespace {

using Problem = std::optional<TomlSyntaxProblem>;

constexpr std::string_view kGenericHint =
    "check the quotes, brackets and `key = value` form on this line; text values need double quotes, "
    "e.g. title = \"Annual report\"";

// Longer text is shown shortened in a hint, so that a message stays readable.
constexpr std::size_t kShownLength = 80;

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The column (in characters, from 1) of byte `offset` of `line`.
int column_of(std::string_view line, std::size_t offset) {
  offset = std::min(offset, line.size());
  return 1 + static_cast<int>(std::count_if(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(offset),
                                            [](char c) { return !is_continuation(c); }));
}

// The byte offset of `column` (in characters, from 1) in `line`.
std::size_t offset_of(std::string_view line, int column) {
  std::size_t offset = 0;
  for (int seen = 1; offset < line.size() && seen < column; ++seen) {
    ++offset;
    while (offset < line.size() && is_continuation(line[offset])) ++offset;
  }
  return offset;
}

// `text` cut to about kShownLength bytes, never inside a character.
std::string shown(std::string_view text) {
  if (text.size() <= kShownLength) return std::string(text);
  std::size_t cut = kShownLength;
  while (cut > 0 && is_continuation(text[cut])) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

TomlSyntaxProblem at(int line, int column, std::string message, std::string hint) {
  return {line, column, std::move(message), std::move(hint)};
}

// A `key = value` line, split where its first = is.
struct KeyValue {
  std::string_view key;    // "" when the line has no =
  std::string_view value;  // what follows the =, trimmed
  std::size_t value_offset = 0;
};

KeyValue split_key_value(std::string_view line) {
  std::string_view body = trimmed(line);
  if (body.starts_with("[") || body.starts_with("#")) return {};
  std::size_t equals = line.find('=');
  if (equals == std::string_view::npos) return {};
  std::string_view key = trimmed(line.substr(0, equals));
  std::size_t value_offset = line.find_first_not_of(" \t", equals + 1);
  if (value_offset == std::string_view::npos) value_offset = line.size();
  return {key, trimmed(line.substr(value_offset)), value_offset};
}

// The value of an unquoted `key = value`, without a comment after it.
std::string_view without_comment(std::string_view value) {
  std::size_t hash = value.find(" #");
  return trimmed(hash == std::string_view::npos ? value : value.substr(0, hash));
}

// A [name] or [[name]] line.
struct Header {
  std::string name;
  bool array = false;  // [[name]]
};

std::optional<Header> header_of(std::string_view line) {
  std::string_view body = trimmed(line);
  std::size_t hash = body.find('#');
  if (hash != std::string_view::npos) body = trimmed(body.substr(0, hash));
  bool array = body.starts_with("[[") && body.ends_with("]]");
  if (!array && !(body.starts_with("[") && body.ends_with("]"))) return std::nullopt;
  std::size_t brackets = array ? 2 : 1;
  std::string name;
  for (char c : body.substr(brackets, body.size() - 2 * brackets)) {
    if (c != ' ' && c != '\t' && c != '"') name += c;
  }
  return Header{name, array};
}

std::string written(const Header& header) { return header.array ? "[[" + header.name + "]]" : "[" + header.name + "]"; }

// The TOML line with the byte sequence of a curly quote, outside straight-quoted text.
std::optional<std::size_t> curly_quote_outside_text(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    if (c == '#') return std::nullopt;
    if (line.substr(i, 2) == "\xE2\x80" && i + 2 < line.size()) {
      unsigned char third = static_cast<unsigned char>(line[i + 2]);
      if (third == 0x9C || third == 0x9D || third == 0x98 || third == 0x99) return i;
    }
  }
  return std::nullopt;
}

std::string with_straight_quotes(std::string_view line) {
  std::string result;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line.substr(i, 2) == "\xE2\x80" && i + 2 < line.size()) {
      unsigned char third = static_cast<unsigned char>(line[i + 2]);
      if (third == 0x9C || third == 0x9D) { result += '"'; i += 2; continue; }
      if (third == 0x98 || third == 0x99) { result += '\''; i += 2; continue; }
    }
    result += line[i];
  }
  return result;
}

Problem curly_quotes(std::string_view line, int number) {
  std::optional<std::size_t> found = curly_quote_outside_text(line);
  if (!found) return std::nullopt;
  return at(number, column_of(line, *found),
            "this line has curly quotes (\xE2\x80\x9C \xE2\x80\x9D), as Word types them, and TOML needs straight quotes (\")",
            "type the quotes again in a plain-text editor: " + shown(trimmed(with_straight_quotes(line))));
}

Problem unclosed_text(std::string_view line, int number, std::string_view description) {
  bool in_string = description.find("parsing string") != std::string_view::npos;
  bool runs_out = description.find("end-of-file") != std::string_view::npos ||
                  description.find("control characters") != std::string_view::npos;
  if (!in_string || !runs_out) return std::nullopt;
  KeyValue kv = split_key_value(line);
  std::size_t quote = line.find_first_of("\"'", kv.value_offset);
  if (quote == std::string_view::npos) return std::nullopt;
  char mark = line[quote];
  std::string rest(trimmed(line.substr(quote + 1)));
  std::string fix = kv.key.empty() ? "end the text with " + std::string(1, mark) + " on the same line"
                                   : "end the text with " + std::string(1, mark) + " on the same line: " +
                                         std::string(kv.key) + " = " + mark + shown(rest) + mark;
  return at(number, column_of(line, quote), "this text has no closing quote", fix);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// A bare `key = value` anywhere on the line (also inside { }): the key, and the offset
// of the value's first character.
struct Assignment {
  std::string key;
  std::size_t value = 0;
};

std::vector<Assignment> assignments(std::string_view line) {
  std::vector<Assignment> found;
  for (std::size_t equals = line.find('='); equals != std::string_view::npos; equals = line.find('=', equals + 1)) {
    std::size_t key_end = equals;
    while (key_end > 0 && line[key_end - 1] == ' ') --key_end;
    std::size_t key_start = key_end;
    while (key_start > 0 && is_key_char(line[key_start - 1])) --key_start;
    std::size_t value = line.find_first_not_of(' ', equals + 1);
    if (key_start == key_end || value == std::string_view::npos) continue;
    found.push_back({std::string(line.substr(key_start, key_end - key_start)), value});
  }
  return found;
}

// The digits from `at`, and where they end.
std::size_t digits_end(std::string_view line, std::size_t at) {
  while (at < line.size() && is_digit(line[at])) ++at;
  return at;
}

// A number with thousands commas at `at` ("1,814", "-1,814,000.5"): its end, or npos.
std::size_t comma_number_end(std::string_view line, std::size_t at) {
  std::size_t i = at < line.size() && line[at] == '-' ? at + 1 : at;
  std::size_t first = digits_end(line, i);
  if (first == i || first - i > 3) return std::string_view::npos;
  i = first;
  int groups = 0;
  while (i + 3 < line.size() && line[i] == ',' && digits_end(line, i + 1) == i + 4) {
    i += 4;
    ++groups;
  }
  if (groups == 0) return std::string_view::npos;
  if (i < line.size() && line[i] == '.') i = digits_end(line, i + 1);
  if (i < line.size() && (is_digit(line[i]) || line[i] == '"' || line[i] == ',')) return std::string_view::npos;
  return i;
}

Problem number_with_commas(std::string_view line, int number) {
  for (const Assignment& assignment : assignments(line)) {
    std::size_t end = comma_number_end(line, assignment.value);
    if (end == std::string_view::npos) continue;
    std::string digits(line.substr(assignment.value, end - assignment.value));
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return at(number, column_of(line, assignment.value), "numbers are written without commas",
              "write " + assignment.key + " = " + digits);
  }
  return std::nullopt;
}

// Day, month and year of a date written d/m/y at `at` ("31/03/2024", "1/4/24").
std::optional<std::array<std::string, 3>> slashed_date(std::string_view line, std::size_t at) {
  std::array<std::string, 3> parts;
  std::size_t i = at;
  for (std::size_t part = 0; part < 3; ++part) {
    std::size_t end = digits_end(line, i);
    std::size_t length = end - i;
    bool fits = part < 2 ? length >= 1 && length <= 2 : length == 2 || length == 4;
    if (!fits || (part < 2 && (end >= line.size() || line[end] != '/'))) return std::nullopt;
    parts[part] = std::string(line.substr(i, length));
    i = end + 1;
  }
  return parts;
}

Problem date_with_slashes(std::string_view line, int number) {
  for (const Assignment& assignment : assignments(line)) {
    std::optional<std::array<std::string, 3>> parts = slashed_date(line, assignment.value);
    if (!parts) continue;
    auto [day, month, year] = *parts;
    auto two_digits = [](const std::string& part) { return part.size() == 1 ? "0" + part : part; };
    std::string date = (year.size() == 2 ? "20" + year : year) + "-" + two_digits(month) + "-" + two_digits(day);
    return at(number, column_of(line, assignment.value),
              "dates are written year-month-day, not " + day + "/" + month + "/" + year,
              "write " + assignment.key + " = " + date);
  }
  return std::nullopt;
}

// The number after "saw " in a description ("... (inclusive), saw 13" -> "13").
std::string number_seen(std::string_view description) {
  std::size_t saw = description.rfind("saw ");
  if (saw == std::string_view::npos) return "";
  std::string digits;
  for (char c : description.substr(saw + 4)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    digits += c;
  }
  return digits;
}

Problem impossible_date(std::string_view line, int number, int column, std::string_view description) {
  if (description.find("parsing date") == std::string_view::npos) return std::nullopt;
  KeyValue kv = split_key_value(line);
  std::string key = kv.key.empty() ? "date" : std::string(kv.key);
  std::string hint = "write a date as year-month-day, e.g. " + key + " = 2024-03-31";
  int where = kv.key.empty() ? column : column_of(line, kv.value_offset);
  std::string seen = number_seen(description);
  if (description.find("expected month") != std::string_view::npos && !seen.empty()) {
    return at(number, where, "there is no month " + seen + " in a year", hint);
  }
  if (description.find("expected day") != std::string_view::npos && !seen.empty()) {
    return at(number, where, "that month has no day " + seen, hint);
  }
  return at(number, where, "this date is not written year-month-day", hint);
}

Problem apostrophe_in_single_quotes(std::string_view line, int number) {
  KeyValue kv = split_key_value(line);
  std::string_view value = without_comment(kv.value);
  if (kv.key.empty() || !value.starts_with("'") || std::count(value.begin(), value.end(), '\'') < 3) return std::nullopt;
  if (value.starts_with("'''")) return std::nullopt;
  std::string inside(value.substr(1, value.size() - (value.ends_with("'") ? 2 : 1)));
  return at(number, column_of(line, kv.value_offset),
            "text in single quotes ends at the next ', so it cannot hold an apostrophe",
            "put the text in double quotes: " + std::string(kv.key) + " = \"" + shown(inside) + "\"");
}

// The offset just after the text in double quotes that starts at `open`, or npos.
std::size_t end_of_basic_string(std::string_view line, std::size_t open) {
  for (std::size_t i = open + 1; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '"') return i + 1;
  }
  return std::string_view::npos;
}

Problem quote_inside_text(std::string_view line, int number) {
  KeyValue kv = split_key_value(line);
  if (kv.key.empty() || !kv.value.starts_with("\"") || kv.value.starts_with("\"\"\"")) return std::nullopt;
  std::size_t after = end_of_basic_string(line, kv.value_offset);
  if (after == std::string_view::npos || after >= line.size()) return std::nullopt;
  std::string_view rest = trimmed(line.substr(after));
  if (rest.empty() || rest.front() == '#' || rest.front() == ',' || rest.front() == ']' || rest.front() == '}') {
    return std::nullopt;
  }
  std::string whole(without_comment(kv.value).substr(1));
  if (!whole.empty() && whole.back() == '"') whole.pop_back();
  return at(number, column_of(line, after - 1), "this text has a \" inside it, which ends the text too early",
            "put the text in single quotes instead: " + std::string(kv.key) + " = '" + shown(whole) + "'");
}

bool is_word_of_toml(std::string_view value) {
  for (std::string_view word : {"true", "false", "inf", "nan", "+inf", "-inf", "+nan", "-nan"}) {
    if (value == word) return true;
  }
  return false;
}

Problem text_without_quotes(std::string_view line, int number) {
  KeyValue kv = split_key_value(line);
  std::string_view value = without_comment(kv.value);
  if (kv.key.empty() || value.empty() || is_word_of_toml(value)) return std::nullopt;
  unsigned char first = static_cast<unsigned char>(value.front());
  if (first == '"' || first == '\'' || first == '[' || first == '{' || first == '+' || first == '-' ||
      std::isdigit(first)) {
    return std::nullopt;
  }
  if (value.starts_with("\xC2\xA3")) {  // £
    return at(number, column_of(line, kv.value_offset), "money is written as a number of pounds, without £",
              "write " + std::string(kv.key) + " = 1700000 for £1.7m");
  }
  return at(number, column_of(line, kv.value_offset), "text must be in double quotes",
            "write " + std::string(kv.key) + " = \"" + shown(value) + "\"");
}

// The line of the other `key` in the same table as line `number` (from 1), or 0.
int other_line_of_key(const std::vector<std::string_view>& lines, int number, std::string_view key) {
  for (int other = number - 1; other >= 1; --other) {
    std::string_view line = lines[static_cast<std::size_t>(other - 1)];
    if (header_of(line)) return 0;
    if (split_key_value(line).key == key) return other;
  }
  return 0;
}

Problem key_given_twice(const std::vector<std::string_view>& lines, int number, std::string_view description) {
  if (description.find("parsing key-value pair: cannot redefine") == std::string_view::npos) return std::nullopt;
  std::string_view line = lines[static_cast<std::size_t>(number - 1)];
  KeyValue kv = split_key_value(line);
  if (kv.key.empty()) return std::nullopt;
  int other = other_line_of_key(lines, number, kv.key);
  std::string where = other > 0 ? "the other is at line " + std::to_string(other) + "; keep one of them"
                                : "keep one of them";
  return at(number, column_of(line, line.find(kv.key)), "`" + std::string(kv.key) + "` is given twice here", where);
}

// The first header line above `number` for which `matches` holds, or 0.
template <class Matches>
int first_header_above(const std::vector<std::string_view>& lines, int number, Matches matches) {
  for (int other = 1; other < number; ++other) {
    std::optional<Header> header = header_of(lines[static_cast<std::size_t>(other - 1)]);
    if (header && matches(*header)) return other;
  }
  return 0;
}

Problem table_given_twice(const std::vector<std::string_view>& lines, int number, std::string_view description) {
  if (description.find("table header: cannot redefine") == std::string_view::npos) return std::nullopt;
  std::string_view line = lines[static_cast<std::size_t>(number - 1)];
  std::optional<Header> header = header_of(line);
  if (!header) return std::nullopt;
  const std::string& name = header->name;
  int single = first_header_above(lines, number, [&](const Header& h) { return !h.array && h.name == name; });
  if (single > 0) {
    return at(single, 1, "[" + name + "] makes a single table, so " + written(*header) + " at line " +
                             std::to_string(number) + " cannot add another",
              "write each " + name + " as [[" + name + "]], with two brackets, here and at line " + std::to_string(number));
  }
  int array = first_header_above(lines, number, [&](const Header& h) { return h.array && h.name == name; });
  if (array > 0 && !header->array) {
    return at(number, 1, "this [" + name + "] follows [[" + name + "]] at line " + std::to_string(array),
              "write it as [[" + name + "]], with two brackets, like the others");
  }
  int child = first_header_above(lines, number, [&](const Header& h) { return h.name.starts_with(name + "."); });
  if (child > 0) {
    std::optional<Header> early = header_of(lines[static_cast<std::size_t>(child - 1)]);
    return at(child, 1, "this " + written(*early) + " comes before any " + written(*header) + ", so it belongs to none",
              "move it below the " + written(*header) + " it belongs to (line " + std::to_string(number) + " is the first)");
  }
  return at(number, 1, written(*header) + " is given twice", "keep one of them, or write each as [[" + name + "]]");
}

Problem comma_trouble(std::string_view line, int number, int column, std::string_view description) {
  if (description.find("dangling comma") != std::string_view::npos) {
    std::size_t comma = line.rfind(',', offset_of(line, column));
    int where = comma == std::string_view::npos ? column : column_of(line, comma);
    return at(number, where, "a { ... } table cannot end with a comma", "remove the comma before }");
  }
  if (description.find("expected comma or closing ']'") != std::string_view::npos) {
    return at(number, column, "a comma is missing between two values in this list",
              "put a comma after each value but the last: [ 1, 2 ] or [ { ... }, { ... } ]");
  }
  if (description.find("expected comma or closing '}'") != std::string_view::npos) {
    return at(number, column, "a comma is missing between two `key = value` pairs in this { ... } table",
              "write it as { period = \"2022/23\", value = 10 }");
  }
  return std::nullopt;
}

// The column where the number that ends at `column` of `line` starts.
int start_of_number(std::string_view line, int column) {
  std::size_t start = std::min(offset_of(line, column), line.size());
  while (start > 0 && (std::isalnum(static_cast<unsigned char>(line[start - 1])) ||
                       std::string_view("._+-").find(line[start - 1]) != std::string_view::npos)) {
    --start;
  }
  return column_of(line, start);
}

Problem too_large(std::string_view line, int number, int column, std::string_view description) {
  for (std::string_view sign : {"could not be interpreted", "not representable", "numeric value too long",
                                "exceeds maximum precision", "exceeds length limit", "exceeeds maximum length"}) {
    if (description.find(sign) != std::string_view::npos) {
      return at(number, start_of_number(line, column), "this number is too large to hold",
                "check it: a figure this large is most likely a typing mistake");
    }
  }
  if (description.find("nested value depth") != std::string_view::npos) {
    return at(number, column, "the lists or tables here are nested too deeply, one inside another",
              "check the brackets: each [ needs its ], and each { its }");
  }
  return std::nullopt;
}

Problem missing_equals(std::string_view line, int number, int column, std::string_view description) {
  if (description.find("expected '='") == std::string_view::npos || split_key_value(line).key.size() > 0) {
    return std::nullopt;
  }
  return at(number, column, "a `key = value` line needs an = between the key and its value",
            "write it as title = \"Annual report\"");
}

}  // namespace

TomlSyntaxProblem explain_toml_syntax_error(std::string_view text, int line, int column, std::string_view description) {
  std::vector<std::string_view> lines = lines_of(text);
  line = std::clamp(line, 1, static_cast<int>(lines.size()));
  std::string_view here = lines[static_cast<std::size_t>(line - 1)];
  for (Problem problem : {curly_quotes(here, line), unclosed_text(here, line, description),
                          number_with_commas(here, line), date_with_slashes(here, line),
                          impossible_date(here, line, column, description), key_given_twice(lines, line, description),
                          table_given_twice(lines, line, description), comma_trouble(here, line, column, description),
                          too_large(here, line, column, description), apostrophe_in_single_quotes(here, line),
                          quote_inside_text(here, line), missing_equals(here, line, column, description),
                          text_without_quotes(here, line)}) {
    if (problem) return *problem;
  }
  return at(line, column, "this line is not valid TOML", std::string(kGenericHint));
}

}  // namespace cdp
