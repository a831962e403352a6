#include "load/toml_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "core/invisible_characters.h"
#include "core/suggest.h"
#include "load/number_text.h"
#include "load/toml_syntax_error.h"
#include "model/id.h"

namespace cdp {

TomlReader::TomlReader(const SourceFile& file, int first_line, Diagnostics& diagnostics)
    : file_(file), first_line_(first_line), diagnostics_(diagnostics) {}

SourcePos TomlReader::pos(const toml::source_position& where) const {
  // toml++ counts lines from the text it was given and columns in characters.
  return {file_.path(), first_line_ + static_cast<int>(where.line) - 1,
          static_cast<int>(where.column)};
}

void TomlReader::error(SourcePos where, std::string message, std::string hint) {
  ++errors_;
  reported_at_.emplace(where.line, where.column);
  diagnostics_.add(error_at(file_, std::move(where), std::move(message), std::move(hint)));
}

std::optional<toml::table> TomlReader::parse(std::string_view text) {
  try {
    return toml::parse(text, std::string_view(file_.path().str()));
  } catch (const toml::parse_error& failure) {
    const toml::source_position& where = failure.source().begin;
    TomlSyntaxProblem problem = explain_toml_syntax_error(text, static_cast<int>(where.line),
                                                          static_cast<int>(where.column), failure.description());
    error({file_.path(), first_line_ + problem.line - 1, problem.column}, std::move(problem.message),
          std::move(problem.hint));
    return std::nullopt;
  }
}

std::string describe_toml_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "text";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date and time";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

void TomlReader::wrong_type(const toml::node& node, std::string_view key,
                            std::string_view expected) {
  error(pos(node), "`" + std::string(key) + "` should be " + std::string(expected) + ", not " +
                       describe_toml_type(node),
        "write it as " + std::string(expected));
}

void TomlReader::read(const toml::table& table, std::string_view key, Located<std::string>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (auto text = node->value<std::string>(); text && node->is_string()) {
    out = {*text, pos(*node)};
  } else {
    wrong_type(*node, key, "text in double quotes, e.g. " + std::string(key) + " = \"...\"");
  }
}

bool TomlReader::read_id(const toml::table& table, std::string_view key, Located<std::string>& out) {
  int errors_before = errors_;
  read(table, key, out);
  if (errors_ != errors_before) return false;
  if (!out.present() || is_address_id(out.value)) return true;
  if (std::optional<InvisibleCharacter> found = find_invisible_character(out.value)) {
    std::string meant = without_invisible_characters(out.value);
    error(out.pos, "the " + std::string(key) + " \"" + meant + "\" has " + describe_invisible_character(out.value, *found),
          "delete it (it comes with text copied from a web page, a PDF or Word): " + std::string(key) + " = \"" +
              meant + "\"");
    return false;
  }
  std::string meant = suggested_id(out.value);
  std::string example = meant.empty() ? "numbers-in-treatment" : meant;
  error(out.pos, "the " + std::string(key) + " \"" + out.value + "\" cannot be part of a web address",
        "use lower-case letters, digits and hyphens only: " + std::string(key) + " = \"" + example + "\"");
  return false;
}

void TomlReader::not_a_number(const toml::node& node, std::string_view key, std::string_view expected) {
  std::optional<NumberText> meant = node.is_string() ? number_in_text(node.as_string()->get()) : std::nullopt;
  if (!meant) {
    wrong_type(node, key, expected);
    return;
  }
  std::string fix = std::string(key) + " = " + meant->number;
  if (meant->money) {
    error(pos(node), "`" + std::string(key) + "` should be a number of pounds, not text",
          "write money as a number of pounds, without quotes, £ or commas: " + fix);
  } else {
    error(pos(node), "`" + std::string(key) + "` should be a number, not text in quotes",
          "write numbers without quotes or commas: " + fix);
  }
}

void TomlReader::not_a_list_of_tables(const toml::node& node, std::string_view key) {
  const toml::table* one = node.as_table();
  std::string name(key);
  if (one && one->is_inline()) {
    error(pos(node), "`" + name + "` should be a list of { ... } tables, not one table on its own",
          "put it in square brackets: " + name + " = [ { ... } ], with a comma between tables");
  } else if (one) {
    error(pos(node), "[" + name + "] with one pair of brackets makes a single table, not one of a list",
          "write [[" + name + "]], with two brackets, for each one");
  } else {
    wrong_type(node, key, "a list of tables, written [[" + name + "]]");
  }
}

void TomlReader::read(const toml::table& table, std::string_view key, Located<bool>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (node->is_boolean()) {
    out = {node->as_boolean()->get(), pos(*node)};
  } else {
    wrong_type(*node, key, "true or false (without quotes)");
  }
}

void TomlReader::read(const toml::table& table, std::string_view key, Located<int>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (node->is_integer()) {
    int64_t value = node->as_integer()->get();
    if (value < INT32_MIN || value > INT32_MAX) {
      error(pos(*node), "`" + std::string(key) + "` is too large", "use a smaller whole number");
      return;
    }
    out = {static_cast<int>(value), pos(*node)};
  } else {
    not_a_number(*node, key, "a whole number (without quotes), e.g. " + std::string(key) + " = 10");
  }
}

void TomlReader::read(const toml::table& table, std::string_view key, Located<double>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (node->is_number()) {
    out = {node->value<double>().value_or(0.0), pos(*node)};
  } else {
    not_a_number(*node, key, "a number (without quotes), e.g. " + std::string(key) + " = 48.3");
  }
}

int TomlReader::decimals_written(const toml::node& node) const {
  if (node.is_integer()) return 0;
  SourcePos at = pos(node);
  if (at.line < 1 || at.line > file_.line_count()) return -1;
  return cdp::decimals_written(file_.line_text(at.line), at.column);
}

void TomlReader::read(const toml::table& table, std::string_view key, Located<Date>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  std::optional<Date> date;
  if (auto d = node->value<toml::date>(); d && node->is_date()) {
    if (is_valid_date(d->year, d->month, d->day)) date = Date{d->year, d->month, d->day};
  } else if (node->is_date_time()) {
    toml::date d2 = node->as_date_time()->get().date;
    if (is_valid_date(d2.year, d2.month, d2.day)) date = Date{d2.year, d2.month, d2.day};
  } else if (node->is_string()) {
    date = parse_iso_date(node->as_string()->get());
  }
  if (date) {
    out = {*date, pos(*node)};
  } else {
    wrong_type(*node, key, "a date written year-month-day, e.g. " + std::string(key) + " = 2024-10-01");
  }
}

const toml::array* TomlReader::text_list(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  std::string expected = "a list of text values, e.g. " + std::string(key) + " = [\"a\", \"b\"]";
  const toml::array* array = node->as_array();
  if (!array) {
    wrong_type(*node, key, expected);
    return nullptr;
  }
  for (const toml::node& item : *array) {
    if (item.is_string()) continue;
    wrong_type(item, key, expected);
    return nullptr;
  }
  return array;
}

void TomlReader::read(const toml::table& table, std::string_view key,
                      Located<std::vector<std::string>>& out) {
  const toml::array* array = text_list(table, key);
  if (!array || !report_empty(*array, key)) return;
  std::vector<std::string> values;
  for (const toml::node& item : *array) values.push_back(item.as_string()->get());
  out = {std::move(values), pos(*table.get(key))};
}

void TomlReader::read(const toml::table& table, std::string_view key, std::vector<Located<std::string>>& out) {
  const toml::array* array = text_list(table, key);
  if (!array || !report_empty(*array, key)) return;
  for (const toml::node& item : *array) out.push_back({item.as_string()->get(), pos(item)});
}

bool TomlReader::report_empty(const toml::array& array, std::string_view key) {
  if (!array.empty()) return true;
  std::string name(key);
  error(pos(array), "`" + name + "` is an empty list, so the page would show it with nothing in it",
        "write what it holds between the brackets, e.g. " + name + " = [\"...\", \"...\"], or remove the line");
  return false;
}

void TomlReader::reject_unknown_keys(const toml::table& table, const std::vector<std::string>& known,
                                     std::string_view where) {
  for (auto&& [key, value] : table) {
    std::string name(key.str());
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    SourcePos at = key.source().begin.line > 0 ? pos(key.source().begin) : pos(value);
    error(at, "unknown key `" + name + "` in " + std::string(where),
          did_you_mean(name, known));
  }
}

const toml::table* TomlReader::table_at(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  if (!node->is_table()) {
    wrong_type(*node, key, "a table, written [" + std::string(key) + "] on a line of its own");
    return nullptr;
  }
  return node->as_table();
}

}  // namespace cdp

