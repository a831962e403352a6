// plan_routes and claim_generated on sites made in memory (a Windows file system could
// not hold these names on disk): collisions, and names Windows web servers cannot hold.
#include "routes/route_table.h"

#include <gtest/gtest.h>

#include "core/fs.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

// A site in memory, "content" shown as its folder.
struct SiteBuilder {
  Site site;
  SiteBuilder() {
    site.root = "/site/content";
    site.display_root = "content";
    site.sections[""] = Section{};
  }
  // A page at `rel_path` with the given front matter text (a `slug = "..."` line or "").
  SiteBuilder& page(const std::string& rel_path, const std::string& slug = "") {
    auto page = std::make_unique<Page>();
    std::string text = "+++\ntitle = \"T\"\n" + (slug.empty() ? "" : "slug = \"" + slug + "\"\n") + "+++\n";
    page->source = std::make_shared<SourceFile>("content/" + rel_path, text);
    page->rel_path = rel_path;
    page->is_section_index = rel_path.ends_with("_index.md");
    std::size_t slash = rel_path.rfind('/');
    page->section = slash == std::string::npos ? "" : rel_path.substr(0, slash);
    site.sections[page->section].path = page->section;
    if (page->is_section_index) site.sections[page->section].index = page.get();
    if (!slug.empty()) page->meta.slug = {slug, {page->source->path(), 3, 8}};
    site.pages.push_back(std::move(page));
    return *this;
  }
  SiteBuilder& static_file(const std::string& to) {
    site.static_files.push_back({site.root / "static" / to, to});
    return *this;
  }
};

std::vector<std::string> errors_of(SiteBuilder& builder, const std::vector<GeneratedOutput>& generated = {}) {
  Diagnostics diagnostics;
  RouteTable table = plan_routes(builder.site, diagnostics);
  claim_generated(table, builder.site, generated, diagnostics);
  return testing::diagnostic_texts(diagnostics);
}

TEST(PlanRoutes, PagesSectionsAndFilesAreClaimed) {
  SiteBuilder builder;
  builder.page("_index.md").page("about.md").page("news/first.md", "first-news").static_file("css/site.css");
  Diagnostics diagnostics;
  RouteTable table = plan_routes(builder.site, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(builder.site.pages[2]->route.output, "news/first-news/index.html");
  EXPECT_EQ(table.owner_by_output.at("news/index.html"), "the list of section news");
  EXPECT_EQ(table.owner_by_output.at("css/site.css"), display_path(builder.site.root / "static/css/site.css"));
  EXPECT_TRUE(is_claimed_by_content(table, "about/"));
}

TEST(PlanRoutes, TwoSourcesOfOnePathAreAnError) {
  SiteBuilder builder;
  builder.page("a.md", "b").page("b.md");
  EXPECT_EQ(errors_of(builder), std::vector<std::string>{
                                    "content/b.md:0:0: this would be published at b/index.html, where content/a.md "
                                    "is already published | rename one of the two files, or give one a different "
                                    "`slug`"});
}

TEST(WindowsNamesInRoutes, AFileNameThatDiffersOnlyInCase) {
  SiteBuilder builder;
  builder.page("Report.md").page("report/_index.md");
  EXPECT_EQ(errors_of(builder),
            std::vector<std::string>{
                "content/report/_index.md:0:0: this would be published at report/index.html, and report/ differs "
                "only in capital letters from Report/, where content/Report.md is published: Windows web servers "
                "take the two for one name | use the same capitals in both, or rename one (lower case is usual in "
                "web addresses): rename the file or folder"});
}

TEST(WindowsNamesInRoutes, AFolderThatDiffersOnlyInCaseIsReportedOnce) {
  SiteBuilder builder;
  builder.page("news/a.md").page("News/b.md").page("News/c.md");
  std::vector<std::string> errors = errors_of(builder);
  ASSERT_EQ(errors.size(), 1u) << errors.at(1);
  EXPECT_TRUE(errors[0].starts_with("content/News/b.md:0:0: this would be published at News/b/index.html, and News/ "
                                    "differs only in capital letters from news/, where content/news/a.md is "
                                    "published"))
      << errors[0];
}

TEST(WindowsNamesInRoutes, StaticFilesAndPagesInCase) {
  SiteBuilder builder;
  builder.page("logo.md").static_file("Logo/index.html");
  EXPECT_EQ(errors_of(builder).size(), 1u) << "Logo/index.html and logo/index.html are one file on Windows";
  SiteBuilder accents;
  accents.static_file("café.png").static_file("CAFÉ.png");
  EXPECT_EQ(errors_of(accents).size(), 1u);
}

TEST(WindowsNamesInRoutes, ADeviceNameFromAFileIsReportedAtTheFile) {
  SiteBuilder builder;
  builder.page("documents/con.md");
  EXPECT_EQ(errors_of(builder), std::vector<std::string>{
                                    "content/documents/con.md:0:0: this would be published at "
                                    "documents/con/index.html, but \"con\" is a name Windows keeps for a device, so "
                                    "Windows web servers cannot hold it | choose another name: CON, PRN, AUX, NUL, "
                                    "COM1 to COM9 and LPT1 to LPT9 cannot be used, in any case and with or without "
                                    "an extension: rename the file or folder"});
}

TEST(WindowsNamesInRoutes, ADeviceNameFromASlugIsReportedAtTheSlug) {
  SiteBuilder builder;
  builder.page("contact.md", "aux");
  std::vector<std::string> errors = errors_of(builder);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("content/contact.md:3:8: this would be published at aux/index.html, but \"aux\" "
                                    "is a name Windows keeps for a device"))
      << errors[0];
  EXPECT_TRUE(errors[0].ends_with("with or without an extension: change the `slug`")) << errors[0];
}

