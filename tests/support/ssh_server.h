#pragma once
// A real SFTP server for publish tests: Debian's OpenSSH sshd, started on 127.0.0.1 and a
// free port as the user running the tests, with a host key, a login key and a
// configuration made for it in a temporary folder (no system service, no system users
// changed). Stopped when the object goes away.
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <Poco/Net/ServerSocket.h>

#include "support/test_support.h"

namespace cdp::testing {

inline constexpr const char* kSshd = "/usr/sbin/sshd";

// Whether the server can run here (openssh-server and ssh-keygen).
inline bool ssh_server_available() {
  return std::filesystem::exists(kSshd) && std::filesystem::exists("/usr/bin/ssh-keygen");
}

// Makes an Ed25519 key pair without a passphrase: `file` and `file`.pub.
inline void make_ssh_key(const std::filesystem::path& file) {
  std::string command = "ssh-keygen -q -t ed25519 -N '' -C test -f '" + file.string() + "' </dev/null >/dev/null";
  if (system(command.c_str()) != 0) throw std::runtime_error("ssh-keygen failed");
}

inline std::string current_user() {
  const passwd* entry = getpwuid(getuid());
  return entry ? entry->pw_name : "root";
}

struct SshServerOptions {
  bool read_only = false;  // the SFTP subsystem refuses every write (internal-sftp -R)
};

class SshServer {
 public:
  // Keeps its keys and configuration in `dir`.
  explicit SshServer(const std::filesystem::path& dir, SshServerOptions options = {}) : dir_(dir) {
    std::filesystem::create_directories(dir_);
    make_ssh_key(dir_ / "host_key");
    make_ssh_key(dir_ / "user_key");
    std::filesystem::copy_file(dir_ / "user_key.pub", dir_ / "authorized_keys");
    {
      Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
      port_ = probe.address().port();
    }
    std::ofstream config(dir_ / "sshd_config");
    config << "Port " << port_ << "\nListenAddress 127.0.0.1\nHostKey " << (dir_ / "host_key").string()
           << "\nAuthorizedKeysFile " << (dir_ / "authorized_keys").string()
           << "\nPidFile none\nStrictModes no\nPermitRootLogin yes\nUsePAM no\nPasswordAuthentication yes\n"
              "KbdInteractiveAuthentication no\nMaxAuthTries 20\nSubsystem sftp internal-sftp"
           << (options.read_only ? " -R" : "") << "\n";
    config.close();
    std::ofstream known(dir_ / "known_hosts");
    known << "[127.0.0.1]:" << port_ << " " << slurp(dir_ / "host_key.pub");
    known.close();
    // Run as root (as in CI), sshd wants its privilege separation folder, which the
    // system service would have made.
    if (geteuid() == 0) mkdir("/run/sshd", 0755);
    std::string command = std::string("exec ") + kSshd + " -D -e -f '" + (dir_ / "sshd_config").string() + "' 2>&1";
    process_ = std::make_unique<RunningCdpsite>(std::vector<std::string>{"-c", command}, dir_, "/bin/sh");
    running_ = !process_->wait_for_line("Server listening", 15000).empty();
  }
  ~SshServer() { process_->kill_with(SIGTERM); }
  SshServer(const SshServer&) = delete;
  SshServer& operator=(const SshServer&) = delete;

  bool running() const { return running_; }
  unsigned short port() const { return port_; }
  // sftp://USER@127.0.0.1:PORT/path, for the user running the tests.
  std::string url(const std::string& path) const {
    return "sftp://" + current_user() + "@127.0.0.1:" + std::to_string(port_) + path;
  }
  // The key the server lets in, and a known_hosts file that holds the server's key.
  std::filesystem::path user_key() const { return dir_ / "user_key"; }
  std::filesystem::path known_hosts() const { return dir_ / "known_hosts"; }
  std::filesystem::path host_key() const { return dir_ / "host_key"; }

 private:
  std::filesystem::path dir_;
  unsigned short port_ = 0;
  bool running_ = false;
  std::unique_ptr<RunningCdpsite> process_;  // sshd
};

// An SSH agent on a socket in `dir`, holding `key`, named by SSH_AUTH_SOCK while it runs.
class SshAgent {
 public:
  SshAgent(const std::filesystem::path& dir, const std::filesystem::path& key) {
    std::filesystem::path socket = dir / "agent.sock";
    process_ = std::make_unique<RunningCdpsite>(std::vector<std::string>{"-D", "-a", socket.string()}, dir,
                                                "/usr/bin/ssh-agent");
    running_ = !process_->wait_for_line("SSH_AUTH_SOCK", 15000).empty();
    setenv("SSH_AUTH_SOCK", socket.c_str(), 1);
    std::string add = "ssh-add '" + key.string() + "' 2>/dev/null";
    running_ = running_ && system(add.c_str()) == 0;
  }
  ~SshAgent() {
    unsetenv("SSH_AUTH_SOCK");
    process_->kill_with(SIGTERM);
  }
  SshAgent(const SshAgent&) = delete;
  SshAgent& operator=(const SshAgent&) = delete;
  bool running() const { return running_; }

 private:
  bool running_ = false;
  std::unique_ptr<RunningCdpsite> process_;  // ssh-agent
};

}  // namespace cdp::testing