namespace cdp {

void TomlReader::read(const toml::table& table, std::string_view key, Located<Period>& out, DashedYears dashed) {
  Located<std::string> text;
  read(table, key, text);
  if (!text.present()) return;
  std::string problem;
  if (std::optional<Period> period = parse_period(text.value, &problem, dashed)) {
    out = {*period, text.pos};
  } else {
    std::string years = dashed == DashedYears::kFinancial ? "\"2022/23 to 2024/25\""
                        : dashed == DashedYears::kCalendar ? "\"2018-20\""
                                                           : "\"2018 to 2020\"";
    error(text.pos, "`" + std::string(key) + "` is not a period cdpsite understands: " + problem,
          "write it as, for example, \"December 2023\", \"2022/23\", \"Q3 2023/24\" or " + years);
  }
}

std::string TomlReader::normalise_choice(std::string_view text) {
  std::string normal;
  for (char c : text) {
    if (c == '-' || c == '_' || c == ' ') c = ' ';
    normal += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return normal;
}

void TomlReader::report_bad_choice(const Located<std::string>& text, std::string_view key,
                                   const std::vector<std::string>& names) {
  error(text.pos, "`" + std::string(key) + "` cannot be \"" + text.value + "\"", did_you_mean(text.value, names));
}

void TomlReader::for_each_table(const toml::table& table, std::string_view key,
                                const std::function<void(const toml::table&)>& visit) {
  const toml::node* node = table.get(key);
  if (!node) return;
  const toml::array* array = node->as_array();
  if (!array) {
    not_a_list_of_tables(*node, key);
    return;
  }
  for (const toml::node& item : *array) {
    if (const toml::table* entry = item.as_table()) {
      visit(*entry);
    } else {
      wrong_type(item, key, "a table, e.g. { period = \"2022/23\", value = 10 }");
    }
  }
}

bool TomlReader::require(const toml::table& table, std::string_view key, SourcePos where,
                         std::string_view example) {
  const toml::node* node = table.get(key);
  if (!node) {
    error(std::move(where), "`" + std::string(key) + "` is missing here", "add it, e.g. " + std::string(example));
    return false;
  }
  // Empty text would be published as an empty heading, name or link. Text that was read
  // as something else (an empty period) was reported as that: one mistake, one message.
  if (node->is_string() && node->as_string()->get().find_first_not_of(" \t\r\n") == std::string::npos) {
    SourcePos at = pos(*node);
    if (!reported_at_.count({at.line, at.column})) error(at, "`" + std::string(key) + "` is empty", "write it, e.g. " + std::string(example));
    return false;
  }
  return true;
}

}  // namespace cdp
