#include "render/templates.h"

#include <thread>

#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const std::string kDefaultTheme = CDPSITE_TEST_DATA "/../themes/default/templates";

// Every problem check_template finds in `text`, as "line:col message".
std::vector<std::string> check(const std::string& text, std::vector<std::string> partials = {"partials/nav"}) {
  Diagnostics diagnostics;
  check_template(SourceFile("t.mustache", text), partials, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message);
  }
  return found;
}

// The one problem check_template finds in `text`, with its hint.
Diagnostic only_problem(const std::string& text) {
  Diagnostics diagnostics;
  check_template(SourceFile("t.mustache", text), {"partials/nav"}, diagnostics);
  std::vector<Diagnostic> found = diagnostics.sorted();
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? Diagnostic{} : found[0];
}

using Problems = std::vector<std::string>;

// ---- The checks ------------------------------------------------------------------

TEST(TemplateCheck, CorrectTemplateHasNoProblems) {
  EXPECT_EQ(check("{{#pages}}<a href=\"{{url}}\">{{title}}</a>{{/pages}}{{^pages}}none{{/pages}}\n"
                  "{{{page.content}}}{{> partials/nav}}{{ > partials/nav }}{{! a note\nover lines }}{{&raw}}\n"
                  "{{# nav }}{{#current}}{{.}}{{/current}}{{/ nav }}{{{ spaced }}} {{page-kind}} {\"json\": 1}"),
            Problems{});
}

TEST(TemplateCheck, UnclosedSectionIsReportedWhereItOpens) {
  EXPECT_EQ(check("<ul>\n  {{#pages}}<li>{{title}}</li>\n</ul>\n"),
            Problems{"2:3 the section {{#pages}} is never closed"});
  EXPECT_EQ(only_problem("<ul>\n  {{#pages}}<li>{{title}}</li>\n</ul>\n").hint,
            "add {{/pages}} to close the section opened at line 2");
  EXPECT_EQ(check("{{^pages}}none"), Problems{"1:1 the section {{^pages}} is never closed"});
  EXPECT_EQ(check("{{#a}}\n{{#b}}\n"),
            (Problems{"1:1 the section {{#a}} is never closed", "2:1 the section {{#b}} is never closed"}));
}

TEST(TemplateCheck, ClosingTheWrongSectionIsOneProblem) {
  Diagnostic crossed = only_problem("{{#a}}{{#b}}{{/a}}{{/b}}");
  EXPECT_EQ(crossed.pos.column, 13);
  EXPECT_EQ(crossed.message, "{{/a}} closes the wrong section: {{#b}} (line 1) is still open");
  EXPECT_EQ(crossed.hint, "add {{/b}} before this {{/a}}");
  EXPECT_EQ(check("{{#a}}\n{{^b}}\n{{/a}}\n"),
            Problems{"3:1 {{/a}} closes the wrong section: {{^b}} (line 2) is still open"});
}

TEST(TemplateCheck, MisspelledClosingTagIsOneProblem) {
  Diagnostic typo = only_problem("<ul>{{#pages}}<li></li>{{/page}}</ul>");
  EXPECT_EQ(typo.pos.column, 24);
  EXPECT_EQ(typo.message, "{{/page}} does not match the open section {{#pages}} (line 1)");
  EXPECT_EQ(typo.hint, "change it to {{/pages}}");
}

TEST(TemplateCheck, StrayClosingTag) {
  Diagnostic stray = only_problem("x {{/a}}");
  EXPECT_EQ(stray.pos.column, 3);
  EXPECT_EQ(stray.message, "{{/a}} closes a section that was never opened");
  EXPECT_EQ(stray.hint, "remove it, or add {{#a}} before it");
  EXPECT_EQ(check("{{#pages}}{{/subsections}}{{/pages}}"),
            Problems{"1:11 {{/subsections}} closes a section that was never opened"});
}

