#pragma once
// Publishing over SFTP (SSH), with libssh2. The server must be the one known_hosts has
// on record (ssh_host_key.h). The login is a key file (--ssh-key), else a key of the
// user's SSH agent (Pageant on Windows), else a password. A file is written under a
// temporary name and renamed into place; a dropped connection is retried, with a longer
// wait each time.
#include <functional>
#include <istream>
#include <memory>
#include <optional>

#include "publish/sftp_address.h"
#include "publish/target.h"

namespace cdp {

// Asks the user a yes/no question; null where there is nobody to ask (no terminal).
using TrustNewHost = std::function<bool(const std::string& question)>;

struct SftpLogin {
  std::filesystem::path key_file;     // --ssh-key; empty for the agent, then a password
  std::filesystem::path known_hosts;  // the servers trusted, by key ("" for ~/.ssh/known_hosts)
  bool use_agent = true;              // whether to try the SSH agent's keys
  // The password (CDPSITE_SFTP_PASSWORD, or asked for); nullopt when there is none.
  std::function<std::optional<std::string>()> password;
  TrustNewHost trust_new_host;        // null when there is no terminal to ask on
};

// An SftpTarget, connected; in a build without libssh2 (sftp_missing.cpp) a PublishError
// saying so.
std::unique_ptr<PublishTarget> open_sftp_target(SftpAddress address, SftpLogin login);

class SftpSession;

class SftpTarget : public PublishTarget {
 public:
  // Connects, checks the server's key and logs in.
  SftpTarget(SftpAddress address, SftpLogin login);
  ~SftpTarget() override;
  std::string describe() const override;
  std::optional<std::string> read_text(const std::string& path) override;
  void put(const std::string& path, const std::filesystem::path& local) override;
  void put_text(const std::string& path, const std::string& text) override;
  void remove(const std::string& path) override;
  void remove_leftovers(const std::vector<std::string>& folders) override;

 private:
  SftpAddress address_;
  SftpLogin login_;
  std::optional<std::string> password_;  // once asked for, kept for reconnecting
  std::unique_ptr<SftpSession> session_;
  std::vector<std::string> made_folders_;  // folders known to exist on the server

  void connect();
  void log_in();
  bool log_in_with_agent();
  void log_in_with_password();
  // Runs `step`, reconnecting and retrying after a dropped connection.
  void with_retries(const std::string& what, const std::function<void()>& step);
  // Throws what the last failed operation on `remote_path` means.
  [[noreturn]] void fail(const std::string& what, const std::string& remote_path);
  std::string remote(const std::string& path) const;
  void make_folders(const std::string& path);
  void make_folder(const std::string& remote_path);
  // Sends what `open` reads (opened again for each try) to `path` under a temporary name.
  void upload(const std::string& path, const std::function<std::unique_ptr<std::istream>()>& open);
};

}  // namespace cdp
