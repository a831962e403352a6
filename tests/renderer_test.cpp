#include "mustache/renderer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "mustache/library.h"

// Mustache as its specification describes it (github.com/mustache/spec, specs/*.yml),
// section by section, in cases of our own; and where cdpsite keeps what mstch did.
namespace cdp::mustache {
namespace {

// Renders `text` with `context`; `partials` are the other templates (name -> text).
std::string render(const std::string& text, const Value& context, const std::map<std::string, std::string>& partials = {}) {
  std::map<std::string, SourceFile> files;
  files.emplace("t", SourceFile("t.mustache", text));
  for (const auto& [name, partial] : partials) files.emplace(name, SourceFile(name + ".mustache", partial));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  if (!library) {
    ADD_FAILURE() << "does not load: " << text;
    return "";
  }
  std::string out;
  mustache::render(*library->find("t"), context, out);
  return out;
}

// ---- Interpolation ---------------------------------------------------------------

TEST(MustacheInterpolation, TextWithoutTagsIsCopied) {
  EXPECT_EQ(render("Plain {text} with } and { in it\n", Map{}), "Plain {text} with } and { in it\n");
}

TEST(MustacheInterpolation, DoubleBracesEscapeHtmlAsCdpsiteAlwaysHas) {
  Map context{{"who", "Tom & \"Jerry\" <b>'s</b> a/b"}};
  EXPECT_EQ(render("Hi {{who}}!", context), "Hi Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; a/b!");
}

TEST(MustacheInterpolation, TripleBracesAndAmpersandPrintAsItIs) {
  Map context{{"html", "<em>&</em>"}};
  EXPECT_EQ(render("{{{html}}}|{{&html}}|{{{ html }}}|{{& html }}", context), "<em>&</em>|<em>&</em>|<em>&</em>|<em>&</em>");
}

TEST(MustacheInterpolation, MissingNamesPrintNothing) {
  EXPECT_EQ(render("[{{nothing}}|{{{nothing}}}|{{a.b.c}}]", Map{}), "[||]");
}

TEST(MustacheInterpolation, FlagsPrintAsTrueOrFalseAndGroupsAsNothing) {
  Map context{{"yes", true}, {"no", false}, {"group", Map{{"a", "x"}}}, {"list", List{Value("x")}}};
  EXPECT_EQ(render("{{yes}} {{no}} [{{group}}] [{{list}}]", context), "true false [] []");
}

TEST(MustacheInterpolation, DottedNamesLookInsideGroups) {
  Map context{{"page", Map{{"date", Map{{"year", "2024"}}}, {"title", "T"}}}};
  EXPECT_EQ(render("{{page.title}} {{page.date.year}} {{{page.date.year}}} [{{page.nothing.year}}]", context),
            "T 2024 2024 []");
}

TEST(MustacheInterpolation, OnlyTheFirstPartOfADottedNameLooksOutwards) {
  Map context{{"a", Map{{"b", Map{}}}}, {"c", "outer"}};
  // "a.b.c": a is found, b inside it, and c must then be inside b: it is not, so nothing.
  EXPECT_EQ(render("[{{#a.b}}{{c}}{{/a.b}}|{{a.b.c}}]", context), "[outer|]");
}

TEST(MustacheInterpolation, ValuesAreNotTemplates) {
  Map context{{"tricky", "{{tricky}} {{#x}}"}};
  EXPECT_EQ(render("{{{tricky}}}", context), "{{tricky}} {{#x}}");
}

TEST(MustacheInterpolation, AValueOnItsOwnLineKeepsTheLine) {
  Map context{{"x", "X"}};
  EXPECT_EQ(render("a\n  {{x}}\nb\n", context), "a\n  X\nb\n");
  EXPECT_EQ(render("a\n  {{x}}\n", Map{}), "a\n  \n");
}

TEST(MustacheInterpolation, ViewedAndSharedStringsPrintTheSame) {
  std::string body = "<p>x</p>";
  Value shared("shared & more");
  Map context{{"body", Value::view(body)}, {"shared", Value::ref(shared)}};
  EXPECT_EQ(render("{{{body}}}{{body}} {{shared}}", context), "<p>x</p>&lt;p&gt;x&lt;/p&gt; shared &amp; more");
}

// ---- Sections --------------------------------------------------------------------

TEST(MustacheSections, ShownForTrueSkippedForFalse) {
  Map context{{"yes", true}, {"no", false}};
  EXPECT_EQ(render("[{{#yes}}shown{{/yes}}|{{#no}}hidden{{/no}}|{{#missing}}hidden{{/missing}}]", context),
            "[shown||]");
}

TEST(MustacheSections, EmptyTextAndEmptyListsAreFalseAsInMstch) {
  Map context{{"empty", ""}, {"none", List{}}, {"text", "x"}};
  EXPECT_EQ(render("[{{#empty}}a{{/empty}}{{#none}}b{{/none}}{{#text}}c{{.}}{{/text}}]", context), "[cx]");
}

TEST(MustacheSections, AListRepeatsTheSectionForEachItem) {
  Map context{{"pages", List{Map{{"title", "A"}}, Map{{"title", "B"}}, Map{{"title", "C"}}}}};
  EXPECT_EQ(render("{{#pages}}<{{title}}>{{/pages}}", context), "<A><B><C>");
}

TEST(MustacheSections, TheImplicitIteratorIsTheItemItself) {
  Map context{{"names", List{Value("a&b"), Value("c")}}};
  EXPECT_EQ(render("{{#names}}({{.}}|{{{.}}}){{/names}}", context), "(a&amp;b|a&b)(c|c)");
}

TEST(MustacheSections, TheImplicitIteratorSkipsGroupsAsInMstch) {
  // mstch looked "." up like a name, which no group has: inside {{#list}} of groups
  // within a list of strings, {{.}} is the string; inside an inverted section, nothing.
  Map context{{"names", List{Value("a")}}, {"groups", List{Map{{"x", "1"}}}}};
  EXPECT_EQ(render("{{#names}}{{#groups}}[{{.}}]{{/groups}}{{/names}}", context), "[a]");
  EXPECT_EQ(render("{{#names}}{{^missing}}[{{.}}]{{/missing}}{{/names}}", context), "[]");
  EXPECT_EQ(render("[{{.}}]", context), "[]");
}

TEST(MustacheSections, AGroupBecomesTheContext) {
  Map context{{"site", Map{{"title", "S"}}}, {"title", "outer"}};
  EXPECT_EQ(render("{{#site}}{{title}}{{/site}} {{title}}", context), "S outer");
}

TEST(MustacheSections, NamesNotInTheItemAreLookedUpOutwards) {
  Map context{{"owner", "Board"},
              {"groups", List{Map{{"name", "G1"}, {"items", List{Map{{"label", "x"}}, Map{{"label", "y"}, {"owner", "Own"}}}}}}}};
  EXPECT_EQ(render("{{#groups}}{{#items}}{{label}}:{{name}}:{{owner}};{{/items}}{{/groups}}", context),
            "x:G1:Board;y:G1:Own;");
}

TEST(MustacheSections, NestedSectionsOfTheSameName) {
  Map context{{"a", Map{{"a", Map{{"x", "inner"}}}, {"x", "outer"}}}};
  EXPECT_EQ(render("{{#a}}{{x}}{{#a}}{{x}}{{/a}}{{/a}}", context), "outerinner");
}

TEST(MustacheSections, DottedSectionNames) {
  Map context{{"page", Map{{"has_date", true}, {"date", "1 May"}}}};
  EXPECT_EQ(render("{{#page.has_date}}on {{page.date}}{{/page.has_date}}", context), "on 1 May");
}

TEST(MustacheSections, StandaloneLinesMayEndInCarriageReturns) {
  EXPECT_EQ(render("<p>\r\n{{#yes}}\r\nx\r\n{{/yes}}\r\n</p>", Map{{"yes", true}}), "<p>\r\nx\r\n</p>");
}

TEST(MustacheSections, StandaloneSectionLinesLeaveNoTrace) {
  Map context{{"items", List{Value("a"), Value("b")}}};
  EXPECT_EQ(render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", context),
            "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  EXPECT_EQ(render("|\n{{#items}}\n{{/items}}", context), "|\n");  // at the end, without a line break
  EXPECT_EQ(render("  {{#items}}x{{/items}}\n", context), "  xx\n");  // not alone: kept
}

// ---- Inverted sections -----------------------------------------------------------

TEST(MustacheInverted, ShownWhenTheValueIsFalseMissingOrEmpty) {
  Map context{{"yes", true}, {"no", false}, {"none", List{}}, {"some", List{Value("x")}}, {"empty", ""}};
  EXPECT_EQ(render("[{{^yes}}1{{/yes}}{{^no}}2{{/no}}{{^missing}}3{{/missing}}{{^none}}4{{/none}}"
                   "{{^some}}5{{/some}}{{^empty}}6{{/empty}}]",
                   context),
            "[2346]");
}

TEST(MustacheInverted, InsideNamesMeanWhatTheyMeanOutside) {
  Map context{{"title", "T"}, {"pages", List{}}};
  EXPECT_EQ(render("{{^pages}}{{title}} has no pages{{/pages}}", context), "T has no pages");
}

TEST(MustacheInverted, StandaloneLinesLeaveNoTrace) {
  EXPECT_EQ(render("a\n {{^x}}\n b\n {{/x}}\nc\n", Map{}), "a\n b\nc\n");
}

TEST(MustacheInverted, BothKindsTogether) {
  Map context{{"pages", List{Map{{"t", "A"}}}}};
  EXPECT_EQ(render("{{#pages}}{{t}}{{/pages}}{{^pages}}none{{/pages}}", context), "A");
  EXPECT_EQ(render("{{#pages}}{{t}}{{/pages}}{{^pages}}none{{/pages}}", Map{}), "none");
}

// ---- Comments --------------------------------------------------------------------

TEST(MustacheComments, PrintNothing) {
  EXPECT_EQ(render("a{{! a note }}b{{!\nover\nlines\n}}c", Map{}), "abc");
}

TEST(MustacheComments, StandaloneCommentLinesLeaveNoTrace) {
  EXPECT_EQ(render("a\n  {{! note }}\nb\n", Map{}), "a\nb\n");
  EXPECT_EQ(render("a\n{{! first\nsecond }}\nb\n", Map{}), "a\nb\n");
  EXPECT_EQ(render("a {{! note }} b\n", Map{}), "a  b\n");
}

// ---- Partials --------------------------------------------------------------------

TEST(MustachePartials, AreRenderedInTheCurrentContext) {
  Map context{{"title", "T"}, {"items", List{Map{{"title", "A"}}}}};
  EXPECT_EQ(render("{{> head}}|{{#items}}{{> head}}{{/items}}", context, {{"head", "<h1>{{title}}</h1>"}}),
            "<h1>T</h1>|<h1>A</h1>");
}

TEST(MustachePartials, MayIncludeThemselvesInsideASection) {
  Map leaf{{"text", "b"}, {"children", List{}}};
  Map context{{"text", "a"}, {"children", List{leaf}}};
  EXPECT_EQ(render("{{> node}}", context, {{"node", "({{text}}{{#children}}{{> node}}{{/children}})"}}), "(a(b))");
}

TEST(MustachePartials, AnIncludeThatFindsTheSameListInsideEachItemStopsAtTheDepthLimit) {
  // Inside each item, "items" is not found, so it is found outside again: forever.
  std::map<std::string, SourceFile> files;
  files.emplace("t", SourceFile("t.mustache", "{{#items}}\n  [{{> t}}]{{/items}}"));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  ASSERT_TRUE(library);
  std::string out;
  std::optional<TooDeep> stopped = mustache::render(*library->find("t"), Map{{"items", List{Map{}}}}, out);
  ASSERT_TRUE(stopped);
  EXPECT_EQ(stopped->in, library->find("t"));
  EXPECT_EQ(stopped->tag->line, 2);
  EXPECT_EQ(stopped->tag->column, 4);
  EXPECT_EQ(std::count(out.begin(), out.end(), '['), 1 + kMaxIncludeDepth);  // the template, then each include
}

TEST(MustachePartials, IncludesAsDeepAsTheLimitStillRender) {
  Value nested = Map{{"children", List{}}};  // the innermost has none (not found, "children" would be looked up outside)
  for (int depth = 0; depth < kMaxIncludeDepth; ++depth) nested = Map{{"children", List{nested}}};
  std::map<std::string, SourceFile> files;
  files.emplace("t", SourceFile("t.mustache", "({{#children}}{{> t}}{{/children}})"));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  ASSERT_TRUE(library);
  std::string out;
  EXPECT_FALSE(mustache::render(*library->find("t"), nested, out));
  EXPECT_EQ(out, std::string(kMaxIncludeDepth + 1, '(') + std::string(kMaxIncludeDepth + 1, ')'));
}

TEST(MustachePartials, AStandalonePartialIndentsEachOfItsLines) {
  Map context{{"value", "one\ntwo"}};
  std::map<std::string, std::string> partials{{"p", "<b>\n{{{value}}}\n</b>\n"}};
  // Each line of the partial is indented; the lines of a value are not.
  EXPECT_EQ(render("<div>\n  {{> p}}\n</div>\n", context, partials), "<div>\n  <b>\n  one\ntwo\n  </b>\n</div>\n");
  // Inline, a partial is not indented.
  EXPECT_EQ(render("<div> {{> p}}</div>", context, partials), "<div> <b>\none\ntwo\n</b>\n</div>");
}

TEST(MustachePartials, IndentationAddsUpThroughNestedPartials) {
  std::map<std::string, std::string> partials{{"outer", "o\n  {{> inner}}\n"}, {"inner", "i1\ni2\n"}};
  EXPECT_EQ(render("  {{> outer}}\nend", Map{}, partials), "  o\n    i1\n    i2\nend");
}

// ---- Set delimiters --------------------------------------------------------------

TEST(MustacheDelimiters, NewDelimitersHoldUntilChangedBack) {
  Map context{{"x", "<X>"}, {"items", List{Value("1"), Value("2")}}};
  EXPECT_EQ(render("{{=<% %>=}}<% x %> {{x}} <%{x}%> <%#items%><%.%><%/items%><%={{ }}=%> {{x}}", context),
            "&lt;X&gt; {{x}} <X> 12 &lt;X&gt;");
}

TEST(MustacheDelimiters, StandaloneDelimiterLinesLeaveNoTrace) {
  EXPECT_EQ(render("a\n  {{=| |=}}\n|x|\n", Map{{"x", "X"}}), "a\nX\n");
}

TEST(MustacheDelimiters, EachTemplateStartsWithBraces) {
  Map context{{"x", "X"}};
  // Delimiters set in a template do not reach its partials, nor come back from them.
  EXPECT_EQ(render("{{=| |=}}|> p| |x|", context, {{"p", "{{x}}{{=< >=}}<x>"}}), "XX X");
  EXPECT_EQ(render("{{> p}}{{x}}", context, {{"p", "{{=< >=}}<x>"}}), "XX");
}

// ---- Rendering over a stack ------------------------------------------------------

TEST(MustacheRender, TheLastValueOfTheStackIsLookedInFirst) {
  Map page{{"title", "Page"}, {"main", "hidden"}};
  Map layout{{"main", "<p>body</p>"}};
  Value page_value(page), layout_value(layout);
  const Value* stack[] = {&page_value, &layout_value};
  std::map<std::string, SourceFile> files;
  files.emplace("base", SourceFile("base.mustache", "{{title}}:{{{main}}}"));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  ASSERT_TRUE(library);
  std::string out = "kept ";
  render_with_stack(*library->find("base"), stack, out);
  EXPECT_EQ(out, "kept Page:<p>body</p>");
}

}  // namespace
}  // namespace cdp::mustache