TEST(TemplateCheck, UnclosedTag) {
  EXPECT_EQ(check("<p>{{page.title</p>\n{{site.title}}"), Problems{"1:4 this tag is not closed"});
  EXPECT_EQ(only_problem("<p>{{page.title</p>\n{{site.title}}").hint, "end it with }}");
  EXPECT_EQ(check("a\nb {{site.title"), Problems{"2:3 this tag is not closed"});
  EXPECT_EQ(check("{{{page.content"), Problems{"1:1 this tag is not closed"});
  EXPECT_EQ(only_problem("{{{page.content").hint, "end it with }}}");
  Diagnostic comment = only_problem("{{! use {{x}} here }}");
  EXPECT_EQ(comment.message, "this comment has a {{ inside it, so it ends at the first }}");
  EXPECT_EQ(comment.hint, "remove the {{ from inside the comment");
}

TEST(TemplateCheck, MismatchedTripleBraces) {
  Diagnostic triple = only_problem("<div>\n  {{{page.content}}\n</div>");
  EXPECT_EQ(triple.pos.line, 2);
  EXPECT_EQ(triple.pos.column, 3);
  EXPECT_EQ(triple.message, "this tag starts with {{{ but ends with }}");
  EXPECT_EQ(triple.hint, "end it with }}} to print HTML as it is, or start it with {{ to print escaped text");
  EXPECT_EQ(check("<b>{{page.content}}}</b>"), Problems{"1:4 this tag starts with {{ but ends with }}}"});
}

TEST(TemplateCheck, UnknownTagTypes) {
  EXPECT_EQ(check("{{%x}}"), Problems{"1:1 unknown tag type '%'"});
  EXPECT_EQ(check("a {{ <partials/nav}}"), Problems{"1:3 unknown tag type '<'"});
  EXPECT_EQ(only_problem("{{?x}}").hint,
            "tags are {{name}}, {{{html}}}, {{#section}}, {{^inverted}}, {{/end}}, {{> partial}} or {{! comment}}");
  EXPECT_EQ(check("{{=<% %>=}}"), Problems{"1:1 changing the tag delimiters is not supported"});
}

TEST(TemplateCheck, EmptyTags) {
  EXPECT_EQ(check("{{}} {{ }} {{{ }}}"),
            (Problems{"1:1 this tag is empty", "1:6 this tag is empty", "1:12 this tag is empty"}));
  EXPECT_EQ(check("{{#}}"), Problems{"1:1 this section tag has no name"});
  EXPECT_EQ(only_problem("{{^ }}").hint, "write the name of a value after the ^, e.g. {{^pages}}");
  EXPECT_EQ(check("{{/}}"), Problems{"1:1 this closing tag has no name"});
  EXPECT_EQ(check("{{>}}"), Problems{"1:1 this partial tag names no template"});
}

TEST(TemplateCheck, NamesThatMatchNoValue) {
  EXPECT_EQ(check("{{page title}}"), Problems{"1:1 the name \"page title\" has a space in it, so it matches no value"});
  EXPECT_EQ(check("{{page.title|upper}}"),
            Problems{"1:1 the name \"page.title|upper\" has '|' in it, so it matches no value"});
  // mstch trims spaces only: a line break inside the tag becomes part of the name.
  EXPECT_EQ(check("{{#pages\n}}{{/pages\n}}"),
            Problems{"1:1 the name \"pages\" has a line break in it, so it matches no value"});
  EXPECT_EQ(only_problem("{{{a\tb}}}").hint, "names are letters, digits, _ and -, with . between parts, e.g. {{page.title}}");
}

TEST(TemplateCheck, UnknownPartial) {
  Diagnostic typo = only_problem("<header>\n{{> partials/nva}}");
  EXPECT_EQ(typo.pos.line, 2);
  EXPECT_EQ(typo.pos.column, 1);
  EXPECT_EQ(typo.message, "there is no template called \"partials/nva\" to include");
  EXPECT_EQ(typo.hint, "did you mean {{> partials/nav}}?");
  EXPECT_EQ(only_problem("{{> footer}}").hint, "add footer.mustache to the templates folder, or fix the name");
}

