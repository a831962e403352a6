// `cdpsite publish` against a folder, a zip, a real FTP server (Debian's
// python3-pyftpdlib), a real SFTP server (Debian's OpenSSH) and the S3 and Azure
// emulators (s3rver, Azurite), all on 127.0.0.1: the target ends equal to the built
// site, a second publish sends only what changed, deleted pages go, an interrupted
// publish is finished by the next, and a missing or stale build is refused. The targets
// themselves (logins, certificates, host keys, temporary names) are tested in their own
// tests (folder_target_test, ftp_target_test, sftp_target_test, s3_target_test...).
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
#include "publish/azure_target.h"
#include "publish/s3_target.h"
#include "support/cloud_emulators.h"
#include "support/ftp_server.h"
#include "support/ssh_server.h"
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

TEST(PublishSftp, PublishesThenSendsOnlyChangesAndRemovesWhatWent) {
  if (!ssh_server_available()) GTEST_FAIL() << "openssh-server is missing: scripts/install-deps --test installs it";
  TempDir dir;
  build_site(dir, 3);
  SshServer server(dir.path() / "ssh");
  ASSERT_TRUE(server.running());
  std::vector<std::string> args = {"--sftp", server.url((dir.path() / "www/drugs").string()), "--ssh-key",
                                   server.user_key().string(), "--known-hosts", server.known_hosts().string()};
  RunResult first = publish(dir, args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(published(dir.path() / "www/drugs"), snapshot(dir.path() / "site"));
  EXPECT_EQ(sent(publish(dir, args)), 0);
  dir.write("content/news/item-1.md", "+++\ntitle = \"Item 1\"\n+++\nChanged.\n");
  fs::remove(dir.path() / "content/news/item-2.md");
  ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
  RunResult second = publish(dir, args);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_LE(sent(second), 5) << second.out;
  EXPECT_EQ(published(dir.path() / "www/drugs"), snapshot(dir.path() / "site"));
}

TEST(PublishSftp, AnUnknownServerIsRefusedWhenNotOnATerminal) {
  if (!ssh_server_available()) GTEST_FAIL() << "openssh-server is missing: scripts/install-deps --test installs it";
  TempDir dir;
  build_site(dir, 1);
  SshServer server(dir.path() / "ssh");
  ASSERT_TRUE(server.running());
  RunResult result = publish(dir, {"--sftp", server.url((dir.path() / "www").string()), "--ssh-key",
                                   server.user_key().string(), "--known-hosts", (dir.path() / "none").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("this computer has not connected to the SSH server 127.0.0.1"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir.path() / "www")) << "nothing is sent";
}

// Every object a cloud target holds, by path, with its content, and its content type
// apart.
template <class Target>
std::map<std::string, std::string> cloud_files(Target& target, std::map<std::string, std::string>* types = nullptr) {
  std::map<std::string, std::string> files;
  for (const std::string& name : target.list()) {
    if (name == kManifestName) continue;
    std::optional<StoredObject> object = target.fetch(name);
    if (!object) continue;
    files[name] = object->body;
    if (types) (*types)[name] = object->content_type;
  }
  return files;
}

class PublishCloud : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!cloud_emulators_available()) GTEST_FAIL() << "the emulators are missing: scripts/test installs them (npm)";
    setenv("AWS_ACCESS_KEY_ID", kS3rverKey, 1);
    setenv("AWS_SECRET_ACCESS_KEY", kS3rverKey, 1);
  }
  void TearDown() override {
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    unsetenv("AZURE_STORAGE_CONNECTION_STRING");
  }
  // Publishes, edits a page, deletes another, publishes again; the target always ends
  // equal to the site, with each file's type, and the second publish sends only changes.
  template <class Target>
  void publish_edit_and_publish(const TempDir& dir, const std::vector<std::string>& args, Target& target) {
    RunResult first = publish(dir, args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    std::map<std::string, std::string> types;
    EXPECT_EQ(cloud_files(target, &types), snapshot(dir.path() / "site"));
    EXPECT_EQ(types["index.html"], "text/html; charset=utf-8");
    EXPECT_EQ(target.fetch("index.html")->cache_control, "max-age=60");
    EXPECT_EQ(sent(publish(dir, args)), 0);
    dir.write("content/news/item-1.md", "+++\ntitle = \"Item 1\"\n+++\nChanged.\n");
    fs::remove(dir.path() / "content/news/item-2.md");
    ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
    RunResult second = publish(dir, args);
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_LE(sent(second), 5) << second.out;
    EXPECT_EQ(cloud_files(target), snapshot(dir.path() / "site"));
  }
  void build_with_cache_control(const TempDir& dir, int pages) {
    build_site(dir, pages);
    dir.write("content/site.toml", "title = \"Publish test\"\n[publish]\ncache_control = \"max-age=60\"\n");
    ASSERT_EQ(run_cdpsite({"build", "-q"}, dir.path()).exit_code, 0);
  }
};

