#include "mustache/parser.h"

#include <functional>

#include <gtest/gtest.h>

namespace cdp::mustache {
namespace {

// Every problem parse finds in `text`, as "line:col message".
std::vector<std::string> check(const std::string& text) {
  Diagnostics diagnostics;
  Template tmpl{"t", SourceFile("t.mustache", text), {}};
  int problems = parse(tmpl, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message);
  }
  EXPECT_EQ(problems, static_cast<int>(found.size()));
  return found;
}

// The one problem parse finds in `text`, with its hint.
Diagnostic only_problem(const std::string& text) {
  Diagnostics diagnostics;
  Template tmpl{"t", SourceFile("t.mustache", text), {}};
  parse(tmpl, diagnostics);
  std::vector<Diagnostic> found = diagnostics.sorted();
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? Diagnostic{} : found[0];
}

// The tree of `text` in brackets: text as it is, tags as {{kind name@line:col}}.
std::string tree(const std::string& text) {
  Diagnostics diagnostics;
  Template tmpl{"t", SourceFile("t.mustache", text), {}};
  EXPECT_EQ(parse(tmpl, diagnostics), 0);
  std::function<std::string(const std::vector<Node>&)> show = [&](const std::vector<Node>& nodes) {
    std::string out;
    for (const Node& node : nodes) {
      if (node.kind == NodeKind::kText) {
        out += node.text;
        continue;
      }
      static constexpr char kSigils[] = " $&#^>";
      out += "{" + std::string(1, kSigils[static_cast<int>(node.kind)]) + node.text + "@" + std::to_string(node.line) +
             ":" + std::to_string(node.column) + node.indent;
      if (!node.children.empty()) out += "[" + show(node.children) + "]";
      out += "}";
    }
    return out;
  };
  return show(tmpl.nodes);
}

using Problems = std::vector<std::string>;

TEST(MustacheParser, TreeKeepsWhereEachTagIs) {
  EXPECT_EQ(tree("<h1>{{title}}</h1>\n{{#pages}}\n  <li>{{{html}}}</li>\n{{/pages}}\n{{^pages}}none{{/pages}}\n  {{> nav}}\n"),
            "<h1>{$title@1:5}</h1>\n{#pages@2:1[  <li>{&html@3:7}</li>\n]}{^pages@5:1[none]}\n{>nav@6:3  }");
}

TEST(MustacheParser, NamesAreSplitAtTheirDots) {
  Diagnostics diagnostics;
  Template tmpl{"t", SourceFile("t.mustache", "{{page.date.year}}{{.}}"), {}};
  ASSERT_EQ(parse(tmpl, diagnostics), 0);
  ASSERT_EQ(tmpl.nodes.size(), 2u);
  EXPECT_EQ(tmpl.nodes[0].parts, (std::vector<std::string>{"page", "date", "year"}));
  EXPECT_TRUE(tmpl.nodes[1].parts.empty());
}

TEST(MustacheParser, TextAcrossLinesAndCommentsIsOneNode) {
  Diagnostics diagnostics;
  Template tmpl{"t", SourceFile("t.mustache", "a\nb{{! x }}c\n"), {}};
  ASSERT_EQ(parse(tmpl, diagnostics), 0);
  ASSERT_EQ(tmpl.nodes.size(), 1u);
  EXPECT_EQ(tmpl.nodes[0].text, "a\nbc\n");
}

TEST(MustacheParser, CorrectTemplateHasNoProblems) {
  EXPECT_EQ(check("{{#pages}}<a href=\"{{url}}\">{{title}}</a>{{/pages}}{{^pages}}none{{/pages}}\n"
                  "{{{page.content}}}{{> partials/nav}}{{ > partials/nav }}{{! a note\nover lines }}{{&raw}}\n"
                  "{{# nav }}{{#current}}{{.}}{{/current}}{{/ nav }}{{{ spaced }}} {{page-kind}} {\"json\": 1}"),
            Problems{});
}

TEST(MustacheParser, UnclosedSectionIsReportedWhereItOpens) {
  EXPECT_EQ(check("<ul>\n  {{#pages}}<li>{{title}}</li>\n</ul>\n"),
            Problems{"2:3 the section {{#pages}} is never closed"});
  EXPECT_EQ(only_problem("<ul>\n  {{#pages}}<li>{{title}}</li>\n</ul>\n").hint,
            "add {{/pages}} to close the section opened at line 2");
  EXPECT_EQ(check("{{^pages}}none"), Problems{"1:1 the section {{^pages}} is never closed"});
  EXPECT_EQ(check("{{#a}}\n{{#b}}\n"),
            (Problems{"1:1 the section {{#a}} is never closed", "2:1 the section {{#b}} is never closed"}));
}

TEST(MustacheParser, ClosingTheWrongSectionIsOneProblem) {
  Diagnostic crossed = only_problem("{{#a}}{{#b}}{{/a}}{{/b}}");
  EXPECT_EQ(crossed.pos.column, 13);
  EXPECT_EQ(crossed.message, "{{/a}} closes the wrong section: {{#b}} (line 1) is still open");
  EXPECT_EQ(crossed.hint, "add {{/b}} before this {{/a}}");
  EXPECT_EQ(check("{{#a}}\n{{^b}}\n{{/a}}\n"),
            Problems{"3:1 {{/a}} closes the wrong section: {{^b}} (line 2) is still open"});
}

TEST(MustacheParser, MisspelledClosingTagIsOneProblem) {
  Diagnostic typo = only_problem("<ul>{{#pages}}<li></li>{{/page}}</ul>");
  EXPECT_EQ(typo.pos.column, 24);
  EXPECT_EQ(typo.message, "{{/page}} does not match the open section {{#pages}} (line 1)");
  EXPECT_EQ(typo.hint, "change it to {{/pages}}");
}

TEST(MustacheParser, StrayClosingTag) {
  Diagnostic stray = only_problem("x {{/a}}");
  EXPECT_EQ(stray.pos.column, 3);
  EXPECT_EQ(stray.message, "{{/a}} closes a section that was never opened");
  EXPECT_EQ(stray.hint, "remove it, or add {{#a}} before it");
  EXPECT_EQ(check("{{#pages}}{{/subsections}}{{/pages}}"),
            Problems{"1:11 {{/subsections}} closes a section that was never opened"});
}

TEST(MustacheParser, UnclosedTag) {
  EXPECT_EQ(check("<p>{{page.title</p>\n{{site.title}}"), Problems{"1:4 this tag is not closed"});
  EXPECT_EQ(only_problem("<p>{{page.title</p>\n{{site.title}}").hint, "end it with }}");
  EXPECT_EQ(check("a\nb {{site.title"), Problems{"2:3 this tag is not closed"});
  EXPECT_EQ(check("{{{page.content"), Problems{"1:1 this tag is not closed"});
  EXPECT_EQ(only_problem("{{{page.content").hint, "end it with }}}");
  Diagnostic comment = only_problem("{{! use {{x}} here }}");
  EXPECT_EQ(comment.message, "this comment has a {{ inside it, so it ends at the first }}");
  EXPECT_EQ(comment.hint, "remove the {{ from inside the comment");
}

TEST(MustacheParser, MismatchedTripleBraces) {
  Diagnostic triple = only_problem("<div>\n  {{{page.content}}\n</div>");
  EXPECT_EQ(triple.pos.line, 2);
  EXPECT_EQ(triple.pos.column, 3);
  EXPECT_EQ(triple.message, "this tag starts with {{{ but ends with }}");
  EXPECT_EQ(triple.hint, "end it with }}} to print HTML as it is, or start it with {{ to print escaped text");
  EXPECT_EQ(check("<b>{{page.content}}}</b>"), Problems{"1:4 this tag starts with {{ but ends with }}}"});
}

TEST(MustacheParser, UnknownTagTypes) {
  EXPECT_EQ(check("{{%x}}"), Problems{"1:1 unknown tag type '%'"});
  EXPECT_EQ(check("a {{ <partials/nav}}"), Problems{"1:3 unknown tag type '<'"});
  EXPECT_EQ(only_problem("{{?x}}").hint,
            "tags are {{name}}, {{{html}}}, {{#section}}, {{^inverted}}, {{/end}}, {{> partial}} or {{! comment}}");
}

TEST(MustacheParser, EmptyTags) {
  EXPECT_EQ(check("{{}} {{ }} {{{ }}}"),
            (Problems{"1:1 this tag is empty", "1:6 this tag is empty", "1:12 this tag is empty"}));
  EXPECT_EQ(check("{{#}}"), Problems{"1:1 this section tag has no name"});
  EXPECT_EQ(only_problem("{{^ }}").hint, "write the name of a value after the ^, e.g. {{^pages}}");
  EXPECT_EQ(check("{{/}}"), Problems{"1:1 this closing tag has no name"});
  EXPECT_EQ(check("{{>}}"), Problems{"1:1 this partial tag names no template"});
}

TEST(MustacheParser, NamesThatMatchNoValue) {
  EXPECT_EQ(check("{{page title}}"), Problems{"1:1 the name \"page title\" has a space in it, so it matches no value"});
  EXPECT_EQ(check("{{page.title|upper}}"),
            Problems{"1:1 the name \"page.title|upper\" has '|' in it, so it matches no value"});
  // Only spaces are trimmed: a line break inside the tag is part of the name.
  EXPECT_EQ(check("{{#pages\n}}{{/pages\n}}"),
            Problems{"1:1 the name \"pages\" has a line break in it, so it matches no value"});
  EXPECT_EQ(only_problem("{{{a\tb}}}").hint, "names are letters, digits, _ and -, with . between parts, e.g. {{page.title}}");
}

TEST(MustacheParser, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(check("– é {{#x}}"), Problems{"1:5 the section {{#x}} is never closed"});
  EXPECT_EQ(check("{{é}}"), Problems{"1:1 unknown tag type 'é'"});
}

TEST(MustacheParser, ProblemsCarryTheFileAndLine) {
  Diagnostics diagnostics;
  Template tmpl{"page", SourceFile("themes/x/page.mustache", "one\n  {{#a}}\n"), {}};
  parse(tmpl, diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  Diagnostic d = diagnostics.sorted()[0];
  EXPECT_EQ(d.pos.file, "themes/x/page.mustache");
  EXPECT_EQ(d.line_text, "  {{#a}}");
}

}  // namespace
}  // namespace cdp::mustache
