#pragma once
// Reads TOML (site.toml, front matter, data files) with toml++ into Located values,
// converting toml++'s positions (relative to the text it was given) into positions in
// the file, and reporting wrong types, unknown keys and syntax errors in plain English.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "model/date.h"
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

  // Reports every key of `table` that is not in `known`, with a did-you-mean hint.
  // `where` names the table for the message ("front matter", "[markdown] in site.toml").
  void reject_unknown_keys(const toml::table& table, const std::vector<std::string>& known,
                           std::string_view where);

  // A sub-table `key` of `table`; reports a value that is not a table.
  const toml::table* table_at(const toml::table& table, std::string_view key);

 private:
  void wrong_type(const toml::node& node, std::string_view key, std::string_view expected);

  const SourceFile& file_;     // the file the TOML text came from
  int first_line_;             // file line of the TOML text's first line
  Diagnostics& diagnostics_;   // where problems go
  int errors_ = 0;             // errors reported through this reader
};

// How a TOML value's type is named to a user ("text in quotes", "a whole number").
std::string describe_toml_type(const toml::node& node);

}  // namespace cdp
