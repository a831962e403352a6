#pragma once
// What SFTP publishing reads from outside but the server's files: the address typed
// (sftp://user@host[:port]/path) and the names a server lists in a folder.
#include <string>
#include <vector>

namespace cdp {

struct SftpAddress {
  std::string user;
  std::string host;
  unsigned short port = 22;
  std::string path;  // the folder on the server, "" for the login folder
};

// Parses sftp://user@host[:port]/path; a password in the address is refused.
SftpAddress parse_sftp_address(const std::string& url);

// The names in a folder listing that an interrupted publish left (ending in kPartSuffix).
std::vector<std::string> leftover_names(const std::vector<std::string>& listing);

}  // namespace cdp
