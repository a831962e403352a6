// SftpTarget against a real SFTP server on 127.0.0.1 (Debian's OpenSSH,
// tests/support/ssh_server.h): files sent under a temporary name and renamed over the
// old ones, text read back, removals with their emptied
// folders, leftovers, logins by key file, by the SSH agent and by password, and the
// exact errors for a refused key or password, a read-only folder, a missing folder and
// no server. The host key checks are in ssh_host_key_test.
#include "publish/sftp_target.h"

#include <stdlib.h>

#include <Poco/Net/ServerSocket.h>
#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/ssh_server.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// The PublishError `step` throws, as "message | hint" ("" when it throws none).
template <class Step>
std::string publish_error(Step step) {
  try {
    step();
  } catch (const PublishError& error) {
    return std::string(error.what()) + " | " + error.hint;
  }
  return "";
}

class SftpTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!ssh_server_available()) GTEST_FAIL() << "openssh-server is missing: scripts/install-deps --test installs it";
    server_ = std::make_unique<SshServer>(dir_.path() / "ssh");
    ASSERT_TRUE(server_->running());
  }
  SftpLogin key_login() const {
    SftpLogin login;
    login.key_file = server_->user_key();
    login.known_hosts = server_->known_hosts();
    login.use_agent = false;
    return login;
  }
  std::unique_ptr<SftpTarget> connect(const std::string& folder) {
    return std::make_unique<SftpTarget>(parse_sftp_address(server_->url(www(folder))), key_login());
  }
  std::string www(const std::string& folder) const { return (dir_.path() / folder).string(); }

  TempDir dir_;
  std::unique_ptr<SshServer> server_;
};

TEST_F(SftpTargetTest, ConnectingMakesTheFolderAndDescribesTheAccount) {
  auto target = connect("public/drugs");
  EXPECT_TRUE(fs::is_directory(dir_.path() / "public/drugs"));
  EXPECT_EQ(target->describe(), server_->url(www("public/drugs")).replace(0, 7, "sftp://"));
}

TEST_F(SftpTargetTest, PutSendsAFileIntoNewFoldersAndReplacesTheOldOne) {
  auto target = connect("www");
  target->put("news/first/index.html", dir_.write("site/index.html", "<h1>First</h1>"));
  target->put("news/first/index.html", dir_.write("site/index.html", "<h1>Second</h1>"));
  EXPECT_EQ(snapshot(dir_.path() / "www"),
            (std::map<std::string, std::string>{{"news/first/index.html", "<h1>Second</h1>"}}));
}

TEST_F(SftpTargetTest, TextIsWrittenAndReadBack) {
  auto target = connect("www");
  EXPECT_EQ(target->read_text(kManifestName), std::nullopt) << "a first publish";
  target->put_text(kManifestName, "{\"files\": {}}");
  EXPECT_EQ(target->read_text(kManifestName), "{\"files\": {}}");
  std::string large(200000, 'x');
  target->put_text("large.txt", large);
  EXPECT_EQ(target->read_text("large.txt"), large);
}

TEST_F(SftpTargetTest, RemoveTakesEmptiedFoldersAndKeepsOthers) {
  dir_.write("www/news/2024/first/index.html", "a");
  dir_.write("www/news/other.html", "b");
  auto target = connect("www");
  target->remove("news/2024/first/index.html");
  EXPECT_FALSE(fs::exists(dir_.path() / "www/news/2024"));
  EXPECT_TRUE(fs::exists(dir_.path() / "www/news/other.html"));
  EXPECT_NO_THROW(target->remove("no/such/file.html"));
}

TEST_F(SftpTargetTest, RemoveLeftoversDeletesOnlyPartFiles) {
  dir_.write(std::string("www/news/index.html") + kPartSuffix, "half");
  dir_.write(std::string("www/index.html") + kPartSuffix, "half");
  dir_.write("www/index.html", "whole");
  auto target = connect("www");
  target->remove_leftovers({"", "news", "not-made-yet"});
  EXPECT_EQ(snapshot(dir_.path() / "www"), (std::map<std::string, std::string>{{"index.html", "whole"}}));
}

TEST_F(SftpTargetTest, TheAgentsKeyLogsIn) {
  SshAgent agent(dir_.path(), server_->user_key());
  ASSERT_TRUE(agent.running());
  SftpLogin login = key_login();
  login.key_file.clear();
  login.use_agent = true;
  login.password = [] { return std::optional<std::string>(); };
  SftpTarget target(parse_sftp_address(server_->url(www("www"))), login);
  target.put_text("index.html", "by the agent");
  EXPECT_EQ(slurp(dir_.path() / "www/index.html"), "by the agent");
}

