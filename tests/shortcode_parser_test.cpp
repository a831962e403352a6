#include "render/shortcode_parser.h"

#include <gtest/gtest.h>

#include "core/fs.h"
#include "core/terminal.h"
#include "support/test_support.h"

namespace cdp {
namespace {

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

}  // namespace
}  // namespace cdp
