// The command line as a whole (cli/app.cpp): its commands, version, help, and the exit
// codes scripts rely on: 0 success, 1 content or data errors, 2 wrong usage.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

TEST(App, WrongUsageExitsWithTwo) {
  TempDir dir;
  EXPECT_EQ(run_cdpsite({"build", "--no-such-flag"}, dir.path()).exit_code, 2);
  EXPECT_EQ(run_cdpsite({"frobnicate"}, dir.path()).exit_code, 2);
  EXPECT_EQ(run_cdpsite({}, dir.path()).exit_code, 2);
}

TEST(App, VersionAndHelpSucceed) {
  TempDir dir;
  RunResult version = run_cdpsite({"--version"}, dir.path());
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, "cdpsite " CDPSITE_VERSION "\n");
  RunResult help = run_cdpsite({"build", "--help"}, dir.path());
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--output"), std::string::npos);
  EXPECT_NE(run_cdpsite({"--help"}, dir.path()).out.find("Exit codes"), std::string::npos);
}

TEST(App, HelpNamesEveryCommand) {
  TempDir dir;
  RunResult help = run_cdpsite({"--help"}, dir.path());
  ASSERT_EQ(help.exit_code, 0);
  for (const char* command : {"build", "check", "serve", "publish", "new"}) {
    EXPECT_NE(help.out.find("\n  " + std::string(command) + " "), std::string::npos) << command << "\n" << help.out;
  }
}

// A command's user error is reported as any other problem, with its hint, and exits 1.
TEST(App, AUserErrorIsReportedWithItsHintAndExitsWithOne) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content", "--title", "Testshire"}, dir.path()).exit_code, 0);
  RunResult again = run_cdpsite({"new", "site", "content", "--title", "Testshire"}, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err.rfind("error: ", 0), 0u) << again.err;
  EXPECT_NE(again.err.find("hint: choose another name, or move the existing file away first"), std::string::npos)
      << again.err;
  EXPECT_EQ(again.err.find("internal error"), std::string::npos);
}

}  // namespace
}  // namespace cdp::testing