TEST(TemplateCheck, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(check("– é {{#x}}"), Problems{"1:5 the section {{#x}} is never closed"});
  EXPECT_EQ(check("{{é}}"), Problems{"1:1 unknown tag type 'é'"});
}

TEST(TemplateCheck, ProblemsCarryTheFileAndLine) {
  Diagnostics diagnostics;
  check_template(SourceFile("themes/x/page.mustache", "one\n  {{#a}}\n"), {}, diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  Diagnostic d = diagnostics.sorted()[0];
  EXPECT_EQ(d.pos.file, "themes/x/page.mustache");
  EXPECT_EQ(d.line_text, "  {{#a}}");
}

// ---- Loading ---------------------------------------------------------------------

// Writes the required templates, each printing its own name, into `folder` of `dir`.
void write_theme(const TempDir& dir, const std::string& folder) {
  for (const std::string& name : kRequiredTemplates) dir.write(folder + "/" + name + ".mustache", folder + " " + name);
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    std::string where = d.pos.file;
    if (d.pos.line > 0) where += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
    found.push_back(where + ": " + d.message);
  }
  return found;
}

TEST(TemplateLoad, LaterFoldersOverrideEarlierOnes) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/nav.mustache", "theme nav");
  dir.write("theme/partials/footer.mustache", "theme footer");
  dir.write("theme/home.mustache", "{{> partials/nav}} {{> partials/footer}}");
  dir.write("site/partials/nav.mustache", "site nav");
  dir.write("site/page.mustache", "site page");
  dir.write("local/page.mustache", "local page");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme", dir.path() / "site", dir.path() / "local"}, dir.path(), diagnostics);
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  EXPECT_EQ(set->render("base", mstch::map{}), "theme base");
  EXPECT_EQ(set->render("page", mstch::map{}), "local page");
  EXPECT_EQ(set->render("home", mstch::map{}), "site nav theme footer");
}

// Lays out `context` with a theme whose base and page templates are `base` and
// `page`, plus `partials` (name -> text).
std::string laid_out(const std::string& base, const std::string& page, const mstch::map& context,
                     const std::map<std::string, std::string>& partials = {}) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/base.mustache", base);
  dir.write("theme/page.mustache", page);
  for (const auto& [name, text] : partials) dir.write("theme/" + name + ".mustache", text);
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics);
  if (!set) {
    ADD_FAILURE() << ::testing::PrintToString(messages(diagnostics));
    return "";
  }
  return set->render_in_layout("page", context);
}

// Each template is given only the values it names; what it names through its partials,
// inside sections (found further down mstch's stack) and with dots must still arrive.
TEST(TemplateLayout, EachTemplateSeesEveryValueItOrItsPartialsName) {
  mstch::map context{{"site", mstch::map{{"title", std::string("Site")}}},
                     {"nav", mstch::array{mstch::map{{"label", std::string("A")}}, mstch::map{{"label", std::string("B")}}}},
                     {"page", mstch::map{{"title", std::string("Report")}}},
                     {"owner", std::string("the board")},
                     {"unused", std::string("never shown")}};
  EXPECT_EQ(laid_out("[{{site.title}}|{{> partials/nav}}|{{{main}}}]",
                     "{{#page}}{{title}} of {{owner}}{{/page}}{{^hidden}} shown{{/hidden}}", context,
                     {{"partials/nav", "{{#nav}}{{label}}:{{site.title}};{{/nav}}"}}),
            "[Site|A:Site;B:Site;|Report of the board shown]");
}