TEST_F(SftpTargetTest, AKeyTheServerDoesNotKnowIsRefused) {
  make_ssh_key(dir_.path() / "other_key");
  SftpLogin login = key_login();
  login.key_file = dir_.path() / "other_key";
  std::string key = (dir_.path() / "other_key").string();
  std::string error = publish_error([&] { SftpTarget(parse_sftp_address(server_->url(www("www"))), login); });
  EXPECT_EQ(error, server_->url(www("www")) + " did not accept the key " + key + " for " + current_user() +
                       " | ask your council's IT to add its public key (" + key + ".pub) to the account's authorized_keys");
}

TEST_F(SftpTargetTest, AFileThatIsNoKeyIsExplained) {
  SftpLogin login = key_login();
  login.key_file = dir_.write("not-a-key", "hello");
  std::string error = publish_error([&] { SftpTarget(parse_sftp_address(server_->url(www("www"))), login); });
  EXPECT_EQ(error, "cannot use the key " + login.key_file.string() + ": it is missing, not a private key, or "
                   "protected by a passphrase | give a key without a passphrase made for publishing, or add it to "
                   "your SSH agent (ssh-add) and leave out --ssh-key");
}

TEST_F(SftpTargetTest, AWrongPasswordIsRefusedAndNeverShown) {
  SftpLogin login = key_login();
  login.key_file.clear();
  login.password = [] { return std::optional<std::string>("wrong-horse"); };
  std::string error = publish_error([&] { SftpTarget(parse_sftp_address(server_->url(www("www"))), login); });
  EXPECT_EQ(error, server_->url(www("www")) + " refused the password for " + current_user() +
                       " (or does not take passwords) | check the user in the address and the password "
                       "(CDPSITE_SFTP_PASSWORD), or log in with a key (--ssh-key)");
  EXPECT_EQ(error.find("wrong-horse"), std::string::npos);
}

TEST_F(SftpTargetTest, NoKeyNoAgentAndNoPasswordIsExplained) {
  SftpLogin login = key_login();
  login.key_file.clear();
  login.password = [] { return std::optional<std::string>(); };
  EXPECT_EQ(publish_error([&] { SftpTarget(parse_sftp_address(server_->url(www("www"))), login); }),
            "no way to log in to " + server_->url(www("www")) + ": no key was given (--ssh-key), the SSH agent has "
            "none the server accepts, and there is no password | give a key with --ssh-key, or set "
            "CDPSITE_SFTP_PASSWORD in the environment of the job that publishes");
}

TEST_F(SftpTargetTest, AFolderThatCannotBeMadeDoesNotExist) {
  dir_.write("a-file", "not a folder");
  std::string error = publish_error([&] { connect("a-file/www"); });
  EXPECT_EQ(error, "cannot open the folder: " + www("a-file/www") + " on 127.0.0.1 does not exist | check the folder "
                   "in the address (after the host); the account must be able to reach it");
}

TEST(SftpTarget, AFolderTheAccountMayNotWriteToIsExplained) {
  if (!ssh_server_available()) GTEST_FAIL() << "openssh-server is missing: scripts/install-deps --test installs it";
  TempDir dir;
  SshServer server(dir.path() / "ssh", {.read_only = true});
  ASSERT_TRUE(server.running());
  dir.write("www/index.html", "old");
  SftpLogin login;
  login.key_file = server.user_key();
  login.known_hosts = server.known_hosts();
  login.use_agent = false;
  SftpTarget target(parse_sftp_address(server.url((dir.path() / "www").string())), login);
  EXPECT_EQ(publish_error([&] { target.put_text("index.html", "new"); }),
            "cannot send index.html: the account " + current_user() + " may not write to " +
                (dir.path() / "www/index.html").string() + kPartSuffix + " on 127.0.0.1 | ask your council's IT to "
                "let the account write there, or publish to a folder it may write to");
  EXPECT_EQ(slurp(dir.path() / "www/index.html"), "old");
}

TEST(SftpTarget, NoServerIsExplainedAfterRetrying) {
  unsigned short port = 0;
  {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    port = probe.address().port();
  }
  std::string url = "sftp://council@127.0.0.1:" + std::to_string(port) + "/www";
  std::string error = publish_error([&] { SftpTarget(parse_sftp_address(url), SftpLogin{}); });
  EXPECT_TRUE(error.starts_with("cannot connect on " + url + ": the connection failed or dropped (")) << error;
  EXPECT_TRUE(error.ends_with(") | check the host, the port and the network; the files already sent are whole, and "
                              "the next publish finishes the job")) << error;
}

}  // namespace
}  // namespace cdp::testing
