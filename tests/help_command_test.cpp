// `cdpsite help`: the guide's pages listed, and a page's path printed where there is no
// browser to open (CI set, as on a server).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// CI set for the children run while it lives, so that no browser opens.
class NoBrowser {
 public:
  NoBrowser() { setenv("CI", "1", 1); }
  ~NoBrowser() { unsetenv("CI"); }
};

TEST(HelpCommand, ListsTheGuidesPages) {
  TempDir dir;
  RunResult run = run_cdpsite({"help", "--list"}, dir.path());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("getting-started"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("reference"), std::string::npos) << run.out;
}

TEST(HelpCommand, WithoutABrowserPrintsThePagesPath) {
  NoBrowser no_browser;
  TempDir dir;
  RunResult run = run_cdpsite({"help", "data"}, dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string path = run.out.substr(0, run.out.find('\n'));
  EXPECT_TRUE(path.ends_with("data/index.html")) << run.out;
  EXPECT_TRUE(fs::is_regular_file(path)) << path;
}

TEST(HelpCommand, AnUnknownTopicIsWrongUsageWithTheClosestSuggested) {
  TempDir dir;
  RunResult run = run_cdpsite({"help", "refrence"}, dir.path());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("did you mean `reference`?"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace cdp::testing
