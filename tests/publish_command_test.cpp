// `cdpsite publish` as a command: which target its flags choose, what it prints, and
// its exit codes. What publishing does (sending only changes, refusing a stale build)
// is tested in publish_test.
#include <stdlib.h>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// A built site of one page, in dir/site, from dir/content.
void build_site(const TempDir& dir) {
  dir.write("content/site.toml", "title = \"Publish test\"\n");
  dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
  RunResult result = run_cdpsite({"build", "-q"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

RunResult publish(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), "publish");
  return run_cdpsite(args, dir.path());
}

TEST(PublishCommand, NeedsExactlyOneTarget) {
  TempDir dir;
  build_site(dir);
  RunResult none = publish(dir, {});
  EXPECT_EQ(none.exit_code, 2) << "no target given";
  EXPECT_NE(none.err.find("say where: --to DIR, --zip FILE, --ftp URL, --sftp URL, --azure URL or --s3 URL"),
            std::string::npos)
      << none.err;
  EXPECT_EQ(publish(dir, {"--to", "www", "--zip", "site.zip"}).exit_code, 2);
  EXPECT_EQ(publish(dir, {"--zip", "site.zip", "--ftp", "ftp://u@127.0.0.1/"}).exit_code, 2);
  EXPECT_EQ(publish(dir, {"--sftp", "sftp://u@127.0.0.1/www", "--s3", "s3://council-www"}).exit_code, 2);
  EXPECT_EQ(publish(dir, {"--azure", "https://a.blob.core.windows.net/$web", "--to", "www"}).exit_code, 2);
  EXPECT_EQ(publish(dir, {"--to", "www", "--ftps-ca", "no-such.pem"}).exit_code, 2);
  EXPECT_FALSE(fs::exists(dir.path() / "www"));
  EXPECT_FALSE(fs::exists(dir.path() / "site.zip"));
}

TEST(PublishCommand, SaysWhatItSentAndADryRunListsEachFile) {
  TempDir dir;
  build_site(dir);
  RunResult dry = publish(dir, {"--to", "www", "--dry-run", "--quiet"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("send    index.html\n"), std::string::npos) << "a dry run prints even when quiet: " << dry.out;
  EXPECT_NE(dry.out.find(" to delete, 0 unchanged on "), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("Nothing was changed.\n"), std::string::npos) << dry.out;
  EXPECT_FALSE(fs::exists(dir.path() / "www/index.html"));

  RunResult sent = publish(dir, {"--to", "www"});
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  EXPECT_EQ(sent.out.rfind("Published to ", 0), 0u) << sent.out;
  EXPECT_NE(sent.out.find(" deleted, 0 unchanged, in "), std::string::npos) << sent.out;
  EXPECT_EQ(sent.err, "") << "no progress bar without a terminal";
  RunResult quiet = publish(dir, {"--to", "www", "-q"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.out, "");
}

TEST(PublishCommand, AZipSaysHowManyFilesItHolds) {
  TempDir dir;
  build_site(dir);
  RunResult dry = publish(dir, {"--zip", "site.zip", "--dry-run"});
  EXPECT_EQ(dry.out.rfind("Would zip ", 0), 0u) << dry.out;
  EXPECT_FALSE(fs::exists(dir.path() / "site.zip"));
  RunResult zipped = publish(dir, {"--zip", "site.zip"});
  ASSERT_EQ(zipped.exit_code, 0) << zipped.err;
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path() / "site")) files += entry.is_regular_file();
  EXPECT_EQ(zipped.out, "Zipped " + std::to_string(files) + " files into site.zip\n");
}

// The password never comes from the command line: from the environment, or asked for on
// a terminal; a scheduled job with neither is told how to give it.
TEST(PublishCommand, AnFtpPasswordIsNeededFromTheEnvironmentWithoutATerminal) {
  TempDir dir;
  build_site(dir);
  unsetenv("CDPSITE_FTP_PASSWORD");
  RunResult result = publish(dir, {"--ftp", "ftp://user@127.0.0.1:1/www"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no FTP password: CDPSITE_FTP_PASSWORD is not set and there is no terminal to ask on"),
            std::string::npos) << result.err;
  EXPECT_NE(result.err.find("set CDPSITE_FTP_PASSWORD in the environment of the job that publishes"),
            std::string::npos) << result.err;
}

}  // namespace
}  // namespace cdp::testing
