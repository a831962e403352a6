#include "publish/sftp_address.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "publish/manifest.h"
#include "publish/target.h"

namespace cdp {

SftpAddress parse_sftp_address(const std::string& url) {
  std::string usage = "write it as sftp://user@host/path (or sftp://user@host:port/path)";
  Poco::URI uri;
  try {
    uri = Poco::URI(url);
  } catch (const Poco::Exception&) {
    throw PublishError("\"" + url + "\" is not an SFTP address", usage);
  }
  if (uri.getScheme() != "sftp") throw PublishError("\"" + url + "\" is not an SFTP address", usage);
  std::string user_info = uri.getUserInfo();
  if (user_info.find(':') != std::string::npos) {
    throw PublishError("the SFTP address holds a password, which would end up in shell history and logs",
                       "remove it from the address, and set CDPSITE_SFTP_PASSWORD or type it when asked");
  }
  if (user_info.empty() || uri.getHost().empty()) throw PublishError("the SFTP address needs a user and a host", usage);
  SftpAddress address;
  address.user = user_info;
  address.host = uri.getHost();
  address.port = uri.getPort() ? uri.getPort() : 22;
  address.path = uri.getPath();
  while (address.path.size() > 1 && address.path.back() == '/') address.path.pop_back();
  return address;
}

std::vector<std::string> leftover_names(const std::vector<std::string>& listing) {
  std::vector<std::string> names;
  for (const std::string& name : listing) {
    // A name with a slash or a dot folder is no file of this folder, whatever a server says.
    if (name.ends_with(kPartSuffix) && name.find('/') == std::string::npos && name != "." && name != "..") {
      names.push_back(name);
    }
  }
  return names;
}

}  // namespace cdp
