// TomlReader on TOML text held in memory: positions in the file (not the text), each
// read's wrong-type message, choices, lists of tables, required and unknown keys.
#include "load/toml_reader.h"

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"

namespace cdp {
namespace {

enum class Colour { kRed, kDarkBlue };
const std::map<std::string, Colour> kColours = {{"red", Colour::kRed}, {"dark blue", Colour::kDarkBlue}};

// TOML text parsed by a TomlReader: a whole file, or with first_line 2 the front
// matter of a page (the file then starts with a +++ line).
struct Toml {
  explicit Toml(const std::string& text, int first_line = 1)
      : file("content/x.toml", (first_line == 2 ? "+++\n" : "") + text), reader(file, first_line, diagnostics) {
    if (auto parsed = reader.parse(text)) table = std::move(*parsed);
  }
  std::vector<std::string> errors() const { return testing::diagnostic_texts(diagnostics); }
  SourceFile file;
  Diagnostics diagnostics;
  TomlReader reader;
  toml::table table;
};

TEST(TomlReader, SyntaxErrorIsReportedAtItsPositionInTheFile) {
  Toml toml("title = \"A\"\nsummary = The first\n", 2);
  EXPECT_EQ(toml.reader.errors(), 1);
  std::vector<std::string> errors = toml.errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "content/x.toml:3:11: text must be in double quotes | write summary = \"The first\"");
  EXPECT_EQ(toml.diagnostics.sorted()[0].line_text, "summary = The first");
}

TEST(TomlReader, ValuesKeepTheirFilePosition) {
  Toml toml("title = \"Annual report\"\nweight = 3\n", 2);
  Located<std::string> title;
  Located<int> weight;
  toml.reader.read(toml.table, "title", title);
  toml.reader.read(toml.table, "weight", weight);
  EXPECT_EQ(title.value, "Annual report");
  EXPECT_EQ(title.pos.file, "content/x.toml");
  EXPECT_EQ(title.pos.line, 2);
  EXPECT_EQ(title.pos.column, 9);
  EXPECT_EQ(weight.value, 3);
  EXPECT_EQ(weight.pos.line, 3);
  EXPECT_EQ(weight.pos.column, 10);
  EXPECT_TRUE(toml.errors().empty());
}

TEST(TomlReader, ColumnsCountCharactersNotBytes) {
  Toml toml("x = { a = \"é\", b = 1 }\n");
  Located<int> b;
  toml.reader.read(*toml.table["x"].as_table(), "b", b);
  EXPECT_EQ(b.pos.column, 20);
}

TEST(TomlReader, AbsentKeyLeavesTheValueAsItWas) {
  Toml toml("title = \"A\"\n");
  Located<std::string> summary{"default", {}};
  toml.reader.read(toml.table, "summary", summary);
  EXPECT_EQ(summary.value, "default");
  EXPECT_FALSE(summary.present());
  EXPECT_TRUE(toml.errors().empty());
}

TEST(TomlReader, WrongTypeForTextSaysWhatItIs) {
  Toml toml("title = 3\n");
  Located<std::string> title{"kept", {}};
  toml.reader.read(toml.table, "title", title);
  EXPECT_EQ(title.value, "kept");
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:1:9: `title` should be text in double quotes, e.g. title = "
                                                    "\"...\", not a whole number | write it as text in double quotes, "
                                                    "e.g. title = \"...\""});
}

TEST(TomlReader, WrongTypeForBoolean) {
  Toml toml("draft = \"yes\"\n");
  Located<bool> draft;
  toml.reader.read(toml.table, "draft", draft);
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:1:9: `draft` should be true or false (without quotes), not text "
                                                    "| write it as true or false (without quotes)"});
}

TEST(TomlReader, WholeNumberTooLargeOrNotWhole) {
  Toml toml("weight = 3000000000\nother = 1.5\n");
  Located<int> weight, other;
  toml.reader.read(toml.table, "weight", weight);
  toml.reader.read(toml.table, "other", other);
  EXPECT_EQ(toml.errors(), (std::vector<std::string>{
                               "content/x.toml:1:10: `weight` is too large | use a smaller whole number",
                               "content/x.toml:2:9: `other` should be a whole number (without quotes), e.g. other = 10, not a number | "
                               "write it as a whole number (without quotes), e.g. other = 10"}));
}

TEST(TomlReader, NumberAcceptsIntegersAndFloats) {
  Toml toml("a = 4\nb = 48.3\nc = \"5\"\n");
  Located<double> a, b, c;
  toml.reader.read(toml.table, "a", a);
  toml.reader.read(toml.table, "b", b);
  toml.reader.read(toml.table, "c", c);
  EXPECT_EQ(a.value, 4.0);
  EXPECT_EQ(b.value, 48.3);
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:3:5: `c` should be a number, not text in quotes | write numbers "
                                                    "without quotes or commas: c = 5"});
}

