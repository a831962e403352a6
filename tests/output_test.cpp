#include "pipeline/output.h"

#include <gtest/gtest.h>

#include "core/platform.h"
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

// Windows without long paths turned on refuses a path over 259 characters with a message
// that does not say why; cdpsite says so, and what to do. (Runs under Wine; Linux has no
// such limit.)
TEST(StagedOutput, APathLongerThanThisComputerAllowsIsRefusedInPlainWords) {
  if (!path_length_limit()) GTEST_SKIP() << "this system has no path length limit";
  TempDir dir;
  Diagnostics diagnostics;
  StagedOutput output;
  ASSERT_TRUE(output.begin(dir.path() / "site", diagnostics));
  std::string deep;
  for (int i = 0; i < 6; ++i) deep += std::string(45, 'a') + "/";
  EXPECT_FALSE(output.write(deep + "index.html", "x", diagnostics));
  std::vector<Diagnostic> errors = diagnostics.sorted();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("characters long, and Windows here allows 259"), std::string::npos)
      << errors[0].message;
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
