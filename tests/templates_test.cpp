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
  auto set = TemplateSet::load({dir.path() / "theme", dir.path() / "site", dir.path() / "local"}, dir.path(), diagnostics, {});
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  EXPECT_EQ(set->render("base", mustache::Map{}, diagnostics), "theme base");
  EXPECT_EQ(set->render("page", mustache::Map{}, diagnostics), "local page");
  EXPECT_EQ(set->render("home", mustache::Map{}, diagnostics), "site nav theme footer");
}

// Lays out `context` with a theme whose base and page templates are `base` and
// `page`, plus `partials` (name -> text).
std::string laid_out(const std::string& base, const std::string& page, const mustache::Value& context,
                     const std::map<std::string, std::string>& partials = {}) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/base.mustache", base);
  dir.write("theme/page.mustache", page);
  for (const auto& [name, text] : partials) dir.write("theme/" + name + ".mustache", text);
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {});
  if (!set) {
    ADD_FAILURE() << ::testing::PrintToString(messages(diagnostics));
    return "";
  }
  return set->render_in_layout("page", context, diagnostics);
}

// The layout is rendered with the page's values and `main` in front of them, the
// page's own template with the page's values; partials see what their includer sees.
TEST(TemplateLayout, BaseGetsThePageValuesAndMain) {
  mustache::Map context{{"site", mustache::Map{{"title", "Site"}}},
                        {"nav", mustache::List{mustache::Map{{"label", "A"}}, mustache::Map{{"label", "B"}}}},
                        {"page", mustache::Map{{"title", "Report"}}},
                        {"owner", "the board"},
                        {"main", "hidden by the page's own HTML"}};
  EXPECT_EQ(laid_out("[{{site.title}}|{{> partials/nav}}|{{{main}}}|{{#page}}{{{main}}}{{/page}}]",
                     "{{#page}}{{title}} of {{owner}}{{/page}}{{^hidden}} shown{{/hidden}}", mustache::Value(context),
                     {{"partials/nav", "{{#nav}}{{label}}:{{site.title}};{{/nav}}"}}),
            "[Site|A:Site;B:Site;|Report of the board shown|Report of the board shown]");
}

TEST(TemplateLoad, NamesAreRelativePathsWithoutTheExtension) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/deep/item.mustache", "item");
  dir.write("theme/notes.txt", "{{#not a template");
  dir.write("theme/.hidden.mustache", "{{#editor junk");
  dir.write("theme/.git/x.mustache", "{{#junk");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme", dir.path() / "no-such-folder"}, dir.path(), diagnostics, {});
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
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme", dir.path() / "site"}, dir.path(), diagnostics, {}));
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
  EXPECT_FALSE(TemplateSet::load({dir.path() / "themes/x/templates", dir.path() / "site"}, dir.path(), inside, {}));
  EXPECT_EQ(messages(inside),
            (std::vector<std::string>{"site/page.mustache:1:1: there is no template called \"partials/footer\" to include",
                                      "themes/x/templates/partials/nav.mustache:2:1: the section {{#nav}} is never closed"}));
  // Outside the display base, paths are shown as given.
  Diagnostics outside;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "site"}, dir.path() / "themes", outside, {}));
  ASSERT_FALSE(outside.sorted().empty());
  EXPECT_EQ(outside.sorted().back().pos.file, (dir.path() / "site/page.mustache").generic_string());
  // A trailing slash or "." in the base changes nothing.
  Diagnostics dotted;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "site"}, dir.path() / "./", dotted, {}));
  EXPECT_EQ(dotted.sorted().back().pos.file, "site/page.mustache");
}

TEST(TemplateLoad, IncludeThatNeverEndsIsAnError) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/a.mustache", "a\n{{> partials/b}}");
  dir.write("theme/partials/b.mustache", "b {{> partials/a}}");
  dir.write("theme/partials/self.mustache", "{{#x}}{{/x}}{{> partials/self}}");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {}));
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
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {});
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  mustache::Map leaf{{"text", std::string("b")}, {"has_children", false}};
  mustache::Map root{{"text", std::string("a")}, {"has_children", true}, {"children", mustache::List{leaf}}};
  EXPECT_EQ(set->render("page", mustache::Map{{"toc", mustache::List{root}}}, diagnostics), "<ul><li>a<ul><li>b</li></ul></li></ul>");
  EXPECT_EQ(set->render("partials/tree", root, diagnostics), "<li>a<ul><li>b</li></ul></li>");
  EXPECT_TRUE(set->uses("page", "partials/tree"));
  EXPECT_TRUE(set->uses("page", "page"));
  EXPECT_FALSE(set->uses("partials/tree", "page"));
}

TEST(TemplateRender, AnIncludeWithoutEndIsReportedAtTheIncludeOnce) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/tree.mustache", "<li>{{#toc}}\n {{> partials/tree}}{{/toc}}</li>");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {});
  ASSERT_TRUE(set) << ::testing::PrintToString(messages(diagnostics));
  mustache::Map context{{"toc", mustache::List{mustache::Map{}, mustache::Map{}}}};
  set->render("partials/tree", context, diagnostics);
  set->render("partials/tree", context, diagnostics);
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{
                "theme/partials/tree.mustache:2:2: \"partials/tree\" is included here inside itself without end: "
                "the section around it finds the same values at every depth"});
}

