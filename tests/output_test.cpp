#include "pipeline/output.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::snapshot;
using testing::TempDir;

TEST(StagedOutput, CommitReplacesTheWholeFolder) {
  TempDir dir;
  dir.write("site/old.html", "old");
  Diagnostics diagnostics;
  {
    StagedOutput output;
    ASSERT_TRUE(output.begin(dir.path() / "site", diagnostics));
    ASSERT_TRUE(output.write("a/index.html", "new", diagnostics));
    EXPECT_EQ(snapshot(dir.path() / "site").count("a/index.html"), 0u);  // not visible yet
    ASSERT_TRUE(output.commit(diagnostics));
  }
  auto files = snapshot(dir.path() / "site");
  EXPECT_EQ(files.size(), 1u);
  EXPECT_EQ(files["a/index.html"], "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(StagedOutput, WithoutCommitNothingChangesAndNothingIsLeftBehind) {
  TempDir dir;
  dir.write("site/old.html", "old");
  Diagnostics diagnostics;
  {
    StagedOutput output;
    ASSERT_TRUE(output.begin(dir.path() / "site", diagnostics));
    output.write("x.html", "half", diagnostics);
  }
  auto files = snapshot(dir.path() / "site");
  EXPECT_EQ(files.size(), 1u);
  EXPECT_EQ(files["old.html"], "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(StagedOutput, CreatesTheOutputFolderWhenMissing) {
  TempDir dir;
  Diagnostics diagnostics;
  StagedOutput output;
  ASSERT_TRUE(output.begin(dir.path() / "deep/site", diagnostics));
  output.write("index.html", "x", diagnostics);
  ASSERT_TRUE(output.commit(diagnostics));
  EXPECT_EQ(testing::slurp(dir.path() / "deep/site/index.html"), "x");
}

TEST(StagedOutput, RemovesStagingFoldersOfDeadBuilds) {
  TempDir dir;
  dir.write(".site.building-999999999/x", "stale");
  Diagnostics diagnostics;
  StagedOutput output;
  ASSERT_TRUE(output.begin(dir.path() / "site", diagnostics));
  EXPECT_FALSE(fs::exists(dir.path() / ".site.building-999999999"));
}

}  // namespace
}  // namespace cdp
