#pragma once
// Publishing to an FTP account, or FTPS (explicit TLS, the server's certificate
// verified against the system's authorities or a CA file given). A dropped connection
// or a temporary refusal (a 4xx reply) is retried, with a longer wait each time.
#include <functional>
#include <memory>

#include "publish/target.h"

namespace Poco::Net {
class FTPClientSession;
}

namespace cdp {

struct FtpAddress {
  bool tls = false;        // ftps://
  std::string user;        // from the URL
  std::string host;
  unsigned short port = 21;
  std::string path;        // the folder on the server, "" for the login folder
};

// Parses ftp://user@host[:port]/path or ftps://...; a password in the URL is refused.
FtpAddress parse_ftp_address(const std::string& url);

class FtpTarget : public PublishTarget {
 public:
  // Connects and logs in. `ca_file` ("" for the system's) is for FTPS.
  FtpTarget(FtpAddress address, std::string password, std::string ca_file);
  ~FtpTarget() override;
  std::string describe() const override;
  std::optional<std::string> read_text(const std::string& path) override;
  void put(const std::string& path, const std::filesystem::path& local) override;
  void put_text(const std::string& path, const std::string& text) override;
  void remove(const std::string& path) override;
  void remove_leftovers(const std::vector<std::string>& folders) override;

 private:
  FtpAddress address_;
  std::string password_;
  std::string ca_file_;
  std::unique_ptr<Poco::Net::FTPClientSession> session_;
  std::vector<std::string> made_folders_;  // folders known to exist on the server

  void connect();
  // Runs `step`, reconnecting and retrying after transient failures.
  void with_retries(const std::string& what, const std::function<void()>& step);
  std::string remote(const std::string& path) const;
  void make_folders(const std::string& path);
  void upload(const std::string& path, const std::function<void(std::ostream&)>& write);
};

}  // namespace cdp
