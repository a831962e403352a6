#pragma once
// A real FTP server for publish tests: tests/publish/ftp_server.py (Debian's
// python3-pyftpdlib) on 127.0.0.1 and a free port, for user "council", password
// "secret". Stopped when the object goes away.
#include <signal.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace cdp::testing {

inline constexpr const char* kPython = "/usr/bin/python3";

// Whether the server can run here (python3 with pyftpdlib).
inline bool ftp_server_available() {
  return std::filesystem::exists(kPython) && system("/usr/bin/python3 -c 'import pyftpdlib' 2>/dev/null") == 0;
}

class FtpServer {
 public:
  // Serves `root`; `extra` is passed to the script (--tls CERT KEY, --slow BYTES).
  explicit FtpServer(const std::filesystem::path& root, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {CDPSITE_TEST_DATA "/publish/ftp_server.py", root.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    std::filesystem::create_directories(root);
    process_ = std::make_unique<RunningCdpsite>(args, root, kPython);
    std::string line = process_->wait_for_line("port", 15000);
    if (line.size() > 5) port_ = line.substr(5);
  }
  ~FtpServer() { process_->kill_with(SIGTERM); }
  FtpServer(const FtpServer&) = delete;
  FtpServer& operator=(const FtpServer&) = delete;

  // scheme://council@127.0.0.1:PORT/path
  std::string url(const std::string& scheme, const std::string& path) const {
    return scheme + "://council@127.0.0.1:" + port_ + path;
  }
  bool running() const { return !port_.empty(); }
  unsigned short port() const { return static_cast<unsigned short>(std::stoi(port_)); }

 private:
  std::unique_ptr<RunningCdpsite> process_;  // the python process
  std::string port_;                         // as it printed it ("" if it did not start)
};

}  // namespace cdp::testing