// A template that only looks inside a value ("page.title") is given the keys it
// names; the next template still finds every key, and a section over the value
// (which may look up any of its keys) gets it whole.
TEST(TemplateLayout, KeysLookedUpInsideAValueAreGivenAndTheRestKept) {
  mstch::map context{{"page", mstch::map{{"title", std::string("T")},
                                         {"body", std::string("B")},
                                         {"date", mstch::map{{"year", std::string("2024")}}}}},
                     {"site", mstch::map{{"name", std::string("S")}}}};
  EXPECT_EQ(laid_out("[{{page.title}}|{{{main}}}|{{#site}}{{name}}{{/site}}]",
                     "{{page.body}}/{{page.date.year}}/{{site.name}}", context),
            "[T|B/2024/S|S]");
}

// "{{.x}}" looks up an empty first name in mstch: such a template is given everything.
TEST(TemplateLayout, ANameStartingWithADotGetsEveryValue) {
  mstch::map context{{"", mstch::map{{"x", std::string("X")}}}, {"title", std::string("T")}};
  EXPECT_EQ(laid_out("{{{main}}}", "{{.x}}{{title}}", context), "XT");
}

TEST(TemplateLoad, NamesAreRelativePathsWithoutTheExtension) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/deep/item.mustache", "item");
  dir.write("theme/notes.txt", "{{#not a template");
  dir.write("theme/.hidden.mustache", "{{#editor junk");
  dir.write("theme/.git/x.mustache", "{{#junk");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme", dir.path() / "no-such-folder"}, dir.path(), diagnostics);
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  EXPECT_TRUE(set->has("partials/deep/item"));
  EXPECT_TRUE(set->has("404"));
  EXPECT_FALSE(set->has("notes"));
  EXPECT_FALSE(set->has(".hidden"));
  EXPECT_FALSE(set->has("partials/deep/item.mustache"));
}

TEST(TemplateLoad, MissingRequiredTemplatesNameTheFoldersSearched) {
  TempDir dir;
  dir.write("theme/page.mustache", "x");
  dir.write("theme/home.mustache", "x");
  dir.write("site/section.mustache", "x");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme", dir.path() / "site"}, dir.path(), diagnostics));
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{": there is no 404.mustache template in theme or site",
                                      ": there is no base.mustache template in theme or site"}));
  EXPECT_EQ(diagnostics.sorted()[0].hint,
            "add 404.mustache to one of these folders (cdpsite's default theme has one to start from)");
}

TEST(TemplateLoad, ProblemsAreShownRelativeToTheDisplayBase) {
  TempDir dir;
  write_theme(dir, "themes/x/templates");
  dir.write("themes/x/templates/partials/nav.mustache", "<nav>\n{{#nav}}\n</nav>");
  dir.write("site/page.mustache", "{{> partials/footer}}");
  Diagnostics inside;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "themes/x/templates", dir.path() / "site"}, dir.path(), inside));
  EXPECT_EQ(messages(inside),
            (std::vector<std::string>{"site/page.mustache:1:1: there is no template called \"partials/footer\" to include",
                                      "themes/x/templates/partials/nav.mustache:2:1: the section {{#nav}} is never closed"}));
  // Outside the display base, paths are shown as given.
  Diagnostics outside;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "site"}, dir.path() / "themes", outside));
  ASSERT_FALSE(outside.sorted().empty());
  EXPECT_EQ(outside.sorted().back().pos.file, (dir.path() / "site/page.mustache").generic_string());
  // A trailing slash or "." in the base changes nothing.
  Diagnostics dotted;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "site"}, dir.path() / "./", dotted));
  EXPECT_EQ(dotted.sorted().back().pos.file, "site/page.mustache");
}

TEST(TemplateLoad, IncludeThatNeverEndsIsAnError) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/a.mustache", "a\n{{> partials/b}}");
  dir.write("theme/partials/b.mustache", "b {{> partials/a}}");
  dir.write("theme/partials/self.mustache", "{{#x}}{{/x}}{{> partials/self}}");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics));
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{
                "theme/partials/a.mustache:2:1: this includes \"partials/b\", which includes \"partials/a\" again, "
                "outside any section, so it would never end",
                "theme/partials/b.mustache:1:3: this includes \"partials/a\", which includes \"partials/b\" again, "
                "outside any section, so it would never end",
                "theme/partials/self.mustache:1:13: \"partials/self\" includes itself here, outside any section, so "
                "it would never end"}));
  EXPECT_EQ(diagnostics.sorted()[2].hint,
            "include it only inside a section that ends, e.g. {{#children}}{{> partials/self}}{{/children}}, or "
            "remove it");
}

