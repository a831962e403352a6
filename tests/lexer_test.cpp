#include "mustache/lexer.h"

#include <gtest/gtest.h>

namespace cdp::mustache {
namespace {

// The tokens of `text`, as "kind:text", kinds as one letter (t text, e escaped,
// u unescaped, s section, i inverted, c close, p partial, ! comment, = delimiters).
std::vector<std::string> tokens(const std::string& text) {
  Diagnostics diagnostics;
  SourceFile file("t.mustache", text);
  Lexed lexed = lex(file, diagnostics);
  EXPECT_EQ(lexed.problems, 0) << text;
  std::vector<std::string> found;
  for (const Token& token : lexed.tokens) {
    static constexpr char kLetters[] = "teusicp!=";
    std::string shown = std::string(1, kLetters[static_cast<int>(token.kind)]) + ":" + std::string(token.text);
    if (!token.indent.empty()) shown += "[" + std::string(token.indent) + "]";
    found.push_back(shown);
  }
  return found;
}

// Every problem in `text`, as "line:col message".
std::vector<std::string> problems(const std::string& text) {
  Diagnostics diagnostics;
  SourceFile file("t.mustache", text);
  Lexed lexed = lex(file, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message);
  }
  EXPECT_EQ(lexed.problems, static_cast<int>(found.size()));
  return found;
}

using Strings = std::vector<std::string>;

TEST(MustacheLexer, TagsAndTextOneLineAtATime) {
  EXPECT_EQ(tokens("a {{x}} b\nc{{{y}}}{{& z }}{{#s}}{{^i}}{{/i}}{{> p}}{{! note }}"),
            (Strings{"t:a ", "e:x", "t: b\n", "t:c", "u:y", "u:z", "s:s", "i:i", "c:i", "p:p", "!:note"}));
}

TEST(MustacheLexer, SpacesAroundNamesAreNotPartOfThem) {
  EXPECT_EQ(tokens("{{ x }}{{# s }}{{/ s }}{{{ y }}}"), (Strings{"e:x", "s:s", "c:s", "u:y"}));
}

TEST(MustacheLexer, ALineOfOnlySectionTagsLeavesNoTrace) {
  EXPECT_EQ(tokens("<ul>\n  {{#a}}\n<li>\n  {{/a}}  \n</ul>"), (Strings{"t:<ul>\n", "s:a", "t:<li>\n", "c:a", "t:</ul>"}));
  // Several such tags on one line, as mstch allowed.
  EXPECT_EQ(tokens("{{/a}} {{/b}}\nx"), (Strings{"c:a", "c:b", "t:x"}));
  // A value on the line keeps it.
  EXPECT_EQ(tokens("{{#a}}{{x}}\n"), (Strings{"s:a", "e:x", "t:\n"}));
  // So does text; a carriage return is whitespace, so Windows line endings work too.
  EXPECT_EQ(tokens(" {{#a}} .\n"), (Strings{"t: ", "s:a", "t: .\n"}));
  EXPECT_EQ(tokens("{{#a}}\r\nx"), (Strings{"s:a", "t:x"}));
}

TEST(MustacheLexer, TheLastLineStandsAloneOnlyWhenATagEndsIt) {
  EXPECT_EQ(tokens("x\n  {{/a}}"), (Strings{"t:x\n", "c:a"}));
  EXPECT_EQ(tokens("x\n{{/a}}  "), (Strings{"t:x\n", "c:a", "t:  "}));
}

TEST(MustacheLexer, AStandalonePartialKeepsItsIndentation) {
  EXPECT_EQ(tokens("a\n  {{> p}}\n"), (Strings{"t:a\n", "p:p[  ]"}));
  EXPECT_EQ(tokens("a\n  {{> p}} x\n"), (Strings{"t:a\n", "t:  ", "p:p", "t: x\n"}));
}

TEST(MustacheLexer, DelimitersCanBeChanged) {
  EXPECT_EQ(tokens("{{=<% %>=}}<% x %><%{y}%><%& z%>{{not}}<%={{ }}=%>{{w}}"),
            (Strings{"=:<% %>=", "e:x", "u:y", "u:z", "t:{{not}}", "=:{{ }}=", "e:w"}));
  EXPECT_EQ(tokens("{{= | | =}}|#a|.|/a|"), (Strings{"=:| | =", "s:a", "t:.", "c:a"}));
  EXPECT_EQ(problems("{{=<%%>=}}"), Strings{"1:1 this tag does not set two new delimiters"});
  EXPECT_EQ(problems("{{=<% %>}}"), Strings{"1:1 this tag does not set two new delimiters"});
  EXPECT_EQ(problems("{{=<% = %>=}}"), Strings{"1:1 this tag does not set two new delimiters"});
}

TEST(MustacheLexer, ProblemsWithOtherDelimitersNameThem) {
  EXPECT_EQ(problems("{{=<% %>=}}\n<%x"), Strings{"2:1 this tag is not closed"});
  EXPECT_EQ(problems("{{=<% %>=}}\n<%{x%>"), Strings{"2:1 this tag starts with <%{ but ends with %>"});
}

TEST(MustacheLexer, BadTagsAreReportedAndLeftOut) {
  EXPECT_EQ(problems("a {{x\n{{y}}"), Strings{"1:3 this tag is not closed"});
  EXPECT_EQ(problems("{{{x}}"), Strings{"1:1 this tag starts with {{{ but ends with }}"});
  EXPECT_EQ(problems("{{x}}}"), Strings{"1:1 this tag starts with {{ but ends with }}}"});
  EXPECT_EQ(problems("{{%x}}"), Strings{"1:1 unknown tag type '%'"});
  EXPECT_EQ(problems("{{}}"), Strings{"1:1 this tag is empty"});
  EXPECT_EQ(problems("{{a b}}"), Strings{"1:1 the name \"a b\" has a space in it, so it matches no value"});
}

TEST(MustacheLexer, ASectionWithABadNameStillOpens) {
  Diagnostics diagnostics;
  SourceFile file("t.mustache", "{{#a|b}}{{/a|b}}");
  Lexed lexed = lex(file, diagnostics);
  EXPECT_EQ(lexed.problems, 1);
  ASSERT_EQ(lexed.tokens.size(), 2u);
  EXPECT_EQ(lexed.tokens[0].kind, TokenKind::kSection);
}

}  // namespace
}  // namespace cdp::mustache