TEST(WindowsNamesInRoutes, AFolderWithABadNameIsReportedOnceAtItsFirstFile) {
  SiteBuilder builder;
  // Within the folder, minutes./B/ and minutes./b/ are not reported: renaming the folder comes first.
  builder.page("minutes./a.md").page("minutes./b.md").page("minutes./B/_index.md").page("files/COM1.md");
  builder.static_file("files/a?b.pdf");
  std::string static_file = display_path(builder.site.root / "static/files/a?b.pdf");
  EXPECT_EQ(errors_of(builder),
            (std::vector<std::string>{
                static_file + ":0:0: this would be published at files/a?b.pdf, but \"a?b.pdf\" holds a ?, which "
                "Windows does not allow in a name, so Windows web servers cannot hold it | use letters, digits and "
                "hyphens in the name instead of < > : \" \\ | ? *: rename the file or folder",
                "content/files/COM1.md:0:0: this would be published at files/COM1/index.html, but \"COM1\" is a "
                "name Windows keeps for a device, so Windows web servers cannot hold it | choose another name: CON, "
                "PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 cannot be used, in any case and with or without an "
                "extension: rename the file or folder",
                "content/minutes./a.md:0:0: this would be published at minutes./a/index.html, but \"minutes.\" ends "
                "in a dot, which Windows drops, so Windows web servers cannot hold it | remove the dot at the end: "
                "rename the file or folder"}));
}

TEST(WindowsNamesInRoutes, ControlCharactersAreShownByNumber) {
  SiteBuilder builder;
  builder.page("a\tb.md");
  std::vector<std::string> errors = errors_of(builder);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("published at a[U+0009]b/index.html, but \"a[U+0009]b\" holds an invisible control "
                           "character (U+0009)"),
            std::string::npos)
      << errors[0];
}

TEST(WindowsNamesInRoutes, GeneratedOutputsAreCheckedAgainstThePages) {
  SiteBuilder builder;
  builder.page("Metrics/_index.md");
  std::vector<std::string> errors = errors_of(builder, {{"metrics/deaths/index.html", "the page of metric deaths"}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("content:0:0: this would be published at metrics/deaths/index.html, and "
                                    "metrics/ differs only in capital letters from Metrics/, where "
                                    "content/Metrics/_index.md is published"))
      << errors[0];
}

}  // namespace
}  // namespace cdp
