// `cdpsite publish` against a folder, a zip and a real FTP server (Debian's
// python3-pyftpdlib, on 127.0.0.1): the target ends equal to the built site, a second
// publish sends only what changed, deleted pages go, an interrupted publish is finished
// by the next, and a missing or stale build is refused. The targets themselves (logins,
// certificates, temporary names) are tested in folder_target_test and ftp_target_test.
#include "publish/publish.h"

#include <signal.h>
#include <stdlib.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include <Poco/Zip/Decompress.h>
#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/ftp_server.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// The site's files, without the manifest the target keeps.
std::map<std::string, std::string> published(const fs::path& root) {
  std::map<std::string, std::string> files = snapshot(root);
  files.erase(kManifestName);
  return files;
}

// A built site of a few pages, in dir/site, from dir/content.
void build_site(const TempDir& dir, int pages) {
  dir.write("content/site.toml", "title = \"Publish test\"\n");
  dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
  for (int i = 0; i < pages; ++i) {
    dir.write("content/news/item-" + std::to_string(i) + ".md",
              "+++\ntitle = \"Item " + std::to_string(i) + "\"\n+++\n" + std::string(2000, 'x') + "\n");
  }
  RunResult result = run_cdpsite({"build", "-q"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

RunResult publish(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), "publish");
  return run_cdpsite(args, dir.path());
}

int sent(const RunResult& result) {
  std::smatch match;
  return std::regex_search(result.out, match, std::regex(": ([0-9]+) sent")) ? std::stoi(match[1]) : -1;
}

TEST(PublishFolder, SendsOnlyWhatChangedAndRemovesWhatWent) {
  TempDir dir;
  build_site(dir, 3);
  RunResult first = publish(dir, {"--to", "www"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(published(dir.path() / "www"), snapshot(dir.path() / "site"));
  EXPECT_EQ(sent(publish(dir, {"--to", "www"})), 0) << "an unchanged site sends nothing";

  dir.write("content/news/item-1.md", "+++\ntitle = \"Item 1\"\n+++\nChanged.\n");
  fs::remove(dir.path() / "content/news/item-2.md");
  RunResult stale = publish(dir, {"--to", "www"});
  EXPECT_EQ(stale.exit_code, 1);
  EXPECT_NE(stale.err.find("older than the files in content"), std::string::npos) << stale.err;
  ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
  RunResult dry = publish(dir, {"--to", "www", "--dry-run"});
  EXPECT_NE(dry.out.find("send    news/item-1/index.html"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("delete  news/item-2/index.html"), std::string::npos) << dry.out;
  EXPECT_NE(published(dir.path() / "www"), snapshot(dir.path() / "site")) << "a dry run changes nothing";
  RunResult second = publish(dir, {"--to", "www"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(published(dir.path() / "www"), snapshot(dir.path() / "site"));
  EXPECT_FALSE(fs::exists(dir.path() / "www/news/item-2")) << "the emptied folder goes too";
  // The page and the lists and index that show it changed; nothing else was sent.
  EXPECT_GE(sent(second), 2);
  EXPECT_LE(sent(second), 5) << second.out;
}

TEST(PublishFolder, RefusesWhenThereIsNoBuild) {
  TempDir dir;
  dir.write("content/site.toml", "title = \"T\"\n");
  RunResult result = publish(dir, {"--to", "www"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("there is no built site in site to publish"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("run `cdpsite build` first"), std::string::npos);
  EXPECT_EQ(publish(dir, {}).exit_code, 2) << "no target given";
}

TEST(PublishZip, HoldsExactlyTheSiteAndIsTheSameBytesEachTime) {
  TempDir dir;
  build_site(dir, 3);
  ASSERT_EQ(publish(dir, {"--zip", "site.zip"}).exit_code, 0);
  std::string first = slurp(dir.path() / "site.zip");
  ASSERT_EQ(publish(dir, {"--zip", "site.zip"}).exit_code, 0);
  EXPECT_EQ(slurp(dir.path() / "site.zip"), first);
  std::ifstream in(dir.path() / "site.zip", std::ios::binary);
  Poco::Zip::Decompress unzip(in, (dir.path() / "unzipped").string());
  unzip.decompressAllFiles();
  EXPECT_EQ(snapshot(dir.path() / "unzipped"), snapshot(dir.path() / "site"));
}

// Links put into the built site by hand (a build never makes one): a file and a folder
// outside it, and a file inside it, which is sent as the file it points to.
void plant_links(const TempDir& dir, const std::string& outside_kind) {
  dir.write("outside/secret.txt", "a private file outside the built site");
  if (outside_kind == "file") fs::create_symlink(dir.path() / "outside/secret.txt", dir.path() / "site/leak.txt");
  if (outside_kind == "folder") fs::create_directory_symlink(dir.path() / "outside", dir.path() / "site/leak");
  fs::create_symlink("index.html", dir.path() / "site/home.html");
}

void expect_refused_for_a_link_out(const RunResult& result, const std::string& link) {
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find(link + " is a link to something outside the built site, so nothing was published"),
            std::string::npos) << result.err;
  EXPECT_NE(result.err.find("hint: delete the link and run `cdpsite build` again"), std::string::npos) << result.err;
}

TEST(PublishLinks, AFolderOrZipNeverGetsALinkOutOfTheBuiltSite) {
  for (std::string kind : {"file", "folder"}) {
    TempDir dir;
    build_site(dir, 1);
    plant_links(dir, kind);
    std::string link = kind == "file" ? "site/leak.txt" : "site/leak";
    expect_refused_for_a_link_out(publish(dir, {"--to", "www"}), link);
    EXPECT_TRUE(published(dir.path() / "www").empty()) << "nothing is sent";
    expect_refused_for_a_link_out(publish(dir, {"--zip", "site.zip"}), link);
    EXPECT_FALSE(fs::exists(dir.path() / "site.zip"));
    EXPECT_FALSE(fs::exists(dir.path() / "site.zip.cdpsite-part"));
  }
}

TEST(PublishLinks, ALinkInsideTheBuiltSiteIsSentAsItsFile) {
  TempDir dir;
  build_site(dir, 1);
  plant_links(dir, "none");
  ASSERT_EQ(publish(dir, {"--to", "www"}).exit_code, 0);
  EXPECT_EQ(slurp(dir.path() / "www/home.html"), slurp(dir.path() / "site/index.html"));
  EXPECT_FALSE(fs::is_symlink(dir.path() / "www/home.html"));
}

class PublishFtp : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!ftp_server_available()) {
      GTEST_FAIL() << "python3-pyftpdlib is missing: scripts/install-deps --test installs it";
    }
    setenv("CDPSITE_FTP_PASSWORD", "secret", 1);
  }
  void TearDown() override { unsetenv("CDPSITE_FTP_PASSWORD"); }
};

TEST_F(PublishFtp, PublishesThenSendsOnlyChangesAndRemovesWhatWent) {
  TempDir dir;
  build_site(dir, 3);
  FtpServer server(dir.path() / "ftp");
  ASSERT_TRUE(server.running());
  RunResult first = publish(dir, {"--ftp", server.url("ftp", "/public/drugs")});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(published(dir.path() / "ftp/public/drugs"), snapshot(dir.path() / "site"));
  EXPECT_EQ(sent(publish(dir, {"--ftp", server.url("ftp", "/public/drugs")})), 0);
  dir.write("content/news/item-1.md", "+++\ntitle = \"Item 1\"\n+++\nChanged.\n");
  fs::remove(dir.path() / "content/news/item-2.md");
  ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
  RunResult second = publish(dir, {"--ftp", server.url("ftp", "/public/drugs")});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_LE(sent(second), 5) << second.out;
  EXPECT_EQ(published(dir.path() / "ftp/public/drugs"), snapshot(dir.path() / "site"));
}

TEST_F(PublishFtp, AnInterruptedPublishIsFinishedByTheNext) {
  TempDir dir;
  build_site(dir, 40);
  FtpServer server(dir.path() / "ftp", {"--slow", "20000"});
  ASSERT_TRUE(server.running());
  {
    RunningCdpsite cut({"publish", "--ftp", server.url("ftp", "/www")}, dir.path());
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    cut.kill_with(SIGKILL);
  }
  std::map<std::string, std::string> halfway = published(dir.path() / "ftp/www");
  EXPECT_LT(halfway.size(), snapshot(dir.path() / "site").size()) << "the publish was cut off in the middle";
  for (const auto& [path, content] : halfway) {
    if (path.ends_with(kPartSuffix)) continue;  // a file being sent, under its temporary name
    EXPECT_EQ(content, slurp(dir.path() / "site" / path)) << path << " is whole";
  }
  RunResult rerun = publish(dir, {"--ftp", server.url("ftp", "/www")});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(published(dir.path() / "ftp/www"), snapshot(dir.path() / "site"));
}

TEST_F(PublishFtp, SendsNothingWhenTheBuiltSiteHoldsALinkOut) {
  TempDir dir;
  build_site(dir, 1);
  plant_links(dir, "file");
  FtpServer server(dir.path() / "ftp");
  ASSERT_TRUE(server.running());
  expect_refused_for_a_link_out(publish(dir, {"--ftp", server.url("ftp", "/www")}), "site/leak.txt");
  EXPECT_TRUE(published(dir.path() / "ftp/www").empty()) << "nothing is sent";
}

}  // namespace
}  // namespace cdp::testing
