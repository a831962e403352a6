// find_shortcodes: names, positional and named arguments with their positions, literal
// {{</* */>}}, and the exact errors for shortcodes that cannot be read.
#include "markdown/shortcode_parser.h"

#include <gtest/gtest.h>

#include "core/fs.h"
#include "core/terminal.h"
#include "support/diagnostic_text.h"
#include "support/test_support.h"

namespace cdp {
namespace {

// A page whose body starts after a three-line front matter, so that positions are
// checked against the file, not the body.
constexpr const char* kFrontMatter = "+++\ntitle = \"T\"\n+++\n";

struct Found {
  std::vector<ShortcodeCall> calls;  // what was found
  std::vector<std::string> errors;   // "file:line:col: message | hint"
};

Found find(const std::string& body) {
  std::string text = kFrontMatter + body;
  SourceFile file("content/ws/a.md", text);
  Diagnostics diagnostics;
  Found found;
  std::string_view body_view = std::string_view(file.text()).substr(std::string(kFrontMatter).size());
  found.calls = find_shortcodes(body_view, file, std::string(kFrontMatter).size(), diagnostics);
  found.errors = testing::diagnostic_texts(diagnostics);
  return found;
}

TEST(FindShortcodes, ReadsNamePositionalAndNamedArguments) {
  Found found = find("See {{< metric \"numbers-in-treatment\" format=change period=\"2022/23\" >}} here.\n");
  ASSERT_EQ(found.errors, std::vector<std::string>{});
  ASSERT_EQ(found.calls.size(), 1u);
  const ShortcodeCall& call = found.calls[0];
  EXPECT_EQ(call.name, "metric");
  ASSERT_EQ(call.positional.size(), 1u);
  EXPECT_EQ(call.positional[0].value, "numbers-in-treatment");
  EXPECT_EQ(call.named.at("format").value, "change");
  EXPECT_EQ(call.named.at("period").value, "2022/23");
  EXPECT_FALSE(call.literal);
}

TEST(FindShortcodes, PositionsAreInTheFileNotTheBody) {
  Found found = find("Intro.\n\nSee {{< metric \"x\" format=\"value\" >}}\n");
  ASSERT_EQ(found.calls.size(), 1u);
  const ShortcodeCall& call = found.calls[0];
  EXPECT_EQ(call.pos.file, "content/ws/a.md");
  EXPECT_EQ(call.pos.line, 6);
  EXPECT_EQ(call.pos.column, 5);
  EXPECT_EQ(call.positional[0].pos.line, 6);
  EXPECT_EQ(call.positional[0].pos.column, 16);
  EXPECT_EQ(call.named.at("format").pos.column, 20);
}

TEST(FindShortcodes, OffsetAndLengthCoverTheWholeShortcodeInTheBody) {
  std::string body = "ab {{< members >}} cd";
  Found found = find(body);
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_EQ(body.substr(found.calls[0].offset, found.calls[0].length), "{{< members >}}");
}

TEST(FindShortcodes, FindsSeveralInOrder) {
  Found found = find("{{< members >}}\n\n{{< funding >}} and {{< actions priority=\"2\" >}}\n");
  ASSERT_EQ(found.calls.size(), 3u);
  EXPECT_EQ(found.calls[0].name, "members");
  EXPECT_EQ(found.calls[1].name, "funding");
  EXPECT_EQ(found.calls[2].name, "actions");
  EXPECT_EQ(found.calls[2].named.at("priority").value, "2");
}

TEST(FindShortcodes, CommentedShortcodeIsLiteral) {
  Found found = find("Write {{</* metric \"id\" */>}} to quote a figure.\n");
  ASSERT_EQ(found.errors, std::vector<std::string>{});
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_TRUE(found.calls[0].literal);
  EXPECT_EQ(found.calls[0].name, "");
}

TEST(FindShortcodes, TextWithoutShortcodesHasNone) {
  Found found = find("Plain {{ mustache }} and < angle > text.\n");
  EXPECT_TRUE(found.calls.empty());
  EXPECT_TRUE(found.errors.empty());
}

TEST(FindShortcodes, UnclosedShortcodeIsAnErrorAtItsStart) {
  Found found = find("Text\n{{< metric \"x\"\n");
  EXPECT_TRUE(found.calls.empty());
  EXPECT_EQ(found.errors, std::vector<std::string>{
                              "content/ws/a.md:5:1: this shortcode is not closed | end it with >}}, e.g. {{< metric "
                              "\"numbers-in-treatment\" >}}"});
}

TEST(FindShortcodes, ShortcodeOpenedInsideAnotherIsNotClosed) {
  Found found = find("{{< metric \"x\" {{< members >}}\n");
  EXPECT_EQ(found.errors.size(), 1u);
  ASSERT_EQ(found.calls.size(), 1u) << "the inner one is still read";
  EXPECT_EQ(found.calls[0].name, "members");
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:1: this shortcode is not closed")) << found.errors[0];
}

TEST(FindShortcodes, ShortcodeWithoutANameCannotBeRead) {
  Found found = find("{{< \"x\" >}}\n");
  EXPECT_TRUE(found.calls.empty());
  EXPECT_EQ(found.errors, std::vector<std::string>{
                              "content/ws/a.md:4:1: this shortcode cannot be read: the shortcode has no name | write it as "
                              "{{< name \"value\" key=\"value\" >}}"});
}

TEST(FindShortcodes, UnclosedQuoteCannotBeRead) {
  Found found = find("{{< metric \"x >}}\n");
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:1: this shortcode cannot be read: a quoted value is never closed |"))
      << found.errors[0];
}

TEST(FindShortcodes, BareValuesAreWordsOnly) {
  Found found = find("{{< metric x period=2022/23 >}}\n");
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:25: this shortcode cannot be read: unexpected character '/' |"))
      << found.errors[0];
}

TEST(FindShortcodes, KeyWithoutAValueCannotBeRead) {
  Found found = find("{{< metric \"x\" format=>}}\n");
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:1: this shortcode cannot be read: `format=` has no value |"))
      << found.errors[0];
}

TEST(FindShortcodes, StrayCharacterCannotBeRead) {
  Found found = find("{{< metric ! >}}\n");
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:12: this shortcode cannot be read: unexpected character '!' |"))
      << found.errors[0];
}

TEST(FindShortcodes, AMalformedShortcodeDoesNotHideTheNext) {
  Found found = find("{{< \"x\" >}} then {{< members >}}\n");
  EXPECT_EQ(found.errors.size(), 1u);
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_EQ(found.calls[0].name, "members");
}

// Characters from Word and Notepad, and arguments beyond reason.

struct Parsed {
  std::vector<ShortcodeCall> calls;
  std::string errors;
};

Parsed parse(const std::string& body) {
  SourceFile file("a.md", body);
  Diagnostics diagnostics;
  Parsed parsed{find_shortcodes(body, file, 0, diagnostics), {}};
  parsed.errors = format_diagnostics(diagnostics, false);
  return parsed;
}

TEST(ShortcodeParser, CurlyQuotesFromWordAreReadAsQuotesWhenTheyPairUp) {
  Parsed parsed = parse("{{< metric \xE2\x80\x9Cnumbers-in-treatment\xE2\x80\x9D format=\xE2\x80\x9Cvalue\xE2\x80\x9D "
                        "period=\xE2\x80\x98Q3 2023/24\xE2\x80\x99 >}}");
  ASSERT_EQ(parsed.calls.size(), 1u) << parsed.errors;
  ASSERT_EQ(parsed.calls[0].positional.size(), 1u);
  EXPECT_EQ(parsed.calls[0].positional[0].value, "numbers-in-treatment");
  EXPECT_EQ(parsed.calls[0].named.at("format").value, "value");
  EXPECT_EQ(parsed.calls[0].named.at("period").value, "Q3 2023/24");
}

TEST(ShortcodeParser, CurlyQuotesThatDoNotPairUpAreNamed) {
  Parsed parsed = parse("{{< metric \xE2\x80\x9Cnumbers-in-treatment >}}");
  EXPECT_TRUE(parsed.calls.empty());
  EXPECT_NE(parsed.errors.find("it has curly quotes (\xE2\x80\x9C), as Word types them, that do not pair up"),
            std::string::npos) << parsed.errors;
  EXPECT_NE(parsed.errors.find("hint: type straight quotes (\")"), std::string::npos) << parsed.errors;
}

TEST(ShortcodeParser, NonBreakingSpacesSeparateLikeSpaces) {
  Parsed parsed = parse("{{<\xC2\xA0metric\xC2\xA0\"numbers-in-treatment\"\xE2\x80\xAF" "format=\"value\"\xC2\xA0>}}");
  ASSERT_EQ(parsed.calls.size(), 1u) << parsed.errors;
  EXPECT_EQ(parsed.calls[0].name, "metric");
  EXPECT_EQ(parsed.calls[0].positional[0].value, "numbers-in-treatment");
  EXPECT_EQ(parsed.calls[0].named.at("format").value, "value");
}

TEST(ShortcodeParser, AnInvisibleCharacterInAValueIsNamedWithWhereItIs) {
  Parsed parsed = parse("{{< metric \"numbers-in-treatment\xE2\x80\x8B\" >}}");
  EXPECT_TRUE(parsed.calls.empty());
  EXPECT_NE(parsed.errors.find("\"numbers-in-treatment\" has an invisible zero-width space (U+200B) after "
                               "`numbers-in-treatment`"),
            std::string::npos) << parsed.errors;
}

// The message points at the invisible character, not at the start of the shortcode:
// the writer cannot see it, so its column is all they have to find it.
TEST(ShortcodeParser, AnInvisibleCharacterIsPointedAtWhereverItIs) {
  Parsed in_value = parse("See {{< metric \"numbers-in-treatment\xE2\x80\x8B\" >}}");
  EXPECT_NE(in_value.errors.find("a.md:1:37: error: this shortcode cannot be read: \"numbers-in-treatment\" has an "
                                 "invisible zero-width space"),
            std::string::npos) << in_value.errors;
  Parsed after_name = parse("See {{< metric\xE2\x80\x8B \"numbers-in-treatment\" >}}");
  EXPECT_NE(after_name.errors.find("a.md:1:15: error: this shortcode cannot be read: it has an invisible zero-width "
                                   "space (U+200B) here"),
            std::string::npos) << after_name.errors;
}

TEST(ShortcodeParser, AnUnexpectedCharacterIsShownWholeNeverAsPartOfOne) {
  Parsed parsed = parse("{{< metric \xC2\xA3 >}}");
  EXPECT_NE(parsed.errors.find("unexpected character '\xC2\xA3'"), std::string::npos) << parsed.errors;
  EXPECT_EQ(find_invalid_utf8(parsed.errors), std::nullopt);
}

TEST(ShortcodeParser, HugosPercentFormIsAnErrorWithTheFormToWrite) {
  Parsed parsed = parse("x {{% metric \"a\" %}} and {{%/* literal */%}}");
  EXPECT_NE(parsed.errors.find("a.md:1:3: error: cdpsite writes shortcodes as {{< ... >}}, not {{% ... %}}"),
            std::string::npos) << parsed.errors;
  EXPECT_NE(parsed.errors.find("hint: write it as {{< metric \"a\" >}}"), std::string::npos) << parsed.errors;
  EXPECT_NE(parsed.errors.find("1 error"), std::string::npos) << "the literal form is left alone";
}

// Each argument's position is counted on from the one before, so that tens of
// thousands of them on one line take no time; they must still be right.
TEST(ShortcodeParser, TensOfThousandsOfArgumentsKeepTheirPositions) {
  std::string body = "x\n{{< metric \"m\"";
  for (int i = 0; i < 50000; ++i) body += " k" + std::to_string(i) + "=\"\xC2\xA3\"";
  body += " >}}";
  Parsed parsed = parse(body);
  ASSERT_EQ(parsed.calls.size(), 1u) << parsed.errors;
  const Located<std::string>& last = parsed.calls[0].named.at("k49999");
  SourceFile file("a.md", body);
  SourcePos expected = file.pos_at_offset(body.find(" k49999=") + 1);
  EXPECT_EQ(last.pos.line, 2);
  EXPECT_EQ(last.pos.column, expected.column);
}

// End to end: a figure quoted with Word's quotes and spaces is shown.
TEST(ShortcodeParser, ASiteWithWordsQuotesAndSpacesBuildsWithTheFigure) {
  testing::TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
  dir.write("content/ws/metrics.toml",
            "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [{ period = \"2022/23\", value = 1814 }]\n");
  dir.write("content/ws/a.md", "+++\ntitle = \"P\"\n+++\nWe helped {{<\xC2\xA0metric \xE2\x80\x9Cnumbers-in-treatment"
                               "\xE2\x80\x9D format=\xE2\x80\x9Cvalue\xE2\x80\x9D >}} people.\n");
  testing::RunResult result = testing::run_cdpsite({"build", "-q"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(testing::slurp(dir.path() / "site/ws/a/index.html").find("We helped 1,814 people."), std::string::npos);
}

// Shortcodes where Markdown does not render text are neither found nor reported: a
// page that explains shortcodes shows them as written. Each body also holds one real
// shortcode in text, which must still be found.
void expect_only_the_text_one(const std::string& body) {
  Found found = find(body + "\n\nIn text: {{< members >}}\n");
  EXPECT_EQ(found.errors, std::vector<std::string>{}) << body;
  ASSERT_EQ(found.calls.size(), 1u) << body;
  EXPECT_EQ(found.calls[0].name, "members") << body;
}

TEST(ShortcodeParser, InACodeSpanIsLeftAlone) {
  expect_only_the_text_one("Write `{{< metric \"numbers-in-treatment\" >}}` to quote a figure.");
  expect_only_the_text_one("Two backticks: ``{{< metric \"a`b\" >}}`` and an unclosed `{{< metric`.");
}

TEST(ShortcodeParser, InAFencedCodeBlockIsLeftAlone) {
  expect_only_the_text_one("```\n{{< metric \"x\" >}}\n{{< not closed\n```");
  expect_only_the_text_one("~~~ markdown\n{{< nosuch >}}\n~~~");
  expect_only_the_text_one("- a list\n\n  ```\n  {{< metric \"x\" >}}\n  ```");
  expect_only_the_text_one("```{{< metric \"x\" >}}\ncode\n```");  // in the info string
}

TEST(ShortcodeParser, InAnIndentedCodeBlockIsLeftAlone) {
  expect_only_the_text_one("Text.\n\n    {{< metric \"x\" >}}\n    {{% metric \"x\" %}}");
}

TEST(ShortcodeParser, InAnHtmlCommentIsLeftAlone) {
  expect_only_the_text_one("<!--\n{{< metric \"x\" >}}\n-->");
  expect_only_the_text_one("Text <!-- {{< metric \"x\" >}} --> and more.");
  expect_only_the_text_one("<div>\n{{< metric \"x\" >}}\n</div>");
}

TEST(ShortcodeParser, InALinksAddressOrTitleIsLeftAlone) {
  expect_only_the_text_one("[a link](https://example.org/{{<members>}})");
  expect_only_the_text_one("[a link](https://example.org/ '{{< metric \"x\" >}}')");
  expect_only_the_text_one("[a link][ref]\n\n[ref]: https://example.org/ '{{< metric \"x\" >}}'");
}

TEST(ShortcodeParser, InLinkTextImageDescriptionHeadingAndTableItIsFound) {
  for (const char* body : {"[{{< members >}}](a.md)", "![{{< members >}}](a.png)", "## {{< members >}}",
                           "| A |\n|---|\n| {{< members >}} |", "> quoted\n{{< members >}}",
                           "Note.[^1]\n\n[^1]: {{< members >}}", "{{<members>}}"}) {
    Found found = find(body);
    EXPECT_EQ(found.errors, std::vector<std::string>{}) << body;
    ASSERT_EQ(found.calls.size(), 1u) << body;
    EXPECT_EQ(found.calls[0].name, "members") << body;
  }
}

// A shortcode written as text is a literal call from its backslash to its >}}, so that
// it is shown exactly as written: smart punctuation never curls its quotes.
TEST(ShortcodeParser, ABackslashWritesAShortcodeAsText) {
  Found text = find("Write \\{{< metric \"numbers-in-treatment\" >}} and \\{{< not closed.");
  EXPECT_EQ(text.errors, std::vector<std::string>{});
  ASSERT_EQ(text.calls.size(), 1u);
  EXPECT_TRUE(text.calls[0].literal);
  EXPECT_EQ(text.calls[0].offset, 6u) << "from the backslash";
  EXPECT_EQ(text.calls[0].text, "{{< metric \"numbers-in-treatment\" >}}");
  EXPECT_EQ(text.calls[0].length, text.calls[0].text.size() + 1);
  expect_only_the_text_one("In code it stays: `\\{{< metric \"x\" >}}`.");
  Found found = find("Two backslashes are one shown: \\\\{{< members >}}");
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_EQ(found.calls[0].name, "members");
}

TEST(ShortcodeParser, HugosPercentFormInCodeIsLeftAlone) {
  expect_only_the_text_one("Hugo writes `{{% metric \"x\" %}}`; so does\n\n```\n{{% metric \"x\" %}}\n```");
}

TEST(ShortcodeParser, LiteralFormIsReadInTextAndLeftAloneInCode) {
  Found found = find("Write {{</* metric \"id\" */>}}, or `{{</* metric \"id\" */>}}` as it is.");
  EXPECT_EQ(found.errors, std::vector<std::string>{});
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_TRUE(found.calls[0].literal);
  EXPECT_EQ(found.calls[0].offset, 6u);
  EXPECT_EQ(found.calls[0].text, "{{< metric \"id\" >}}");
}

}  // namespace
}  // namespace cdp
