// LinkResolver on pages built in memory: Markdown links become relative links to the
// published pages, files beside a page follow it, and broken links and anchors are
// errors at the link with a did-you-mean. is_external_url for the links left alone.
#include "pipeline/links.h"

#include <filesystem>
#include <fstream>
#include <optional>

#include <gtest/gtest.h>

#include "support/diagnostic_text.h"

namespace cdp {
namespace {

// A small site's pages and routes: _index.md, about.md, news/_index.md,
// news/first.md (headings "what-we-know" and "next-steps") and news/chart.png.
class Links : public ::testing::Test {
 protected:
  void SetUp() override {
    add("_index.md", "", {});
    add("about.md", "about/", {});
    add("news/_index.md", "news/", {});
    add("news/first.md", "news/first/", {"what-we-know", "next-steps"});
    routes_.owner_by_output["news/chart.png"] = "content/news/chart.png";
    // Made once the routes are complete, as the build does: it lists the pages then.
    resolver_.emplace(routes_, diagnostics_);
  }

  Page& add(const std::string& rel_path, const std::string& url, const std::vector<std::string>& headings) {
    auto page = std::make_unique<Page>();
    page->source = std::make_shared<SourceFile>("content/" + rel_path, "+++\n+++\n[a link](x)\n");
    page->rel_path = rel_path;
    page->route.url = url;
    page->route.output = url + "index.html";
    for (const std::string& id : headings) page->rendered.headings.push_back({2, id, id});
    routes_.page_by_source[rel_path] = page.get();
    routes_.owner_by_output[page->route.output] = page->source->path();
    pages_.push_back(std::move(page));
    return *pages_.back();
  }

  const Page& page(const std::string& rel_path) const { return *routes_.page_by_source.at(rel_path); }

  // The URL written for `url` in `from`, with the link at line 3, column 1.
  std::string rewrite(const std::string& from, const std::string& url, bool is_image = false) {
    return rewritten(from, url, is_image).url;
  }
  RewrittenLink rewritten(const std::string& from, const std::string& url, bool is_image = false) {
    return resolver_->for_page(page(from))({url, {"content/" + from, 3, 1}, is_image});
  }

  // "file:line:col: message | hint" for each diagnostic so far.
  std::vector<std::string> errors() const { return testing::diagnostic_texts(diagnostics_); }

