// The SSH server's key checked against known_hosts, with a real server on 127.0.0.1
// (tests/support/ssh_server.h): a key on record lets the login go on, a different key is
// refused, a server never seen is refused without a terminal, and trusted once when the
// user says yes (then added to the file, so that the next connection does not ask).
#include "publish/ssh_host_key.h"

#include <stdio.h>
#include <stdlib.h>

#include <fstream>

#include <gtest/gtest.h>

#include "publish/sftp_target.h"
#include "support/ssh_server.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

template <class Step>
std::string publish_error(Step step) {
  try {
    step();
  } catch (const PublishError& error) {
    return std::string(error.what()) + " | " + error.hint;
  }
  return "";
}

// What `ssh-keygen -l` says the key's fingerprint is: "SHA256:...".
std::string fingerprint_by_ssh_keygen(const fs::path& public_key) {
  std::string command = "ssh-keygen -l -E sha256 -f '" + public_key.string() + "' | cut -d' ' -f2";
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[256];
    while (fgets(buffer, sizeof buffer, pipe)) output += buffer;
    pclose(pipe);
  }
  while (!output.empty() && output.back() == '\n') output.pop_back();
  return output;
}

class SshHostKeyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!ssh_server_available()) GTEST_FAIL() << "openssh-server is missing: scripts/install-deps --test installs it";
    server_ = std::make_unique<SshServer>(dir_.path() / "ssh");
    ASSERT_TRUE(server_->running());
  }
  SftpLogin login(const fs::path& known_hosts, TrustNewHost trust) const {
    SftpLogin login;
    login.key_file = server_->user_key();
    login.known_hosts = known_hosts;
    login.use_agent = false;
    login.trust_new_host = std::move(trust);
    return login;
  }
  std::string connect_error(const fs::path& known_hosts, TrustNewHost trust = nullptr) const {
    std::string url = server_->url((dir_.path() / "www").string());
    return publish_error([&] { SftpTarget(parse_sftp_address(url), login(known_hosts, trust)); });
  }
  std::string fingerprint() const { return fingerprint_by_ssh_keygen(server_->host_key().string() + ".pub"); }
  std::string server() const { return "127.0.0.1 (port " + std::to_string(server_->port()) + ")"; }

  TempDir dir_;
  std::unique_ptr<SshServer> server_;
};

TEST_F(SshHostKeyTest, AKeyOnRecordLetsTheConnectionOn) {
  EXPECT_EQ(connect_error(server_->known_hosts()), "");
}

TEST_F(SshHostKeyTest, AnUnknownServerIsRefusedWithoutATerminalAndShowsItsFingerprint) {
  ASSERT_TRUE(fingerprint().starts_with("SHA256:"));
  fs::path known_hosts = dir_.path() / "empty_known_hosts";
  EXPECT_EQ(connect_error(known_hosts),
            "this computer has not connected to the SSH server " + server() + " before, and cannot tell that it is "
            "the right server (its key's fingerprint is " + fingerprint() + "), so nothing was sent | check the "
            "fingerprint with your council's IT, then publish once from a terminal to accept it, or add the "
            "server's key to " + known_hosts.string() + " (or the file given with --known-hosts)");
  EXPECT_FALSE(fs::exists(known_hosts)) << "nothing is recorded";
}

TEST_F(SshHostKeyTest, AnUnknownServerTrustedOnceIsRememberedAndNotAskedAgain) {
  fs::path known_hosts = dir_.path() / "home/.ssh/known_hosts";
  std::vector<std::string> questions;
  auto say_yes = [&](const std::string& question) {
    questions.push_back(question);
    return true;
  };
  EXPECT_EQ(connect_error(known_hosts, say_yes), "");
  EXPECT_EQ(connect_error(known_hosts, say_yes), "");
  ASSERT_EQ(questions.size(), 1u) << "asked once";
  EXPECT_NE(questions[0].find(fingerprint()), std::string::npos) << questions[0];
  EXPECT_TRUE(slurp(known_hosts).starts_with("[127.0.0.1]:" + std::to_string(server_->port()) + " ssh-ed25519 "));
}

TEST_F(SshHostKeyTest, AnUnknownServerNotTrustedIsRefused) {
  EXPECT_EQ(connect_error(dir_.path() / "known_hosts", [](const std::string&) { return false; }),
            "the SSH server " + server() + " was not trusted, so nothing was sent | check the fingerprint with "
            "your council's IT, then publish again and answer yes");
}

TEST_F(SshHostKeyTest, AChangedKeyIsRefusedInPlainWords) {
  make_ssh_key(dir_.path() / "old_host_key");
  fs::path known_hosts = dir_.write("known_hosts", "[127.0.0.1]:" + std::to_string(server_->port()) + " " +
                                                       slurp(dir_.path() / "old_host_key.pub"));
  std::string name = "[127.0.0.1]:" + std::to_string(server_->port());
  EXPECT_EQ(connect_error(known_hosts, [](const std::string&) { return true; }),
            "the SSH server " + server() + " is not the one this computer knows: its key (" + fingerprint() +
                ") differs from the one recorded in " + known_hosts.string() + ", so nothing was sent. This "
                "happens when a server is replaced or reinstalled, and also when someone is intercepting the "
                "connection | ask your council's IT whether the server's key changed and what its fingerprint is "
                "now; if it matches, delete the line for " + name + " from " + known_hosts.string() +
                " and publish again");
}

TEST(DefaultKnownHosts, IsInTheHomeFolder) {
  const char* home = getenv("HOME");
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(default_known_hosts(), fs::path(home) / ".ssh/known_hosts");
}

}  // namespace
}  // namespace cdp::testing
