// `cdpsite new`: what it makes passes `check` and builds at once, and it never
// overwrites a file.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

TEST(NewCommand, MakesASitePartnershipAndDocumentsThatBuild) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content"}, dir.path()).exit_code, 0);
  RunResult partnership = run_cdpsite({"new", "partnership", "North & \"South\" CDP"}, dir.path());
  ASSERT_EQ(partnership.exit_code, 0) << partnership.err;
  EXPECT_NE(partnership.out.find("content/partnerships/north-south-cdp/partnership.toml"), std::string::npos);
  for (const char* kind : {"strategy", "annual-report", "board-report", "news"}) {
    RunResult document = run_cdpsite({"new", "document", kind, std::string("A ") + kind + " \"quoted\""}, dir.path());
    ASSERT_EQ(document.exit_code, 0) << document.err;
  }
  RunResult check = run_cdpsite({"check"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  RunResult build = run_cdpsite({"build"}, dir.path());
  ASSERT_EQ(build.exit_code, 0) << build.err;
  std::string documents = slurp(dir.path() / "site/partnerships/north-south-cdp/documents/index.html");
  EXPECT_NE(documents.find("Annual reports"), std::string::npos);
  EXPECT_NE(documents.find("A news &quot;quoted&quot;"), std::string::npos);
}

TEST(NewCommand, NeverOverwritesAndExplainsMistakes) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "content"}, dir.path()).exit_code, 0);
  dir.write("content/_index.md", "Mine.\n");
  RunResult again = run_cdpsite({"new", "site", "content"}, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already exists, and cdpsite new never overwrites a file"), std::string::npos) << again.err;
  EXPECT_EQ(slurp(dir.path() / "content/_index.md"), "Mine.\n");
  RunResult kind = run_cdpsite({"new", "document", "minutes", "T"}, dir.path());
  EXPECT_EQ(kind.exit_code, 1);
  EXPECT_NE(kind.err.find("choose one of: strategy, annual-report, board-report, news"), std::string::npos) << kind.err;
  EXPECT_EQ(run_cdpsite({"new", "website", "x"}, dir.path()).exit_code, 2);
}

// Run from inside the site folder, `new partnership` would start a second site in
// ./content that never builds: it refuses, and says where to run it.
TEST(NewCommand, APartnershipOrDocumentNeedsAnExistingSite) {
  TempDir dir;
  ASSERT_EQ(run_cdpsite({"new", "site", "mysite"}, dir.path()).exit_code, 0);
  for (std::vector<std::string> args : {std::vector<std::string>{"new", "partnership", "Anytown"},
                                        std::vector<std::string>{"new", "document", "news", "Hello"}}) {
    RunResult made = run_cdpsite(args, dir.path() / "mysite");
    EXPECT_EQ(made.exit_code, 1) << made.out;
    EXPECT_NE(made.err.find("there is no site in content (it has no site.toml)"), std::string::npos) << made.err;
    EXPECT_NE(made.err.find("--source"), std::string::npos) << made.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "mysite/content"));
  RunResult named = run_cdpsite({"new", "partnership", "Anytown", "--source", "mysite"}, dir.path());
  EXPECT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(run_cdpsite({"check", "--source", "mysite"}, dir.path()).exit_code, 0);
}

}  // namespace
}  // namespace cdp::testing