TEST(TemplateLoad, EveryBrokenTemplateIsReported) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/page.mustache", "{{#a}}");
  dir.write("theme/home.mustache", "{{b");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {}));
  EXPECT_EQ(messages(diagnostics), (std::vector<std::string>{"theme/home.mustache:1:1: this tag is not closed",
                                                             "theme/page.mustache:1:1: the section {{#a}} is never closed"}));
}

// A name no value has, in a site's own template, is found when the theme loads.
TEST(TemplateLoad, MisspeltValueNamesAreReportedWhereTheyAreWritten) {
  TempDir dir;
  dir.write("templates/page.mustache", "<article>\n<h1>{{page.titel}}</h1>\n{{#nav}}{{tilte}}{{/nav}}\n</article>");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({kDefaultTheme, dir.path() / "templates"}, dir.path(), diagnostics));
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{"templates/page.mustache:2:5: there is no value called page.titel here",
                                      "templates/page.mustache:3:9: there is no value called tilte here"}));
  EXPECT_EQ(diagnostics.sorted()[0].hint, "did you mean page.title?");
  EXPECT_EQ(diagnostics.sorted()[1].hint, "did you mean title?");
}

// ---- Rendering -------------------------------------------------------------------

TEST(TemplateRender, PartialsAndEscaping) {
  TempDir dir;
  write_theme(dir, "theme");
  dir.write("theme/partials/nav.mustache", "<nav>{{title}}{{ > partials/item }}</nav>");
  dir.write("theme/partials/item.mustache", "[{{title}}]");
  dir.write("theme/page.mustache", "{{> partials/nav}}<p>{{text}}</p>{{{html}}}|{{&html}}");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {});
  ASSERT_TRUE(set);
  std::string out = set->render("page", mustache::Map{{"title", std::string("A/B")},
                                                   {"text", std::string("<x> & \"y\" 'z' a/b=c")},
                                                   {"html", std::string("<b>ok</b>")}},
                                diagnostics);
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
  auto set = TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics, {});
  ASSERT_TRUE(set);
  const mustache::Map context{{"title", std::string("T & T")},
                           {"items", mustache::List{std::string("<1>"), std::string("2"), std::string("3")}}};
  const std::string expected = "<h1>T &amp; T</h1><ul><li>&lt;1&gt;</li><li>2</li><li>3</li></ul>";
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) wrong[t] += set->render("page", context, diagnostics) != expected;
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

mustache::Map common_context(const std::string& title, const std::string& kind, bool home) {
  mustache::Map site{{"title", std::string("West Sussex Drug & Alcohol Partnership")},
                  {"description", std::string("Working together to reduce harm from drugs")},
                  {"language", std::string("en-GB")},
                  {"home_url", std::string(home ? "index.html" : "../index.html")}};
  mustache::List nav{mustache::Map{{"title", std::string("Home")}, {"url", site["home_url"]}, {"current", home}},
                   mustache::Map{{"title", std::string("Documents")},
                              {"url", std::string(home ? "documents/index.html" : "index.html")},
                              {"current", !home}}};
  mustache::List crumbs;
  if (!home && kind == "page") crumbs.push_back(mustache::Map{{"title", std::string("Home")}, {"url", std::string("../../index.html")}});
  mustache::Map page{{"title", title},
                  {"window_title", title + " – West Sussex Drug & Alcohol Partnership"},
                  {"url", std::string("index.html")},
                  {"kind", kind},
                  {"summary", std::string("What the partnership did in 2023/24 & what comes next")},
                  {"has_date", kind == "page"},
                  {"date_iso", std::string("2024-06-30")},
                  {"date_display", std::string("30 June 2024")},
                  {"content", std::string("<p>The partnership met <em>four</em> times.</p>\n<h2 id=\"aims\">Aims</h2>")},
                  {"has_toc", kind == "page"},
                  {"toc", mustache::List{mustache::Map{{"id", std::string("aims")},
                                                  {"text", std::string("Aims")},
                                                  {"has_children", true},
                                                  {"children", mustache::List{mustache::Map{{"id", std::string("a-1")},
                                                                                       {"text", std::string("First")}}}}},
                                       mustache::Map{{"id", std::string("next")},
                                                  {"text", std::string("Next")},
                                                  {"has_children", false},
                                                  {"children", mustache::List{}}}}}};
  mustache::Map context{{"generator", std::string("cdpsite 0.1.0")},
                     {"root", std::string(home ? "" : kind == "page" ? "../../" : "../")},
                     {"site", site},
                     {"nav", nav},
                     {"breadcrumbs", crumbs},
                     {"has_breadcrumbs", !crumbs.empty()},
                     {"page", page}};
  if (kind == "home" || kind == "section") {
    context["pages"] = mustache::List{mustache::Map{{"title", std::string("Annual report 2023/24")},
                                               {"url", std::string("annual-report/index.html")},
                                               {"summary", std::string("Our year")},
                                               {"has_date", true},
                                               {"date_iso", std::string("2024-06-30")},
                                               {"date_display", std::string("30 June 2024")}}};
    context["has_pages"] = true;
    context["subsections"] = mustache::List{mustache::Map{{"title", std::string("News")},
                                                     {"url", std::string("news/index.html")},
                                                     {"summary", std::string("")}}};
    context["has_subsections"] = true;
  }
  return context;
}

// Renders `name` inside base.mustache, as the builder does.
std::string render_page(const TemplateSet& set, const std::string& name, mustache::Map context) {
  Diagnostics diagnostics;
  context["main"] = set.render(name, context, diagnostics);
  std::string page = set.render("base", context, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return page;
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
