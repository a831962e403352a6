#pragma once
// A TOML syntax error in the user's words. toml++ says where it gave up and why in a
// parser's terms ("expected comma or closing ']', saw '{'"); this finds the mistake a
// person makes that leads there (text without quotes, a number with a comma, a date
// written 31/03/2024, a key given twice, [metric] for [[metric]], curly quotes from
// Word...), says where it is, which may be an earlier line, and gives the fix. No
// wording of the library ever reaches the user.
#include <string>
#include <string_view>

namespace cdp {

struct TomlSyntaxProblem {
  int line = 1;         // in the TOML text, from 1
  int column = 1;       // in characters, from 1
  std::string message;  // what is wrong
  std::string hint;     // how to fix it
};

// Explains the error toml++ reported as `description` at `line`:`column` of `text`.
TomlSyntaxProblem explain_toml_syntax_error(std::string_view text, int line, int column,
                                            std::string_view description);

}  // namespace cdp
