// find_shortcodes: names, positional and named arguments with their positions, literal
// {{</* */>}}, and the exact errors for shortcodes that cannot be read.
#include "render/shortcode_parser.h"

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"

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
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:1: this shortcode cannot be read: unexpected character '/' |"))
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
  EXPECT_TRUE(found.errors[0].starts_with("content/ws/a.md:4:1: this shortcode cannot be read: unexpected character '!' |"))
      << found.errors[0];
}

TEST(FindShortcodes, AMalformedShortcodeDoesNotHideTheNext) {
  Found found = find("{{< \"x\" >}} then {{< members >}}\n");
  EXPECT_EQ(found.errors.size(), 1u);
  ASSERT_EQ(found.calls.size(), 1u);
  EXPECT_EQ(found.calls[0].name, "members");
}

}  // namespace
}  // namespace cdp
