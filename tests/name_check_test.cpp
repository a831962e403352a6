#include "mustache/name_check.h"

#include <gtest/gtest.h>

#include "mustache/library.h"

namespace cdp::mustache {
namespace {

Schema given() {
  Schema item = Schema::map("", {{"title", Schema::text("")}, {"url", Schema::text("")}});
  Schema toc = Schema::map("", {{"text", Schema::text("")}, {"children", Schema::list("", Schema::map("", {{"text", Schema::text("")}}))}});
  return Schema::map("", {{"site", Schema::map("", {{"title", Schema::text("")}})},
                          {"page", Schema::map("", {{"title", Schema::text("")}, {"toc", Schema::list("", toc)}})},
                          {"pages", Schema::list("", item)},
                          {"has_pages", Schema::flag("")}});
}

// Every problem checking template "t" (with `partials`) against given() finds, as
// "file:line:col: message (hint)".
std::vector<std::string> problems(const std::string& text, const std::map<std::string, std::string>& partials = {}) {
  std::map<std::string, SourceFile> files;
  files.emplace("t", SourceFile("t.mustache", text));
  for (const auto& [name, partial] : partials) files.emplace(name, SourceFile(name + ".mustache", partial));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  if (!library) {
    ADD_FAILURE() << "does not load: " << text;
    return {};
  }
  Schema schema = given();
  int count = check_names({{library->find("t"), &schema}}, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(d.pos.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                    d.message + " (" + d.hint + ")");
  }
  EXPECT_EQ(count, static_cast<int>(found.size()));
  return found;
}

using Strings = std::vector<std::string>;

TEST(MustacheNameCheck, KnownNamesPass) {
  EXPECT_EQ(problems("{{site.title}}{{#pages}}{{title}}{{url}}{{site.title}}{{/pages}}{{^has_pages}}-{{/has_pages}}"
                     "{{#page}}{{title}}{{/page}}{{#page.toc}}{{text}}{{#children}}{{.}}{{text}}{{/children}}{{/page.toc}}"),
            Strings{});
}

TEST(MustacheNameCheck, AMisspeltPartIsReportedWithTheClosestName) {
  EXPECT_EQ(problems("<h1>\n  {{page.titel}}</h1>"),
            Strings{"t.mustache:2:3: there is no value called page.titel here (did you mean page.title?)"});
  EXPECT_EQ(problems("{{{sit.title}}}"),
            Strings{"t.mustache:1:1: there is no value called sit here, so sit.title is always empty (did you mean site?)"});
  EXPECT_EQ(problems("{{zzzzzz}}"), Strings{"t.mustache:1:1: there is no value called zzzzzz here (the values each "
                                            "template is given are listed in docs/templates.md)"});
}

TEST(MustacheNameCheck, InsideAListTheItemComesFirstThenWhatIsAroundIt) {
  EXPECT_EQ(problems("{{#pages}}{{titel}}{{/pages}}"),
            Strings{"t.mustache:1:11: there is no value called titel here (did you mean title?)"});
  // url is a name of an item of pages, not of the page.
  EXPECT_EQ(problems("{{#page}}{{url}}{{/page}}"),
            Strings{"t.mustache:1:10: there is no value called url here (the values each template is given are listed "
                    "in docs/templates.md)"});
}

TEST(MustacheNameCheck, SectionsAndInvertedSectionsAreChecked) {
  EXPECT_EQ(problems("{{#page.tocc}}{{nothing}}{{/page.tocc}}{{^has_page}}x{{/has_page}}"),
            (Strings{"t.mustache:1:1: there is no value called page.tocc here (did you mean page.toc?)",
                     "t.mustache:1:40: there is no value called has_page here (did you mean has_pages?)"}));
}

TEST(MustacheNameCheck, PartialsAreCheckedWhereTheyAreIncludedAndReportedOnce) {
  EXPECT_EQ(problems("{{#pages}}{{> item}}{{/pages}}{{#pages}}{{> item}}{{/pages}}", {{"item", "{{title}} {{urll}}"}}),
            Strings{"item.mustache:1:11: there is no value called urll here (did you mean url?)"});
}

TEST(MustacheNameCheck, APartialMayAskForAValueOnlySomeOfItsIncludersGive) {
  // pages' items have a url, the page has none: {{#url}} is a question, not a typo.
  EXPECT_EQ(problems("{{#pages}}{{> link}}{{/pages}}{{#page}}{{> link}}{{/page}}",
                     {{"link", "{{#url}}<a href=\"{{url}}\">{{/url}}{{title}}"}}),
            Strings{});
  EXPECT_EQ(problems("{{#page}}{{> link}}{{/page}}", {{"link", "{{#url}}{{/url}}"}}).size(), 1u);
}

TEST(MustacheNameCheck, ARecursivePartialIsCheckedWithoutEnd) {
  EXPECT_EQ(problems("{{#page.toc}}{{> tree}}{{/page.toc}}",
                     {{"tree", "{{text}}{{#children}}{{> tree}}{{/children}}{{txet}}"}}),
            Strings{"tree.mustache:1:45: there is no value called txet here (did you mean text?)"});
}

}  // namespace
}  // namespace cdp::mustache