  std::vector<std::unique_ptr<Page>> pages_;
  RouteTable routes_;
  Diagnostics diagnostics_;
  std::optional<LinkResolver> resolver_;
};

TEST_F(Links, MarkdownFileBecomesItsPageRelativeToTheLinkingPage) {
  EXPECT_EQ(rewrite("news/first.md", "../about.md"), "../../about/index.html");
  EXPECT_EQ(rewrite("about.md", "news/first.md"), "../news/first/index.html");
  EXPECT_EQ(rewrite("_index.md", "about.md"), "about/index.html");
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, FolderLinkGoesToItsSectionPage) {
  EXPECT_EQ(rewrite("about.md", "news"), "../news/index.html");
  EXPECT_EQ(rewrite("about.md", "news/_index.md"), "../news/index.html");
}

TEST_F(Links, RootAbsoluteLinkIsMadeRelative) {
  EXPECT_EQ(rewrite("news/first.md", "/about.md"), "../../about/index.html");
}

TEST_F(Links, PublishedFolderWrittenAsAUrlGoesToItsPage) {
  EXPECT_EQ(rewrite("news/first.md", "../about/"), "../../about/index.html");
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, FileWrittenRelativeToThePageUrlIsFound) {
  routes_.owner_by_output["about/team.jpg"] = "content/about/team.jpg";
  EXPECT_EQ(rewrite("about.md", "team.jpg", true), "team.jpg");
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, FileBesideThePageFollowsItToItsPrettyUrl) {
  EXPECT_EQ(rewrite("news/first.md", "chart.png", true), "../chart.png");
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, ALinkToADocumentFileOfTheSiteCarriesItsSize) {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "cdpsite-links-test-report.pdf";
  { std::ofstream(file, std::ios::binary) << std::string(2500, 'x'); }
  routes_.owner_by_output["news/report.pdf"] = "content/news/report.pdf";
  routes_.file_by_output["news/report.pdf"] = file;
  routes_.owner_by_output["news/photo.png"] = "content/news/photo.png";
  routes_.file_by_output["news/photo.png"] = file;
  RewrittenLink link = rewritten("news/first.md", "report.pdf");
  EXPECT_EQ(link.url, "../report.pdf");
  EXPECT_EQ(link.bytes, 2500u);
  EXPECT_EQ(rewritten("news/first.md", "photo.png").bytes, std::nullopt) << "not a document";
  EXPECT_EQ(rewritten("news/first.md", "https://x.gov.uk/a.pdf").bytes, std::nullopt) << "not a file of the site";
  std::filesystem::remove(file);
}

TEST_F(Links, FragmentIsKeptAndQueryDropped) {
  EXPECT_EQ(rewrite("about.md", "news/first.md?x=1#next-steps"), "../news/first/index.html#next-steps");
  resolver_->check_anchors();
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, ExternalAndEmptyLinksAreLeftAlone) {
  for (const char* url : {"https://example.org/a.md", "mailto:dap@example.gov.uk", "tel:+441234", "//cdn.example/x",
                          ""}) {
    EXPECT_EQ(rewrite("about.md", url), url);
  }
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, MissingMarkdownFileIsAnErrorWithTheClosestFile) {
  EXPECT_EQ(rewrite("news/first.md", "../abut.md"), "../abut.md");
  EXPECT_EQ(errors(), std::vector<std::string>{"content/news/first.md:3:1: broken link: this link goes to abut.md, "
                                               "which does not exist | did you mean `about.md`?"});
}

TEST_F(Links, MissingFileThatIsNotMarkdownIsAnError) {
  rewrite("news/first.md", "graph.png", true);
  EXPECT_EQ(errors(), std::vector<std::string>{"content/news/first.md:3:1: broken image: this link goes to graph.png, "
                                               "which is not in the site | check the spelling; link to Markdown files "
                                               "by their file name, e.g. ../about.md"});
}

TEST_F(Links, LinkClimbingOutOfTheSiteIsAnError) {
  rewrite("about.md", "../../etc/passwd");
  EXPECT_EQ(errors(), std::vector<std::string>{"content/about.md:3:1: broken link: this link climbs out of the site "
                                               "folder | link only to files inside the site"});
}

TEST_F(Links, MissingHeadingIsReportedOnlyWhenAnchorsAreChecked) {
  EXPECT_EQ(rewrite("about.md", "news/first.md#what-we-knew"), "../news/first/index.html#what-we-knew");
  EXPECT_TRUE(errors().empty()) << "the target may not be rendered yet";
  resolver_->check_anchors();
  EXPECT_EQ(errors(), std::vector<std::string>{"content/about.md:3:1: broken link: content/news/first.md has no "
                                               "heading with the id #what-we-knew | did you mean `what-we-know`?"});
}

TEST_F(Links, AnchorOnTheSamePageIsChecked) {
  EXPECT_EQ(rewrite("news/first.md", "#next-step"), "#next-step");
  resolver_->check_anchors();
  EXPECT_EQ(errors(), std::vector<std::string>{"content/news/first.md:3:1: broken link: content/news/first.md has no "
                                               "heading with the id #next-step | did you mean `next-steps`?"});
}

TEST_F(Links, AnchorToAPageWithoutHeadingsSaysSo) {
  rewrite("news/first.md", "../about.md#team");
  resolver_->check_anchors();
  EXPECT_EQ(errors(), std::vector<std::string>{"content/news/first.md:3:1: broken link: content/about.md has no "
                                               "heading with the id #team | that page has no headings; remove the "
                                               "#team part"});
}

TEST_F(Links, FootnoteAnchorsAreNotChecked) {
  rewrite("about.md", "#fn-1");
  rewrite("about.md", "#fnref-1");
  resolver_->check_anchors();
  EXPECT_TRUE(errors().empty());
}

TEST_F(Links, AnchorsAreCheckedOnce) {
  rewrite("about.md", "#nowhere");
  resolver_->check_anchors();
  resolver_->check_anchors();
  EXPECT_EQ(errors().size(), 1u);
}

TEST(IsExternalUrl, SchemesAndProtocolRelativeLeaveTheSite) {
  EXPECT_TRUE(is_external_url("https://example.org/"));
  EXPECT_TRUE(is_external_url("mailto:a@b"));
  EXPECT_TRUE(is_external_url("svn+ssh://host/x"));
  EXPECT_TRUE(is_external_url("//host/path"));
}

TEST(IsExternalUrl, PathsStayInTheSite) {
  EXPECT_FALSE(is_external_url("about.md"));
  EXPECT_FALSE(is_external_url("../a/b.md#x:y"));
  EXPECT_FALSE(is_external_url(":nothing-before-the-colon"));
  EXPECT_FALSE(is_external_url("/root/relative"));
}

}  // namespace
}  // namespace cdp
