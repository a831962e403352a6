// parse_ftp_address, and FtpTarget against a real FTP server on 127.0.0.1 (Debian's
// python3-pyftpdlib), plain and with TLS: files sent under a temporary name and
// renamed, text read back, removals with their emptied folders, leftovers, and the
// exact errors for a refused login, an untrusted certificate and no server.
#include "publish/ftp_target.h"

#include <Poco/Net/ServerSocket.h>
#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/ftp_server.h"
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

TEST(ParseFtpAddress, ReadsUserHostPortAndFolder) {
  FtpAddress address = parse_ftp_address("ftp://council@ftp.example.gov.uk:2121/public/drugs/");
  EXPECT_FALSE(address.tls);
  EXPECT_EQ(address.user, "council");
  EXPECT_EQ(address.host, "ftp.example.gov.uk");
  EXPECT_EQ(address.port, 2121);
  EXPECT_EQ(address.path, "/public/drugs") << "the trailing slash goes";
}

TEST(ParseFtpAddress, FtpsAndTheDefaultPort) {
  FtpAddress address = parse_ftp_address("ftps://council@host");
  EXPECT_TRUE(address.tls);
  EXPECT_EQ(address.port, 21);
  EXPECT_EQ(address.path, "");
}

TEST(ParseFtpAddress, PasswordInTheAddressIsRefusedWithoutRepeatingIt) {
  std::string error = publish_error([] { parse_ftp_address("ftp://council:secret@127.0.0.1/www"); });
  EXPECT_EQ(error, "the FTP address holds a password, which would end up in shell history and logs | remove it from "
                   "the address, and set CDPSITE_FTP_PASSWORD or type it when asked");
  EXPECT_EQ(error.find("secret"), std::string::npos);
}

TEST(ParseFtpAddress, UserAndHostAreRequired) {
  EXPECT_EQ(publish_error([] { parse_ftp_address("ftp://host/www"); }),
            "the FTP address needs a user and a host | write it as ftp://user@host/path");
}

TEST(ParseFtpAddress, OtherSchemesAreNotFtp) {
  EXPECT_EQ(publish_error([] { parse_ftp_address("https://council@host/www"); }),
            "\"https://council@host/www\" is not an FTP address | write it as ftp://user@host/path or "
            "ftps://user@host/path");
  EXPECT_EQ(publish_error([] { parse_ftp_address("ftp://council@host:99999999/"); }),
            "\"ftp://council@host:99999999/\" is not an FTP address | write it as ftp://user@host/path or "
            "ftps://user@host/path");
}

class FtpTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!ftp_server_available()) GTEST_FAIL() << "python3-pyftpdlib is missing: scripts/install-deps --test installs it";
    server_ = std::make_unique<FtpServer>(dir_.path() / "ftp");
    ASSERT_TRUE(server_->running());
  }
  std::unique_ptr<FtpTarget> connect(const std::string& path) {
    return std::make_unique<FtpTarget>(parse_ftp_address(server_->url("ftp", path)), "secret", "");
  }

  TempDir dir_;
  std::unique_ptr<FtpServer> server_;
};

TEST_F(FtpTargetTest, ConnectingMakesTheFolderAndDescribesTheAccount) {
  auto target = connect("/public/drugs");
  EXPECT_TRUE(fs::is_directory(dir_.path() / "ftp/public/drugs"));
  EXPECT_EQ(target->describe(), "ftp://council@127.0.0.1:" + std::to_string(server_->port()) + "/public/drugs");
}

TEST_F(FtpTargetTest, PutSendsAFileIntoNewFoldersUnderItsOwnName) {
  auto target = connect("/www");
  target->put("news/first/index.html", dir_.write("site/index.html", "<h1>First</h1>"));
  EXPECT_EQ(snapshot(dir_.path() / "ftp/www"),
            (std::map<std::string, std::string>{{"news/first/index.html", "<h1>First</h1>"}}));
}

TEST_F(FtpTargetTest, TextIsWrittenAndReadBack) {
  auto target = connect("/www");
  EXPECT_EQ(target->read_text(kManifestName), std::nullopt) << "a first publish";
  target->put_text(kManifestName, "{\"files\": {}}");
  EXPECT_EQ(target->read_text(kManifestName), "{\"files\": {}}");
  EXPECT_EQ(slurp(dir_.path() / "ftp/www" / kManifestName), "{\"files\": {}}");
}