TEST(TemplateLoad, RecursiveTemplateInsideASectionWorks) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/tree.mustache", "<li>{{text}}{{#has_children}}<ul>{{#children}}{{> partials/tree}}{{/children}}</ul>{{/has_children}}</li>");
  dir.write("theme/page.mustache", "<ul>{{#toc}}{{> partials/tree}}{{/toc}}</ul>");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics);
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  mstch::map leaf{{"text", std::string("b")}, {"has_children", false}};
  mstch::map root{{"text", std::string("a")}, {"has_children", true}, {"children", mstch::array{leaf}}};
  EXPECT_EQ(set->render("page", mstch::map{{"toc", mstch::array{root}}}), "<ul><li>a<ul><li>b</li></ul></li></ul>");
  EXPECT_EQ(set->render("partials/tree", root), "<li>a<ul><li>b</li></ul></li>");
  EXPECT_TRUE(set->uses("page", "partials/tree"));
  EXPECT_TRUE(set->uses("page", "page"));
  EXPECT_FALSE(set->uses("partials/tree", "page"));
}

TEST(TemplateLoad, EveryBrokenTemplateIsReported) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/page.mustache", "{{#a}}");
  dir.write("theme/home.mustache", "{{b");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics));
  EXPECT_EQ(messages(diagnostics), (std::vector<std::string>{"theme/home.mustache:1:1: this tag is not closed",
                                                             "theme/page.mustache:1:1: the section {{#a}} is never closed"}));
}

// ---- Rendering -------------------------------------------------------------------

TEST(TemplateRender, PartialsAndEscaping) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/nav.mustache", "<nav>{{title}}{{ > partials/item }}</nav>");
  dir.write("theme/partials/item.mustache", "[{{title}}]");
  dir.write("theme/page.mustache", "{{> partials/nav}}<p>{{text}}</p>{{{html}}}|{{&html}}");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics);
  ASSERT_TRUE(set);
  std::string out = set->render("page", mstch::map{{"title", std::string("A/B")},
                                                   {"text", std::string("<x> & \"y\" 'z' a/b=c")},
                                                   {"html", std::string("<b>ok</b>")}});
  EXPECT_EQ(out, "<nav>A/B[A/B]</nav><p>&lt;x&gt; &amp; &quot;y&quot; &#39;z&#39; a/b=c</p><b>ok</b>|<b>ok</b>");
  EXPECT_TRUE(set->uses("page", "partials/item"));
  EXPECT_TRUE(set->uses("partials/nav", "partials/item"));
  EXPECT_FALSE(set->uses("base", "partials/nav"));
}

TEST(TemplateRender, SafeFromSeveralThreadsAtOnce) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/item.mustache", "<li>{{.}}</li>");
  dir.write("theme/page.mustache", "<h1>{{title}}</h1><ul>{{#items}}{{> partials/item}}{{/items}}</ul>");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics);
  ASSERT_TRUE(set);
  const mstch::map context{{"title", std::string("T & T")},
                           {"items", mstch::array{std::string("<1>"), std::string("2"), std::string("3")}}};
  const std::string expected = "<h1>T &amp; T</h1><ul><li>&lt;1&gt;</li><li>2</li><li>3</li></ul>";
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) wrong[t] += set->render("page", context) != expected;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(8, 0));
}

// ---- The default theme -----------------------------------------------------------

