// FolderTarget on a real temporary folder: files arrive whole under their own name,
// text is read back, removing a file takes its emptied folders, leftovers of an
// interrupted publish go, and a folder that cannot be used is explained.
#include "publish/folder_target.h"

#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

TEST(FolderTarget, MakesTheFolderAndDescribesIt) {
  TempDir dir;
  FolderTarget target(dir.path() / "www/drugs");
  EXPECT_TRUE(fs::is_directory(dir.path() / "www/drugs"));
  EXPECT_EQ(target.describe(), "the folder " + (dir.path() / "www/drugs").string());
}

TEST(FolderTarget, PutCopiesAFileIntoNewFoldersLeavingNoTemporaryName) {
  TempDir dir;
  fs::path local = dir.write("site/news/first/index.html", "<h1>First</h1>");
  FolderTarget target(dir.path() / "www");
  target.put("news/first/index.html", local);
  EXPECT_EQ(snapshot(dir.path() / "www"), (std::map<std::string, std::string>{{"news/first/index.html", "<h1>First</h1>"}}));
}

TEST(FolderTarget, PutReplacesAnExistingFile) {
  TempDir dir;
  dir.write("www/index.html", "old");
  FolderTarget target(dir.path() / "www");
  target.put("index.html", dir.write("new.html", "new"));
  EXPECT_EQ(slurp(dir.path() / "www/index.html"), "new");
}

TEST(FolderTarget, TextIsWrittenAndReadBack) {
  TempDir dir;
  FolderTarget target(dir.path() / "www");
  EXPECT_EQ(target.read_text(kManifestName), std::nullopt);
  target.put_text(kManifestName, "{\"files\": {}}");
  EXPECT_EQ(target.read_text(kManifestName), "{\"files\": {}}");
  EXPECT_FALSE(fs::exists(dir.path() / "www" / (std::string(kManifestName) + kPartSuffix)));
}

TEST(FolderTarget, RemoveTakesEmptiedFoldersButNotTheRoot) {
  TempDir dir;
  dir.write("www/news/2024/first/index.html", "a");
  dir.write("www/news/other.html", "b");
  FolderTarget target(dir.path() / "www");
  target.remove("news/2024/first/index.html");
  EXPECT_FALSE(fs::exists(dir.path() / "www/news/2024"));
  EXPECT_TRUE(fs::exists(dir.path() / "www/news/other.html")) << "a folder that still holds files stays";
  target.remove("news/other.html");
  EXPECT_FALSE(fs::exists(dir.path() / "www/news"));
  EXPECT_TRUE(fs::is_directory(dir.path() / "www"));
}

TEST(FolderTarget, RemovingAFileThatIsGoneIsNotAnError) {
  TempDir dir;
  FolderTarget target(dir.path() / "www");
  EXPECT_NO_THROW(target.remove("no/such/file.html"));
}

TEST(FolderTarget, RemoveLeftoversDeletesOnlyPartFiles) {
  TempDir dir;
  dir.write(std::string("www/news/index.html") + kPartSuffix, "half");
  dir.write(std::string("www/index.html") + kPartSuffix, "half");
  dir.write("www/index.html", "whole");
  FolderTarget target(dir.path() / "www");
  target.remove_leftovers({"", "news"});
  EXPECT_EQ(snapshot(dir.path() / "www"), (std::map<std::string, std::string>{{"index.html", "whole"}}));
}

TEST(FolderTarget, FolderThatCannotBeMadeIsExplained) {
  TempDir dir;
  dir.write("blocked", "a file where a folder should be");
  try {
    FolderTarget target(dir.path() / "blocked/www");
    FAIL() << "a folder below a file was accepted";
  } catch (const PublishError& error) {
    EXPECT_TRUE(std::string(error.what()).starts_with("cannot use the folder " + (dir.path() / "blocked/www").string() +
                                                      " to publish into: "))
        << error.what();
    EXPECT_EQ(error.hint, "check the path, and that you may write there");
  }
}

TEST(FolderTarget, FileThatCannotBeWrittenIsExplained) {
  TempDir dir;
  FolderTarget target(dir.path() / "www");
  dir.write("www/news", "a file where a folder should be");
  try {
    target.put_text("news/index.html", "x");
    FAIL() << "writing below a file was accepted";
  } catch (const PublishError& error) {
    std::string shown = shown_path((dir.path() / "www/news/index.html").generic_string());
    EXPECT_TRUE(std::string(error.what()).starts_with("cannot write " + shown + ": ")) << error.what();
    EXPECT_EQ(error.hint, "check the disk and its permissions");
  }
}

}  // namespace
}  // namespace cdp::testing