TEST(TomlReader, DateFromADateADateTimeOrText) {
  Toml toml("a = 2024-10-01\nb = 2024-10-02T09:30:00\nc = \"2024-10-03\"\n");
  Located<Date> a, b, c;
  toml.reader.read(toml.table, "a", a);
  toml.reader.read(toml.table, "b", b);
  toml.reader.read(toml.table, "c", c);
  EXPECT_EQ(a.value, (Date{2024, 10, 1}));
  EXPECT_EQ(b.value, (Date{2024, 10, 2}));
  EXPECT_EQ(c.value, (Date{2024, 10, 3}));
  EXPECT_TRUE(toml.errors().empty());
}

TEST(TomlReader, ImpossibleDateIsAWrongType) {
  Toml toml("date = \"2024-02-30\"\n");
  Located<Date> date;
  toml.reader.read(toml.table, "date", date);
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:1:8: `date` should be a date written year-month-day, e.g. date = "
                                                    "2024-10-01, not text | write it as a date written year-month-day, "
                                                    "e.g. date = 2024-10-01"});
}

TEST(TomlReader, ListOfTextRejectsOtherItemsAtTheItem) {
  Toml toml("footprint = [\"Adur\", 3]\nsingle = \"Arun\"\n");
  Located<std::vector<std::string>> footprint, single;
  toml.reader.read(toml.table, "footprint", footprint);
  toml.reader.read(toml.table, "single", single);
  EXPECT_FALSE(footprint.present());
  std::vector<std::string> errors = toml.errors();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_TRUE(errors[0].starts_with("content/x.toml:1:22: `footprint` should be a list of text values, e.g. footprint = [\"a\", "
                                    "\"b\"], not a whole number |"))
      << errors[0];
  EXPECT_TRUE(errors[1].starts_with("content/x.toml:2:10: `single` should be a list of text values")) << errors[1];
}

TEST(TomlReader, PeriodInAnyFormAndAProblemExplained) {
  Toml toml("a = \"Q3 2023/24\"\nb = \"2022/24\"\n");
  Located<Period> a, b;
  toml.reader.read(toml.table, "a", a, DashedYears::kCalendar);
  toml.reader.read(toml.table, "b", b, DashedYears::kCalendar);
  EXPECT_EQ(a.value.display(), "October to December 2023 (Q3 2023/24)");
  EXPECT_EQ(a.pos.column, 5);
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:2:5: `b` is not a period cdpsite understands: 2022/24 spans two "
                                                    "years; a financial year is written 2022/23, and financial years as "
                                                    "2022/23 to 2023/24 | write it as, for "
                                                    "example, \"December 2023\", \"2022/23\", \"Q3 2023/24\" or "
                                                    "\"2018-20\""});
}

// A field that is neither statistics nor funding asks which "2022-25" means, and its
// hint gives a form that means one thing everywhere.
TEST(TomlReader, AFieldThatAsksExplainsDashedYears) {
  Toml toml("by = \"2022-25\"\n");
  Located<Period> by;
  toml.reader.read(toml.table, "by", by, DashedYears::kAsk);
  EXPECT_FALSE(by.present());
  EXPECT_EQ(toml.errors(),
            std::vector<std::string>{"content/x.toml:1:6: `by` is not a period cdpsite understands: '2022-25' could "
                                     "mean the calendar years 2022 to 2025 or the financial years 2022/23 to 2024/25: "
                                     "write \"2022 to 2025\" or \"2022/23 to 2024/25\" | write it as, for example, "
                                     "\"December 2023\", \"2022/23\", \"Q3 2023/24\" or \"2018 to 2020\""});
}

TEST(TomlReader, DecimalsAsWritten) {
  Toml toml("a = 58\nb = 58.0\nc = { note = \"Café\", v = -4.250 }\nd = 5e3\ne = 1_814.5\n");
  EXPECT_EQ(toml.reader.decimals_written(*toml.table.get("a")), 0);
  EXPECT_EQ(toml.reader.decimals_written(*toml.table.get("b")), 1);
  EXPECT_EQ(toml.reader.decimals_written(*toml.table.get("c")->as_table()->get("v")), 3);
  EXPECT_EQ(toml.reader.decimals_written(*toml.table.get("d")), -1);
  EXPECT_EQ(toml.reader.decimals_written(*toml.table.get("e")), 1);
}

TEST(TomlReader, ChoiceIgnoresCaseSpacesHyphensAndUnderscores) {
  Toml toml("a = \"Dark-Blue\"\nb = \"dark_blue\"\nc = \"RED\"\n");
  Located<Colour> a, b, c;
  toml.reader.read_choice(toml.table, "a", kColours, a);
  toml.reader.read_choice(toml.table, "b", kColours, b);
  toml.reader.read_choice(toml.table, "c", kColours, c);
  EXPECT_EQ(a.value, Colour::kDarkBlue);
  EXPECT_EQ(b.value, Colour::kDarkBlue);
  EXPECT_EQ(c.value, Colour::kRed);
  EXPECT_EQ(a.pos.column, 5);
  EXPECT_TRUE(toml.errors().empty());
}

