#include "mustache/library.h"

#include <gtest/gtest.h>

namespace cdp::mustache {
namespace {

using Files = std::map<std::string, std::string>;

// Every problem loading `templates` (name -> text) finds, as "file:line:col: message".
std::vector<std::string> problems(const Files& templates) {
  std::map<std::string, SourceFile> files;
  for (const auto& [name, text] : templates) files.emplace(name, SourceFile(name + ".mustache", text));
  Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) {
    found.push_back(d.pos.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                    d.message);
  }
  EXPECT_EQ(library.has_value(), found.empty());
  return found;
}

std::optional<Library> load(const Files& templates) {
  std::map<std::string, SourceFile> files;
  for (const auto& [name, text] : templates) files.emplace(name, SourceFile(name + ".mustache", text));
  Diagnostics diagnostics;
  return Library::load(std::move(files), diagnostics);
}

using Strings = std::vector<std::string>;

TEST(MustacheLibrary, PartialsAreResolvedOnce) {
  std::optional<Library> library = load({{"page", "{{> nav}}{{#x}}{{> item}}{{/x}}"}, {"nav", "n"}, {"item", "i"}});
  ASSERT_TRUE(library);
  const Template* page = library->find("page");
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->nodes[0].partial, library->find("nav"));
  EXPECT_EQ(page->nodes[1].children[0].partial, library->find("item"));
  EXPECT_EQ(library->find("missing"), nullptr);
  EXPECT_EQ(library->templates().size(), 3u);
}

TEST(MustacheLibrary, UnknownPartialIsReportedWithTheClosestName) {
  EXPECT_EQ(problems({{"page", "<header>\n{{> partials/nva}}"}, {"partials/nav", ""}}),
            Strings{"page.mustache:2:1: there is no template called \"partials/nva\" to include"});
  std::map<std::string, SourceFile> files;
  files.emplace("page", SourceFile("page.mustache", "{{> partials/nva}}{{> footer}}"));
  files.emplace("partials/nav", SourceFile("partials/nav.mustache", ""));
  Diagnostics diagnostics;
  EXPECT_FALSE(Library::load(std::move(files), diagnostics));
  ASSERT_EQ(diagnostics.sorted().size(), 2u);
  EXPECT_EQ(diagnostics.sorted()[0].hint, "did you mean {{> partials/nav}}?");
  EXPECT_EQ(diagnostics.sorted()[1].hint, "add footer.mustache to the templates folder, or fix the name");
}

TEST(MustacheLibrary, IncludeThatNeverEndsIsAnError) {
  EXPECT_EQ(problems({{"a", "a\n{{> b}}"}, {"b", "b {{> a}}"}, {"self", "{{#x}}{{/x}}{{> self}}"}}),
            (Strings{"a.mustache:2:1: this includes \"b\", which includes \"a\" again, outside any section, so it would never end",
                     "b.mustache:1:3: this includes \"a\", which includes \"b\" again, outside any section, so it would never end",
                     "self.mustache:1:13: \"self\" includes itself here, outside any section, so it would never end"}));
}

TEST(MustacheLibrary, IncludingItselfInsideASectionIsATree) {
  EXPECT_EQ(problems({{"tree", "{{#children}}{{> tree}}{{/children}}"}}), Strings{});
  // Through another template too: the way back is inside a section.
  EXPECT_EQ(problems({{"list", "<ul>{{> item}}</ul>"}, {"item", "{{#children}}{{> list}}{{/children}}"}}), Strings{});
}

TEST(MustacheLibrary, EveryBrokenTemplateIsReported) {
  EXPECT_EQ(problems({{"page", "{{#a}}"}, {"home", "{{b"}}),
            (Strings{"home.mustache:1:1: this tag is not closed", "page.mustache:1:1: the section {{#a}} is never closed"}));
}

TEST(MustacheLibrary, PartialsOfATemplateAtAnyDepth) {
  std::optional<Library> library =
      load({{"page", "{{> nav}}"}, {"nav", "{{#x}}{{> item}}{{/x}}"}, {"item", ""}, {"tree", "{{#c}}{{> tree}}{{/c}}"}});
  ASSERT_TRUE(library);
  EXPECT_EQ(library->partials_of("page"), (std::set<std::string>{"item", "nav"}));
  EXPECT_EQ(library->partials_of("item"), std::set<std::string>{});
  EXPECT_EQ(library->partials_of("tree"), std::set<std::string>{"tree"});
}

}  // namespace
}  // namespace cdp::mustache