TEST_F(PublishCloud, S3PublishesThenSendsOnlyChanges) {
  TempDir dir;
  build_with_cache_control(dir, 3);
  S3Emulator emulator(dir.path() / "s3", "council-www");
  ASSERT_TRUE(emulator.running());
  S3Target target(parse_s3_address("s3://council-www/drugs"),
                  S3Options{{kS3rverKey, kS3rverKey, ""}, "eu-west-2", emulator.endpoint(), ""});
  publish_edit_and_publish(dir, {"--s3", "s3://council-www/drugs", "--region", "eu-west-2", "--endpoint",
                                 emulator.endpoint()}, target);
}

TEST_F(PublishCloud, S3PublishKilledMidwayIsFinishedByTheNext) {
  TempDir dir;
  build_with_cache_control(dir, 60);
  S3Emulator emulator(dir.path() / "s3", "council-www");
  ASSERT_TRUE(emulator.running());
  std::vector<std::string> args = {"publish", "--s3", "s3://council-www", "--endpoint", emulator.endpoint()};
  {
    RunningCdpsite cut(args, dir.path());
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    cut.kill_with(SIGKILL);
  }
  args.erase(args.begin());
  RunResult rerun = publish(dir, args);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  S3Target target(parse_s3_address("s3://council-www"), S3Options{{kS3rverKey, kS3rverKey, ""}, "", emulator.endpoint(), ""});
  EXPECT_EQ(cloud_files(target), snapshot(dir.path() / "site"));
}

TEST_F(PublishCloud, AzurePublishesThenSendsOnlyChanges) {
  TempDir dir;
  build_with_cache_control(dir, 3);
  AzuriteEmulator emulator(dir.path() / "azurite");
  ASSERT_TRUE(emulator.running());
  setenv("AZURE_STORAGE_CONNECTION_STRING", emulator.connection_string().c_str(), 1);
  AzureTarget target(parse_azure_address(emulator.url()), AzureCredential{"", kAzuriteKey}, "");
  publish_edit_and_publish(dir, {"--azure", emulator.url()}, target);
}

TEST_F(PublishCloud, AWrongAzureKeyIsRefusedWithoutShowingIt) {
  TempDir dir;
  build_site(dir, 1);
  AzuriteEmulator emulator(dir.path() / "azurite");
  ASSERT_TRUE(emulator.running());
  std::string wrong_key = "d3Jvbmcta2V5LXdyb25nLWtleQ==";
  std::string connection = emulator.connection_string();
  connection.replace(connection.find(kAzuriteKey), std::string(kAzuriteKey).size(), wrong_key);
  setenv("AZURE_STORAGE_CONNECTION_STRING", connection.c_str(), 1);
  RunResult result = publish(dir, {"--azure", emulator.url()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("Azure Storage refused to list the container"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find(wrong_key), std::string::npos);
}

}  // namespace
}  // namespace cdp::testing