TEST(TomlReader, UnknownChoiceSuggestsTheClosest) {
  Toml toml("colour = \"rd\"\nother = 3\n");
  Located<Colour> colour, other;
  toml.reader.read_choice(toml.table, "colour", kColours, colour);
  toml.reader.read_choice(toml.table, "other", kColours, other);
  EXPECT_EQ(toml.errors(), (std::vector<std::string>{
                               "content/x.toml:1:10: `colour` cannot be \"rd\" | did you mean `red`?",
                               "content/x.toml:2:9: `other` should be text in double quotes, not a whole number | write it as text in "
                               "double quotes"}));
}

TEST(TomlReader, ForEachTableVisitsArraysOfTablesAndInlineTables) {
  Toml toml("[[metric]]\nid = \"a\"\n[[metric]]\nid = \"b\"\n");
  std::vector<std::string> ids;
  toml.reader.for_each_table(toml.table, "metric", [&](const toml::table& t) { ids.push_back(*t["id"].value<std::string>()); });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
  Toml inline_tables("values = [ { v = 1 }, 2 ]\nsingle = 3\n");
  int visited = 0;
  inline_tables.reader.for_each_table(inline_tables.table, "values", [&](const toml::table&) { ++visited; });
  inline_tables.reader.for_each_table(inline_tables.table, "single", [&](const toml::table&) { ++visited; });
  EXPECT_EQ(visited, 1);
  EXPECT_EQ(inline_tables.errors(),
            (std::vector<std::string>{"content/x.toml:1:23: `values` should be a table, e.g. { period = \"2022/23\", value = 10 }, not "
                                      "a whole number | write it as a table, e.g. { period = \"2022/23\", value = 10 }",
                                      "content/x.toml:2:10: `single` should be a list of tables, written [[single]], not a whole "
                                      "number | write it as a list of tables, written [[single]]"}));
}

TEST(TomlReader, RequireReportsAMissingKeyAtTheTable) {
  Toml toml("short_name = \"X\"\n");
  EXPECT_FALSE(toml.reader.require(toml.table, "name", {"content/x.toml", 1, 1}, "name = \"West Sussex\""));
  EXPECT_TRUE(toml.reader.require(toml.table, "short_name", {"content/x.toml", 1, 1}, "short_name = \"X\""));
  EXPECT_EQ(toml.errors(),
            std::vector<std::string>{"content/x.toml:1:1: `name` is missing here | add it, e.g. name = \"West Sussex\""});
  EXPECT_EQ(toml.reader.errors(), 1);
}

TEST(TomlReader, UnknownKeysAreReportedAtTheKeyWithASuggestion) {
  Toml toml("title = \"T\"\ntitel = \"U\"\nzzzzzz = 1\n");
  toml.reader.reject_unknown_keys(toml.table, {"title", "summary"}, "front matter");
  EXPECT_EQ(toml.errors(), (std::vector<std::string>{
                               "content/x.toml:2:1: unknown key `titel` in front matter | did you mean `title`?",
                               "content/x.toml:3:1: unknown key `zzzzzz` in front matter | expected one of: `title`, `summary`"}));
}

TEST(TomlReader, TableAtRejectsAValueThatIsNotATable) {
  Toml toml("markdown = true\n[extra]\na = 1\n");
  EXPECT_EQ(toml.reader.table_at(toml.table, "markdown"), nullptr);
  EXPECT_EQ(toml.reader.table_at(toml.table, "missing"), nullptr);
  ASSERT_NE(toml.reader.table_at(toml.table, "extra"), nullptr);
  EXPECT_EQ(toml.errors(), std::vector<std::string>{"content/x.toml:1:12: `markdown` should be a table, written [markdown] on a line "
                                                    "of its own, not true or false | write it as a table, written "
                                                    "[markdown] on a line of its own"});
}

TEST(DescribeTomlType, NamesEachTypeInPlainEnglish) {
  toml::table table = toml::parse(
      "s = \"x\"\ni = 1\nf = 1.5\nb = true\nd = 2024-01-01\nt = 10:00:00\ndt = 2024-01-01T10:00:00\na = []\n[tb]\n");
  EXPECT_EQ(describe_toml_type(*table.get("s")), "text");
  EXPECT_EQ(describe_toml_type(*table.get("i")), "a whole number");
  EXPECT_EQ(describe_toml_type(*table.get("f")), "a number");
  EXPECT_EQ(describe_toml_type(*table.get("b")), "true or false");
  EXPECT_EQ(describe_toml_type(*table.get("d")), "a date");
  EXPECT_EQ(describe_toml_type(*table.get("t")), "a time");
  EXPECT_EQ(describe_toml_type(*table.get("dt")), "a date and time");
  EXPECT_EQ(describe_toml_type(*table.get("a")), "a list");
  EXPECT_EQ(describe_toml_type(*table.get("tb")), "a table");
}

}  // namespace
}  // namespace cdp
