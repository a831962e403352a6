// parse_sftp_address (the address typed, never with a password) and leftover_names
// (what of a server's folder listing an interrupted publish left).
#include "publish/sftp_address.h"

#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "publish/target.h"

namespace cdp::testing {
namespace {

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

TEST(ParseSftpAddress, ReadsUserHostPortAndFolder) {
  SftpAddress address = parse_sftp_address("sftp://council@sftp.example.gov.uk:2222/var/www/drugs/");
  EXPECT_EQ(address.user, "council");
  EXPECT_EQ(address.host, "sftp.example.gov.uk");
  EXPECT_EQ(address.port, 2222);
  EXPECT_EQ(address.path, "/var/www/drugs") << "the trailing slash goes";
  EXPECT_EQ(parse_sftp_address("sftp://council@host").port, 22);
}

TEST(ParseSftpAddress, PasswordInTheAddressIsRefusedWithoutRepeatingIt) {
  std::string error = publish_error([] { parse_sftp_address("sftp://council:secret@127.0.0.1/www"); });
  EXPECT_EQ(error, "the SFTP address holds a password, which would end up in shell history and logs | remove it "
                   "from the address, and set CDPSITE_SFTP_PASSWORD or type it when asked");
}

TEST(ParseSftpAddress, UserHostAndSchemeAreRequired) {
  EXPECT_EQ(publish_error([] { parse_sftp_address("sftp://host/www"); }),
            "the SFTP address needs a user and a host | write it as sftp://user@host/path (or "
            "sftp://user@host:port/path)");
  EXPECT_EQ(publish_error([] { parse_sftp_address("ftp://council@host/www"); }),
            "\"ftp://council@host/www\" is not an SFTP address | write it as sftp://user@host/path (or "
            "sftp://user@host:port/path)");
}

TEST(LeftoverNames, OnlyPartFilesOfTheFolderItself) {
  std::vector<std::string> listing = {".", "..", "index.html", std::string("index.html") + kPartSuffix,
                                      std::string("../escape") + kPartSuffix, kPartSuffix};
  EXPECT_EQ(leftover_names(listing),
            (std::vector<std::string>{std::string("index.html") + kPartSuffix, kPartSuffix}));
}

}  // namespace
}  // namespace cdp::testing
