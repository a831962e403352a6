#include "load/toml_syntax_error.h"

#include <toml++/toml.h>

#include <gtest/gtest.h>

#include "core/fs.h"

namespace cdp {
namespace {

// What the translation makes of toml++'s own error for `text`.
TomlSyntaxProblem explained(std::string_view text) {
  try {
    toml::table parsed = toml::parse(text);
    ADD_FAILURE() << "valid TOML: " << text << " (" << parsed.size() << " keys)";
    return {};
  } catch (const toml::parse_error& failure) {
    return explain_toml_syntax_error(text, static_cast<int>(failure.source().begin.line),
                                     static_cast<int>(failure.source().begin.column), failure.description());
  }
}

void expect(std::string_view text, int line, int column, const std::string& message, const std::string& hint) {
  TomlSyntaxProblem problem = explained(text);
  EXPECT_EQ(problem.line, line) << text;
  EXPECT_EQ(problem.column, column) << text;
  EXPECT_EQ(problem.message, message) << text;
  EXPECT_EQ(problem.hint, hint) << text;
}

TEST(TomlSyntaxError, TextWithoutItsClosingQuoteOrWithoutQuotes) {
  expect("name = \"Naloxone kits\n", 1, 8, "this text has no closing quote",
         "end the text with \" on the same line: name = \"Naloxone kits\"");
  expect("name = \"Naloxone kits", 1, 8, "this text has no closing quote",
         "end the text with \" on the same line: name = \"Naloxone kits\"");
  expect("name = Naloxone kits given out\n", 1, 8, "text must be in double quotes",
         "write name = \"Naloxone kits given out\"");
  expect("status = on track # as of March\n", 1, 10, "text must be in double quotes", "write status = \"on track\"");
}

TEST(TomlSyntaxError, QuotesInsideText) {
  expect("title = 'it's here'\n", 1, 9, "text in single quotes ends at the next ', so it cannot hold an apostrophe",
         "put the text in double quotes: title = \"it's here\"");
  expect("title = \"The \"New\" plan\"\n", 1, 14, "this text has a \" inside it, which ends the text too early",
         "put the text in single quotes instead: title = 'The \"New\" plan'");
}

TEST(TomlSyntaxError, AKeyGivenTwiceNamesTheOther) {
  expect("title = \"A\"\nsummary = \"S\"\ntitle = \"B\"\n", 3, 1, "`title` is given twice here",
         "the other is at line 1; keep one of them");
  expect("[a]\ntitle = \"A\"\n[b]\ntitle = \"B\"\ntitle = \"C\"\n", 5, 1, "`title` is given twice here",
         "the other is at line 4; keep one of them");
}

TEST(TomlSyntaxError, TablesPointAtTheCause) {
  expect("[metric]\nid = \"a\"\n[metric]\nid = \"b\"\n", 1, 1,
         "[metric] makes a single table, so [metric] at line 3 cannot add another",
         "write each metric as [[metric]], with two brackets, here and at line 3");
  expect("# x\n[[priority.action]]\ntitle = \"x\"\n[[priority]]\nnumber = 1\n", 2, 1,
         "this [[priority.action]] comes before any [[priority]], so it belongs to none",
         "move it below the [[priority]] it belongs to (line 4 is the first)");
}

TEST(TomlSyntaxError, CommasInTablesListsAndNumbers) {
  expect("b = { period = \"2022/23\", value = 5, }\n", 1, 36, "a { ... } table cannot end with a comma",
         "remove the comma before }");
  expect("v = [ 1 2 ]\n", 1, 9, "a comma is missing between two values in this list",
         "put a comma after each value but the last: [ 1, 2 ] or [ { ... }, { ... } ]");
  expect("b = { period = \"a\" value = 1 }\n", 1, 20,
         "a comma is missing between two `key = value` pairs in this { ... } table",
         "write it as { period = \"2022/23\", value = 10 }");
  expect("value = 1,814\n", 1, 9, "numbers are written without commas", "write value = 1814");
  expect("v = [ { period = \"a\", value = 1,814,000 } ]\n", 1, 31, "numbers are written without commas",
         "write value = 1814000");
}

TEST(TomlSyntaxError, DatesAreWrittenYearMonthDay) {
  expect("as_of = 31/03/2024\n", 1, 9, "dates are written year-month-day, not 31/03/2024", "write as_of = 2024-03-31");
  expect("as_of = 1/4/24\n", 1, 9, "dates are written year-month-day, not 1/4/24", "write as_of = 2024-04-01");
  expect("date = 2024-13-01\n", 1, 8, "there is no month 13 in a year",
         "write a date as year-month-day, e.g. date = 2024-03-31");
  expect("date = 2023-02-29\n", 1, 8, "that month has no day 29",
         "write a date as year-month-day, e.g. date = 2024-03-31");
}

TEST(TomlSyntaxError, NumbersTooLargeAndNestingTooDeep) {
  expect("x = 1e309\n", 1, 5, "this number is too large to hold",
         "check it: a figure this large is most likely a typing mistake");
  expect("x = 99999999999999999999\n", 1, 5, "this number is too large to hold",
         "check it: a figure this large is most likely a typing mistake");
  TomlSyntaxProblem deep = explained("x = " + std::string(300, '[') + std::string(300, ']'));
  EXPECT_EQ(deep.message, "the lists or tables here are nested too deeply, one inside another");
  EXPECT_EQ(deep.hint.find("TOML_"), std::string::npos);
}

TEST(TomlSyntaxError, CurlyQuotesAreNamed) {
  expect("name = \xE2\x80\x9CWest Sussex\xE2\x80\x9D\n", 1, 8,
         "this line has curly quotes (\xE2\x80\x9C \xE2\x80\x9D), as Word types them, and TOML needs straight quotes (\")",
         "type the quotes again in a plain-text editor: name = \"West Sussex\"");
}

TEST(TomlSyntaxError, AnythingElseGetsPlainWordsNotTheLibrarys) {
  TomlSyntaxProblem problem = explained("= 3\n");
  EXPECT_EQ(problem.message, "this line is not valid TOML");
  EXPECT_EQ(problem.line, 1);
}

// A long line is shortened in the hint, and never cut inside a character.
TEST(TomlSyntaxError, HintsStayShortAndValidUtf8) {
  std::string text = "name = \"" + std::string(79, 'a');
  for (int i = 0; i < 1000; ++i) text += "\xC2\xA3";
  TomlSyntaxProblem problem = explained(text + "\n");
  EXPECT_LT(problem.hint.size(), 200u);
  EXPECT_EQ(find_invalid_utf8(problem.hint), std::nullopt);
}

}  // namespace
}  // namespace cdp
