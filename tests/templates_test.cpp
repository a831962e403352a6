#include "render/templates.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp {
namespace {

using testing::TempDir;

std::vector<std::string> check(const std::string& text, std::vector<std::string> partials = {"partials/nav"}) {
  Diagnostics diagnostics;
  check_template(SourceFile("t.mustache", text), partials, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message);
  }
  return found;
}

TEST(Templates, CorrectTemplateHasNoProblems) {
  EXPECT_TRUE(check("{{#pages}}<a href=\"{{url}}\">{{title}}</a>{{/pages}}{{^pages}}none{{/pages}}"
                    "{{{page.content}}}{{> partials/nav}}{{! note }}{{&raw}}").empty());
}

TEST(Templates, UnclosedSectionIsReportedWhereItOpens) {
  EXPECT_EQ(check("<ul>\n  {{#pages}}<li>{{title}}</li>\n</ul>\n"),
            std::vector<std::string>{"2:3 the section {{#pages}} is never closed"});
}

TEST(Templates, WrongAndStrayClosingTags) {
  EXPECT_EQ(check("{{#a}}{{#b}}{{/a}}{{/b}}").at(0), "1:13 {{/a}} closes the wrong section: {{#b}} (line 1) is still open");
  EXPECT_EQ(check("x {{/a}}"), std::vector<std::string>{"1:3 {{/a}} closes a section that was never opened"});
}

TEST(Templates, UnclosedTagAndUnknownPartial) {
  EXPECT_EQ(check("<p>{{page.title</p>\n{{site.title}}").at(0), "1:4 this tag is not closed");
  EXPECT_EQ(check("{{> partials/nva}}"), std::vector<std::string>{"1:1 there is no template called \"partials/nva\" to include"});
  EXPECT_EQ(check("{{%x}}"), std::vector<std::string>{"1:1 unknown tag type '%'"});
  EXPECT_EQ(check("{{=<% %>=}}"), std::vector<std::string>{"1:1 changing the tag delimiters is not supported"});
}

TEST(Templates, SiteTemplatesOverrideTheThemeAndEscapingIsMinimal) {
  TempDir dir;
  for (const std::string& name : kRequiredTemplates) dir.write("theme/" + name + ".mustache", "theme " + name);
  dir.write("theme/partials/nav.mustache", "<nav>{{title}}</nav>");
  dir.write("site/page.mustache", "{{> partials/nav}}<p>{{text}}</p>{{{html}}}");
  Diagnostics diagnostics;
  auto set = TemplateSet::load({dir.path() / "theme", dir.path() / "site"}, dir.path(), diagnostics);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->render("base", mstch::map{}), "theme base");
  std::string out = set->render("page", mstch::map{{"title", std::string("A/B")},
                                                   {"text", std::string("<x> & \"y\" 'z' a/b=c")},
                                                   {"html", std::string("<b>ok</b>")}});
  EXPECT_EQ(out, "<nav>A/B</nav><p>&lt;x&gt; &amp; &quot;y&quot; &#39;z&#39; a/b=c</p><b>ok</b>");
}

TEST(Templates, MissingRequiredTemplateIsNamed) {
  TempDir dir;
  dir.write("theme/page.mustache", "x");
  Diagnostics diagnostics;
  EXPECT_FALSE(TemplateSet::load({dir.path() / "theme"}, dir.path(), diagnostics));
  bool named_base = false;
  for (const Diagnostic& d : diagnostics.sorted()) named_base |= d.message == "the theme has no base.mustache template";
  EXPECT_TRUE(named_base);
}

TEST(Templates, DefaultThemeIsClean) {
  Diagnostics diagnostics;
  auto set = TemplateSet::load({CDPSITE_TEST_DATA "/../themes/default/templates"}, ".", diagnostics);
  EXPECT_TRUE(set);
  EXPECT_FALSE(diagnostics.has_errors());
}

}  // namespace
}  // namespace cdp