TEST_F(FtpTargetTest, RemoveTakesEmptiedFoldersAndKeepsOthers) {
  dir_.write("ftp/www/news/2024/first/index.html", "a");
  dir_.write("ftp/www/news/other.html", "b");
  auto target = connect("/www");
  target->remove("news/2024/first/index.html");
  EXPECT_FALSE(fs::exists(dir_.path() / "ftp/www/news/2024"));
  EXPECT_TRUE(fs::exists(dir_.path() / "ftp/www/news/other.html"));
  EXPECT_NO_THROW(target->remove("no/such/file.html"));
}

TEST_F(FtpTargetTest, RemoveLeftoversDeletesOnlyPartFiles) {
  dir_.write(std::string("ftp/www/news/index.html") + kPartSuffix, "half");
  dir_.write(std::string("ftp/www/index.html") + kPartSuffix, "half");
  dir_.write("ftp/www/index.html", "whole");
  auto target = connect("/www");
  target->remove_leftovers({"", "news", "not-made-yet"});
  EXPECT_EQ(snapshot(dir_.path() / "ftp/www"), (std::map<std::string, std::string>{{"index.html", "whole"}}));
}

TEST_F(FtpTargetTest, WrongPasswordIsARefusedLoginAndIsNeverShown) {
  std::string error = publish_error([&] { FtpTarget(parse_ftp_address(server_->url("ftp", "/www")), "wrong", ""); });
  std::string expected = "ftp://council@127.0.0.1:" + std::to_string(server_->port()) + "/www refused the login: ";
  EXPECT_TRUE(error.starts_with(expected)) << error;
  EXPECT_TRUE(error.ends_with(" | check the user in the address and the password (CDPSITE_FTP_PASSWORD)")) << error;
  EXPECT_EQ(error.find("wrong"), std::string::npos) << "the password is never printed";
}

TEST(FtpTarget, FtpsVerifiesTheCertificateAgainstTheAuthorityGiven) {
  if (!ftp_server_available()) GTEST_FAIL() << "python3-pyftpdlib is missing: scripts/install-deps --test installs it";
  TempDir dir;
  std::string openssl = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                        "-addext subjectAltName=IP:127.0.0.1 -keyout " + (dir.path() / "key.pem").string() +
                        " -out " + (dir.path() / "cert.pem").string() + " 2>/dev/null";
  ASSERT_EQ(system(openssl.c_str()), 0);
  FtpServer server(dir.path() / "ftp", {"--tls", (dir.path() / "cert.pem").string(), (dir.path() / "key.pem").string()});
  ASSERT_TRUE(server.running());
  FtpAddress address = parse_ftp_address(server.url("ftps", "/www"));
  std::string untrusted = publish_error([&] { FtpTarget(address, "secret", ""); });
  EXPECT_EQ(untrusted, "the FTPS server 127.0.0.1 sent a certificate this computer does not trust (not signed by an "
                       "authority it trusts, out of date, or made out to another name) | if the server's certificate "
                       "is signed by your council's own authority, give it with --ftps-ca FILE");
  FtpTarget trusted(address, "secret", (dir.path() / "cert.pem").string());
  trusted.put_text("index.html", "over TLS");
  EXPECT_EQ(slurp(dir.path() / "ftp/www/index.html"), "over TLS");
}

TEST(FtpTarget, NoServerIsExplainedAfterRetrying) {
  unsigned short port = 0;
  {
    Poco::Net::ServerSocket free_port(Poco::Net::SocketAddress("127.0.0.1", 0));
    port = free_port.address().port();
  }
  FtpAddress address = parse_ftp_address("ftp://council@127.0.0.1:" + std::to_string(port) + "/www");
  std::string error = publish_error([&] { FtpTarget(address, "secret", ""); });
  std::string expected = "cannot connect on ftp://council@127.0.0.1:" + std::to_string(port) + "/www: ";
  EXPECT_TRUE(error.starts_with(expected)) << error;
  EXPECT_TRUE(error.ends_with(" | check the host, the port and the network; the next publish finishes the job")) << error;
}

}  // namespace
}  // namespace cdp::testing
