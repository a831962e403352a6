#pragma once
// Reads TOML (site.toml, front matter, data files) with toml++ into Located values,
// converting toml++'s positions (relative to the text it was given) into positions in
// the file, and reporting wrong types, unknown keys and syntax errors in plain English.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/date.h"
#include "model/period.h"
#include "model/site.h"

namespace cdp {

class TomlReader {
 public:
  // `first_line` is the file line on which the TOML text starts (2 for front matter
  // after a +++ line, 1 for a whole .toml file).
  TomlReader(const SourceFile& file, int first_line, Diagnostics& diagnostics);

  // Parses `text`; a syntax error is reported at its position and gives nullopt.
  std::optional<toml::table> parse(std::string_view text);

  SourcePos pos(const toml::source_position& where) const;
  SourcePos pos(const toml::node& node) const { return pos(node.source().begin); }
  void error(SourcePos where, std::string message, std::string hint = {});
  // How many errors this reader has reported (for "did this file load cleanly?").
  int errors() const { return errors_; }

  // Each reads `key` of `table` into `out` when present, and reports a value of the
  // wrong type (leaving `out` as it was). Dates accept a TOML date, a date-time (the
  // time is ignored) or a "YYYY-MM-DD" string.
  void read(const toml::table& table, std::string_view key, Located<std::string>& out);
  void read(const toml::table& table, std::string_view key, Located<bool>& out);
  void read(const toml::table& table, std::string_view key, Located<int>& out);
  void read(const toml::table& table, std::string_view key, Located<double>& out);
  void read(const toml::table& table, std::string_view key, Located<Date>& out);
  void read(const toml::table& table, std::string_view key, Located<std::vector<std::string>>& out);
  // The same, each text with its own position (a list of ids, so that a message
  // points at the one that is wrong). An empty list is reported (a list is read only
  // where something is expected) and leaves `out` as it was.
  void read(const toml::table& table, std::string_view key, std::vector<Located<std::string>>& out);

  // The decimal places `node`, a number, was written with (load/number_text.h), or -1.
  int decimals_written(const toml::node& node) const;

  // Reads an id that becomes part of a web address into `out`; reports one that is not
  // lower-case letters, digits and hyphens, with the id it most likely meant. Returns
  // false when `key` is there but is not such an id.
  bool read_id(const toml::table& table, std::string_view key, Located<std::string>& out);

  // A period in any of the forms councils write ("2022/23", "Q3 2023/24", ...);
  // `dashed` says how this field reads "2018-20" (model/period.h).
  void read(const toml::table& table, std::string_view key, Located<Period>& out, DashedYears dashed);

  // Reads text naming one of `choices` (case-insensitive, spaces, hyphens and
  // underscores alike) into `out`; reports other text with a did-you-mean.
  template <class Enum>
  void read_choice(const toml::table& table, std::string_view key,
                   const std::map<std::string, Enum>& choices, Located<Enum>& out) {
    if (const toml::node* node = table.get(key)) read_choice(*node, key, choices, out);
  }
  // The same for one value (an item of a list); returns whether it was read.
  template <class Enum>
  bool read_choice(const toml::node& node, std::string_view key,
                   const std::map<std::string, Enum>& choices, Located<Enum>& out) {
    if (!node.is_string()) {
      wrong_type(node, key, "text in double quotes");
      return false;
    }
    Located<std::string> text{node.as_string()->get(), pos(node)};
    std::string normal = normalise_choice(text.value);
    for (const auto& [name, value] : choices) {
      if (normalise_choice(name) == normal) {
        out = {value, text.pos};
        return true;
      }
    }
    report_bad_choice(text, key, choice_names(choices));
    return false;
  }

  // Calls `visit` for each table in the array of tables `key` ([[key]] or an array of
  // inline tables); reports entries that are not tables.
  void for_each_table(const toml::table& table, std::string_view key,
                      const std::function<void(const toml::table&)>& visit);

  // Reports a missing required key of `table` (at `where`, the table's own position),
  // or one that is empty text (at the text, unless an error was reported there already).
  bool require(const toml::table& table, std::string_view key, SourcePos where,
               std::string_view example);

  // Reports every key of `table` that is not in `known`, with a did-you-mean hint.
  // `where` names the table for the message ("front matter", "[markdown] in site.toml").
  void reject_unknown_keys(const toml::table& table, const std::vector<std::string>& known,
                           std::string_view where);

  // A sub-table `key` of `table`; reports a value that is not a table.
  const toml::table* table_at(const toml::table& table, std::string_view key);

 private:
  template <class Enum>
  static std::vector<std::string> choice_names(const std::map<std::string, Enum>& choices) {
    std::vector<std::string> names;
    for (const auto& entry : choices) names.push_back(entry.first);
    return names;
  }
  static std::string normalise_choice(std::string_view text);
  void report_bad_choice(const Located<std::string>& text, std::string_view key,
                         const std::vector<std::string>& names);
  void wrong_type(const toml::node& node, std::string_view key, std::string_view expected);
  // Reports `array`, the value of `key`, when it is empty; true when it is not.
  bool report_empty(const toml::array& array, std::string_view key);
  // Reports `node`, which should have been a list of tables: a lone { ... } or [key].
  void not_a_list_of_tables(const toml::node& node, std::string_view key);
  // Reports `node`, which is not a number; text that holds a figure ("1,814", "£1.7m")
  // gets the number to write instead.
  void not_a_number(const toml::node& node, std::string_view key, std::string_view expected);
  // The list `key` of `table` when every item is text; reports anything else.
  const toml::array* text_list(const toml::table& table, std::string_view key);

  const SourceFile& file_;     // the file the TOML text came from
  int first_line_;             // file line of the TOML text's first line
  Diagnostics& diagnostics_;   // where problems go
  int errors_ = 0;             // errors reported through this reader
  std::set<std::pair<int, int>> reported_at_;  // the lines and columns of those errors
};

// How a TOML value's type is named to a user ("text in quotes", "a whole number").
std::string describe_toml_type(const toml::node& node);

}  // namespace cdp
