#include "core/link_out.h"

#include <stdlib.h>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// A site folder with a file and a folder inside it, and a file and a folder beside it.
class LinkOut : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("content/inside.txt", "inside");
    dir_.write("content/docs/minutes.txt", "minutes");
    dir_.write("outside/secret.txt", "secret");
  }
  fs::path content() const { return dir_.path() / "content"; }
  fs::path outside() const { return dir_.path() / "outside"; }
  TempDir dir_;
};

TEST_F(LinkOut, FilesAndLinksThatStayInsideAreNotLinksOut) {
  EXPECT_FALSE(is_link_out_of(content(), content() / "inside.txt"));
  fs::create_symlink("inside.txt", content() / "same.txt");
  fs::create_symlink("../inside.txt", content() / "docs/up.txt");
  fs::create_directory_symlink(".", content() / "loop");
  fs::create_directory_symlink("docs", content() / "papers");
  EXPECT_FALSE(is_link_out_of(content(), content() / "same.txt"));
  EXPECT_FALSE(is_link_out_of(content(), content() / "docs/up.txt"));
  EXPECT_FALSE(is_link_out_of(content(), content() / "loop"));
  EXPECT_FALSE(is_link_out_of(content(), content() / "papers"));
}

TEST_F(LinkOut, LinksToFilesAndFoldersOutsideAreLinksOut) {
  fs::create_symlink("/etc/passwd", content() / "passwd.txt");
  fs::create_symlink("../outside/secret.txt", content() / "relative.txt");
  fs::create_directory_symlink(outside(), content() / "shared");
  fs::create_directory_symlink("..", content() / "parent");
  EXPECT_TRUE(is_link_out_of(content(), content() / "passwd.txt"));
  EXPECT_TRUE(is_link_out_of(content(), content() / "relative.txt"));
  EXPECT_TRUE(is_link_out_of(content(), content() / "shared"));
  EXPECT_TRUE(is_link_out_of(content(), content() / "parent"));
}

TEST_F(LinkOut, AChainOfLinksIsFollowedToItsEnd) {
  fs::create_symlink(outside() / "secret.txt", content() / "step.txt");
  fs::create_symlink("step.txt", content() / "looks-inside.txt");
  EXPECT_TRUE(is_link_out_of(content(), content() / "looks-inside.txt"));
}

TEST_F(LinkOut, ALinkToNothingIsLeftToTheReaderToReport) {
  fs::create_symlink("/no/such/file", content() / "dangling.txt");
  EXPECT_FALSE(is_link_out_of(content(), content() / "dangling.txt"));
}

// The site folder may itself be reached through a link, and given as a relative path.
TEST_F(LinkOut, TheSiteFolderMayBeReachedThroughALink) {
  fs::create_directory_symlink(content(), dir_.path() / "alias");
  fs::create_symlink("inside.txt", content() / "same.txt");
  fs::create_symlink(outside() / "secret.txt", content() / "leak.txt");
  EXPECT_FALSE(is_link_out_of(dir_.path() / "alias", dir_.path() / "alias/same.txt"));
  EXPECT_TRUE(is_link_out_of(dir_.path() / "alias", dir_.path() / "alias/leak.txt"));
}

TEST_F(LinkOut, ABoundaryIsTheSiteFolderForItsOwnFoldersAndTheThemeFolderElse) {
  LinkBoundary own = link_boundary(content(), content() / "themes/mine");
  EXPECT_EQ(own.root, content());
  EXPECT_EQ(own.name, "site folder");
  LinkBoundary installed = link_boundary(content(), outside() / "themes/default");
  EXPECT_EQ(installed.root, outside() / "themes/default");
  EXPECT_EQ(installed.name, "theme folder");
}

TEST_F(LinkOut, ReportsAFileOrAFolderAtTheLinkWithTheFix) {
  fs::create_symlink(outside() / "secret.txt", content() / "leak.txt");
  fs::create_directory_symlink(outside(), content() / "shared");
  Diagnostics diagnostics;
  LinkBoundary site{content(), "site folder"};
  EXPECT_FALSE(refuse_link_out(site, content() / "inside.txt", "content/inside.txt", diagnostics));
  EXPECT_TRUE(refuse_link_out(site, content() / "leak.txt", "content/leak.txt", diagnostics));
  EXPECT_TRUE(refuse_link_out(site, content() / "shared", "content/shared", diagnostics));
  std::vector<Diagnostic> reported = diagnostics.sorted();
  ASSERT_EQ(reported.size(), 2u);
  EXPECT_EQ(reported[0].pos.file, "content/leak.txt");
  EXPECT_EQ(reported[0].message, "this is a link to a file outside the site folder, so it will not be published");
  EXPECT_EQ(reported[0].hint, "copy the file into the site folder instead of linking to it");
  EXPECT_EQ(reported[1].pos.file, "content/shared");
  EXPECT_EQ(reported[1].message,
            "this is a link to a folder outside the site folder, so nothing in it will be published");
  EXPECT_EQ(reported[1].hint, "copy the folder into the site folder instead of linking to it");
}

// End to end: links that stay inside the site folder are published as the files they
// point to.
TEST(LinksInsideTheSite, ArePublishedAsTheirFiles) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  dir.write("content/a.md", "+++\ntitle = \"A\"\n+++\nSee [the minutes](board/minutes.txt).\n");
  dir.write("content/minutes.txt", "Minutes of the board.");
  dir.write("content/static/css/extra.css", "p { color: black; }");
  fs::create_directories(dir.path() / "content/board");
  fs::create_symlink("../minutes.txt", dir.path() / "content/board/minutes.txt");
  fs::create_symlink("a.md", dir.path() / "content/b.md");
  fs::create_symlink("css/extra.css", dir.path() / "content/static/extra.css");
  RunResult result = run_cdpsite({"build", "-q"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(slurp(dir.path() / "site/board/minutes.txt"), "Minutes of the board.");
  EXPECT_FALSE(fs::is_symlink(dir.path() / "site/board/minutes.txt"));
  EXPECT_EQ(slurp(dir.path() / "site/extra.css"), "p { color: black; }");
  EXPECT_NE(slurp(dir.path() / "site/b/index.html").find("the minutes"), std::string::npos);
}

// A theme installed outside the site (here through CDPSITE_THEMES) may not link out of
// its own folder either.
TEST(LinksInsideTheSite, AnInstalledThemeMayNotLinkOutOfItsFolder) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\ntheme = \"council\"\n");
  fs::create_directories(dir.path() / "themes");
  fs::copy(CDPSITE_TEST_DATA "/../themes/default", dir.path() / "themes/council", fs::copy_options::recursive);
  dir.write("private/logo.svg", "<svg/>");
  fs::create_symlink(dir.path() / "private/logo.svg", dir.path() / "themes/council/static/logo.svg");
  setenv("CDPSITE_THEMES", (dir.path() / "themes").c_str(), 1);
  RunResult result = run_cdpsite({"build", "-q"}, dir.path());
  unsetenv("CDPSITE_THEMES");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("themes/council/static/logo.svg: error: this is a link to a file outside the theme "
                            "folder, so it will not be published"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(dir.path() / "site"));
}

}  // namespace
}  // namespace cdp::testing