// Checks that the non-void elements of `html` open and close in order; returns the
// first problem, or "".
std::string unbalanced_tags(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "link", "br", "img", "hr", "input", "source", "wbr"};
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 2, "<!") == 0) continue;
    bool closing = html.compare(at, 2, "</") == 0;
    std::size_t start = at + (closing ? 2 : 1);
    std::size_t end = html.find_first_of(" \t\n>/", start);
    std::string tag = html.substr(start, end - start);
    if (kVoid.count(tag)) continue;
    if (!closing) {
      open.push_back(tag);
    } else if (open.empty() || open.back() != tag) {
      return "</" + tag + "> closes <" + (open.empty() ? "" : open.back()) + ">";
    } else {
      open.pop_back();
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

mstch::map common_context(const std::string& title, const std::string& kind, bool home) {
  mstch::map site{{"title", std::string("West Sussex Drug & Alcohol Partnership")},
                  {"description", std::string("Working together to reduce harm from drugs")},
                  {"language", std::string("en-GB")},
                  {"home_url", std::string(home ? "index.html" : "../index.html")}};
  mstch::array nav{mstch::map{{"title", std::string("Home")}, {"url", site["home_url"]}, {"current", home}},
                   mstch::map{{"title", std::string("Documents")},
                              {"url", std::string(home ? "documents/index.html" : "index.html")},
                              {"current", !home}}};
  mstch::array crumbs;
  if (!home && kind == "page") crumbs.push_back(mstch::map{{"title", std::string("Home")}, {"url", std::string("../../index.html")}});
  mstch::map page{{"title", title},
                  {"url", std::string("index.html")},
                  {"kind", kind},
                  {"summary", std::string("What the partnership did in 2023/24 & what comes next")},
                  {"has_date", kind == "page"},
                  {"date_iso", std::string("2024-06-30")},
                  {"date_display", std::string("30 June 2024")},
                  {"content", std::string("<p>The partnership met <em>four</em> times.</p>\n<h2 id=\"aims\">Aims</h2>")},
                  {"has_toc", kind == "page"},
                  {"toc", mstch::array{mstch::map{{"id", std::string("aims")},
                                                  {"text", std::string("Aims")},
                                                  {"has_children", true},
                                                  {"children", mstch::array{mstch::map{{"id", std::string("a-1")},
                                                                                       {"text", std::string("First")}}}}},
                                       mstch::map{{"id", std::string("next")},
                                                  {"text", std::string("Next")},
                                                  {"has_children", false},
                                                  {"children", mstch::array{}}}}}};
  mstch::map context{{"generator", std::string("cdpsite 0.1.0")},
                     {"root", std::string(home ? "" : kind == "page" ? "../../" : "../")},
                     {"site", site},
                     {"nav", nav},
                     {"breadcrumbs", crumbs},
                     {"has_breadcrumbs", !crumbs.empty()},
                     {"page", page}};
  if (kind == "home" || kind == "section") {
    context["pages"] = mstch::array{mstch::map{{"title", std::string("Annual report 2023/24")},
                                               {"url", std::string("annual-report/index.html")},
                                               {"summary", std::string("Our year")},
                                               {"has_date", true},
                                               {"date_iso", std::string("2024-06-30")},
                                               {"date_display", std::string("30 June 2024")}}};
    context["has_pages"] = true;
    context["subsections"] = mstch::array{mstch::map{{"title", std::string("News")},
                                                     {"url", std::string("news/index.html")},
                                                     {"summary", std::string("")}}};
    context["has_subsections"] = true;
  }
  return context;
}

// Renders `name` inside base.mustache, as the builder does.
std::string render_page(const TemplateSet& set, const std::string& name, mstch::map context) {
  context["main"] = set.render(name, context);
  return set.render("base", context);
}

TEST(DefaultTheme, LoadsWithoutProblems) {
  Diagnostics diagnostics;
  auto set = TemplateSet::load({kDefaultTheme}, ".", diagnostics);
  EXPECT_TRUE(set);
  EXPECT_EQ(messages(diagnostics), std::vector<std::string>{});
}

TEST(DefaultTheme, EveryRequiredTemplateRendersAWholePage) {
  Diagnostics diagnostics;
  auto set = TemplateSet::load({kDefaultTheme}, ".", diagnostics);
  ASSERT_TRUE(set);
  struct Case {
    std::string name, kind, title;
    bool home;
  };
  for (const Case& c : {Case{"home", "home", "Welcome", true}, Case{"section", "section", "Documents", false},
                        Case{"page", "page", "Annual report 2023/24", false},
                        Case{"404", "404", "Page not found", true}}) {
    SCOPED_TRACE(c.name);
    std::string html = render_page(*set, c.name, common_context(c.title, c.kind, c.home));
    EXPECT_EQ(html.rfind("<!doctype html>\n<html lang=\"en-GB\">", 0), 0u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(html.find("<meta name=\"viewport\""), std::string::npos);
    EXPECT_NE(html.find("<title>" + c.title + " – West Sussex Drug &amp; Alcohol Partnership</title>"),
              std::string::npos);
    EXPECT_NE(html.find("<a class=\"skip-link\" href=\"#main-content\">"), std::string::npos);
    EXPECT_NE(html.find("<main id=\"main-content\""), std::string::npos);
    EXPECT_NE(html.find("<nav class=\"site-nav\" aria-label=\"Main\">"), std::string::npos);
    EXPECT_NE(html.find("aria-current=\"page\""), std::string::npos);
    EXPECT_NE(html.find("Built with cdpsite 0.1.0"), std::string::npos);
    std::string main = testing::element_html(html, "main");
    EXPECT_NE(main.find("<h1>" + c.title + "</h1>"), std::string::npos) << main;
    EXPECT_EQ(testing::element_html(html, "h1"), c.title);
    EXPECT_EQ(unbalanced_tags(html), "");
  }
}

TEST(DefaultTheme, PageShowsDateSummaryContentsAndBreadcrumbs) {
  Diagnostics diagnostics;
  auto set = TemplateSet::load({kDefaultTheme}, ".", diagnostics);
  ASSERT_TRUE(set);
  std::string html = render_page(*set, "page", common_context("Annual report", "page", false));
  EXPECT_NE(html.find("<link rel=\"stylesheet\" href=\"../../css/site.css\">"), std::string::npos);
  EXPECT_NE(html.find("<meta name=\"description\" content=\"What the partnership did in 2023/24 &amp; what comes next\">"),
            std::string::npos);
  EXPECT_NE(html.find("<time datetime=\"2024-06-30\">30 June 2024</time>"), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"Breadcrumb\""), std::string::npos);
  EXPECT_NE(html.find("<p>The partnership met <em>four</em> times.</p>"), std::string::npos);
  std::vector<std::string> hrefs = testing::attribute_values(html, "href");
  EXPECT_NE(std::find(hrefs.begin(), hrefs.end(), "#a-1"), hrefs.end());
  EXPECT_NE(html.find("<nav class=\"toc\" aria-labelledby=\"contents-heading\">"), std::string::npos);
  EXPECT_NE(html.find("id=\"contents-heading\">Contents</h2>"), std::string::npos);
}

TEST(DefaultTheme, ListsShowPagesAndSubsections) {
  Diagnostics diagnostics;
  auto set = TemplateSet::load({kDefaultTheme}, ".", diagnostics);
  ASSERT_TRUE(set);
  for (const std::string& name : std::vector<std::string>{"home", "section"}) {
    std::string html = render_page(*set, name, common_context("Documents", name, name == "home"));
    EXPECT_NE(html.find("<a href=\"annual-report/index.html\">Annual report 2023/24</a>"), std::string::npos) << name;
    EXPECT_NE(html.find("<a href=\"news/index.html\">News</a>"), std::string::npos) << name;
    EXPECT_EQ(html.find("aria-label=\"Breadcrumb\""), std::string::npos) << name;
  }
  std::string not_found = render_page(*set, "404", common_context("Page not found", "404", true));
  EXPECT_NE(not_found.find("href=\"index.html\""), std::string::npos);
}

}  // namespace
}  // namespace cdp
