#include "publish/sftp_target.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <utility>

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <libssh2.h>
#include <libssh2_sftp.h>

#include "core/platform.h"
#include "publish/manifest.h"
#include "publish/ssh_host_key.h"

namespace cdp {

namespace {

constexpr int kRetries = 3;
constexpr long kFileMode = 0644;
constexpr long kFolderMode = 0755;

// The connection went (or never came): worth another try.
struct ConnectionDropped : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

void start_libssh2() {
  static std::once_flag started;
  std::call_once(started, [] { libssh2_init(0); });
}

std::string session_error(LIBSSH2_SESSION* session) {
  char* message = nullptr;
  libssh2_session_last_error(session, &message, nullptr, 0);
  return message ? message : "no reason given";
}

}  // namespace

// One connection: the socket, the SSH session on it and the SFTP channel.
class SftpSession {
 public:
  SftpSession(const std::string& host, unsigned short port) {
    start_libssh2();
    try {
      socket_.connect(Poco::Net::SocketAddress(host, port), Poco::Timespan(15, 0));
    } catch (const Poco::Exception& error) {
      throw ConnectionDropped(error.displayText());
    }
    session_ = libssh2_session_init();
    if (!session_) throw ConnectionDropped("libssh2 could not start a session");
    libssh2_session_set_blocking(session_, 1);
    libssh2_session_set_timeout(session_, 30000);
    if (libssh2_session_handshake(session_, socket_.impl()->sockfd()) != 0) {
      throw ConnectionDropped(session_error(session_));
    }
  }
  ~SftpSession() {
    if (sftp_) libssh2_sftp_shutdown(sftp_);
    if (session_) {
      libssh2_session_disconnect(session_, "cdpsite publish done");
      libssh2_session_free(session_);
    }
  }
  SftpSession(const SftpSession&) = delete;
  SftpSession& operator=(const SftpSession&) = delete;

  void start_sftp() {
    sftp_ = libssh2_sftp_init(session_);
    if (!sftp_) throw ConnectionDropped(session_error(session_));
  }
  LIBSSH2_SESSION* ssh() const { return session_; }
  LIBSSH2_SFTP* sftp() const { return sftp_; }

 private:
  Poco::Net::StreamSocket socket_;
  LIBSSH2_SESSION* session_ = nullptr;
  LIBSSH2_SFTP* sftp_ = nullptr;
};

namespace {

// An open remote file or folder, closed when it goes.
class SftpHandle {
 public:
  explicit SftpHandle(LIBSSH2_SFTP_HANDLE* handle) : handle_(handle) {}
  ~SftpHandle() {
    if (handle_) libssh2_sftp_close_handle(handle_);
  }
  SftpHandle(const SftpHandle&) = delete;
  SftpHandle& operator=(const SftpHandle&) = delete;
  LIBSSH2_SFTP_HANDLE* get() const { return handle_; }
  explicit operator bool() const { return handle_ != nullptr; }
  // Closes it, which for a written file is when the server may report a full disk.
  bool close() { return libssh2_sftp_close_handle(std::exchange(handle_, nullptr)) == 0; }

 private:
  LIBSSH2_SFTP_HANDLE* handle_;
};

// The SFTP status of the last failure, or -1 when it was not the server's refusal.
long sftp_status(const SftpSession& session) {
  if (libssh2_session_last_errno(session.ssh()) != LIBSSH2_ERROR_SFTP_PROTOCOL) return -1;
  return static_cast<long>(libssh2_sftp_last_error(session.sftp()));
}

}  // namespace

std::unique_ptr<PublishTarget> open_sftp_target(SftpAddress address, SftpLogin login) {
  return std::make_unique<SftpTarget>(std::move(address), std::move(login));
}

SftpTarget::SftpTarget(SftpAddress address, SftpLogin login)
    : address_(std::move(address)), login_(std::move(login)) {
  if (login_.known_hosts.empty()) login_.known_hosts = default_known_hosts();
  with_retries("connect", [this] { connect(); });
}

SftpTarget::~SftpTarget() = default;

std::string SftpTarget::describe() const {
  return "sftp://" + address_.user + "@" + address_.host + ":" + std::to_string(address_.port) + address_.path;
}

void SftpTarget::connect() {
  session_.reset();
  made_folders_.clear();
  auto session = std::make_unique<SftpSession>(address_.host, address_.port);
  check_host_key(session->ssh(), address_.host, address_.port, login_.known_hosts, login_.trust_new_host);
  session_ = std::move(session);
  log_in();
  session_->start_sftp();
  // The folder published into may not exist yet: make each part of its path.
  for (std::size_t slash = address_.path.find('/', 1);; slash = address_.path.find('/', slash + 1)) {
    std::string part = address_.path.substr(0, slash);
    if (!part.empty() && part != "/") make_folder(part);
    if (slash == std::string::npos) break;
  }
  LIBSSH2_SFTP_ATTRIBUTES attributes{};
  std::string top = address_.path.empty() ? "." : address_.path;
  if (libssh2_sftp_stat(session_->sftp(), top.c_str(), &attributes) != 0) fail("open the folder", top);
  if (!LIBSSH2_SFTP_S_ISDIR(attributes.permissions)) {
    throw PublishError(top + " on " + address_.host + " is a file, not a folder",
                       "give the folder the site goes in, in the address after the host");
  }
}

void SftpTarget::log_in() {
  LIBSSH2_SESSION* ssh = session_->ssh();
  if (!login_.key_file.empty()) {
    std::string key = u8_string(login_.key_file);
    int result = libssh2_userauth_publickey_fromfile_ex(ssh, address_.user.c_str(),
                                                        static_cast<unsigned>(address_.user.size()), nullptr,
                                                        key.c_str(), "");
    if (result == 0) return;
    if (result == LIBSSH2_ERROR_FILE) {
      throw PublishError("cannot use the key " + key + ": it is missing, not a private key, or protected by a passphrase",
                         "give a key without a passphrase made for publishing, or add it to your SSH agent "
                         "(ssh-add) and leave out --ssh-key");
    }
    if (result == LIBSSH2_ERROR_AUTHENTICATION_FAILED || result == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED) {
      throw PublishError(describe() + " did not accept the key " + key + " for " + address_.user,
                         "ask your council's IT to add its public key (" + key + ".pub) to the account's authorized_keys");
    }
    throw ConnectionDropped(session_error(ssh));
  }
  bool password_given = std::getenv("CDPSITE_SFTP_PASSWORD") != nullptr;
  if (!password_given && login_.use_agent && log_in_with_agent()) return;
  log_in_with_password();
}

bool SftpTarget::log_in_with_agent() {
  LIBSSH2_SESSION* ssh = session_->ssh();
  std::unique_ptr<LIBSSH2_AGENT, decltype(&libssh2_agent_free)> agent(libssh2_agent_init(ssh), &libssh2_agent_free);
  if (!agent || libssh2_agent_connect(agent.get()) != 0) return false;
  bool logged_in = false;
  if (libssh2_agent_list_identities(agent.get()) == 0) {
    libssh2_agent_publickey* identity = nullptr;
    libssh2_agent_publickey* previous = nullptr;
    while (!logged_in && libssh2_agent_get_identity(agent.get(), &identity, previous) == 0) {
      logged_in = libssh2_agent_userauth(agent.get(), address_.user.c_str(), identity) == 0;
      previous = identity;
    }
  }
  libssh2_agent_disconnect(agent.get());
  return logged_in;
}

void SftpTarget::log_in_with_password() {
  if (!password_) password_ = login_.password ? login_.password() : std::nullopt;
  if (!password_) {
    throw PublishError("no way to log in to " + describe() + ": no key was given (--ssh-key), the SSH agent has none "
                       "the server accepts, and there is no password",
                       "give a key with --ssh-key, or set CDPSITE_SFTP_PASSWORD in the environment of the job that publishes");
  }
  LIBSSH2_SESSION* ssh = session_->ssh();
  int result = libssh2_userauth_password_ex(ssh, address_.user.c_str(), static_cast<unsigned>(address_.user.size()),
                                            password_->c_str(), static_cast<unsigned>(password_->size()), nullptr);
  if (result == 0) return;
  if (result == LIBSSH2_ERROR_AUTHENTICATION_FAILED || result == LIBSSH2_ERROR_PASSWORD_EXPIRED ||
      result == LIBSSH2_ERROR_METHOD_NOT_SUPPORTED) {
    throw PublishError(describe() + " refused the password for " + address_.user + " (or does not take passwords)",
                       "check the user in the address and the password (CDPSITE_SFTP_PASSWORD), or log in with a key (--ssh-key)");
  }
  throw ConnectionDropped(session_error(ssh));
}

void SftpTarget::with_retries(const std::string& what, const std::function<void()>& step) {
  for (int attempt = 0;; ++attempt) {
    try {
      if (!session_ && what != "connect") connect();
      step();
      return;
    } catch (const ConnectionDropped& error) {
      if (attempt == kRetries) {
        throw PublishError("cannot " + what + " on " + describe() + ": the connection failed or dropped (" +
                               error.what() + ")",
                           "check the host, the port and the network; the files already sent are whole, and the "
                           "next publish finishes the job");
      }
    }
    session_.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(500 << attempt));
  }
}

void SftpTarget::fail(const std::string& what, const std::string& remote_path) {
  long status = sftp_status(*session_);
  std::string where = remote_path + " on " + address_.host;
  switch (status) {
    case LIBSSH2_FX_NO_SUCH_FILE:
    case LIBSSH2_FX_NO_SUCH_PATH:
      throw PublishError("cannot " + what + ": " + where + " does not exist",
                         "check the folder in the address (after the host); the account must be able to reach it");
    case LIBSSH2_FX_PERMISSION_DENIED:
    case LIBSSH2_FX_WRITE_PROTECT:
    case LIBSSH2_FX_LOCK_CONFLICT:
      throw PublishError("cannot " + what + ": the account " + address_.user + " may not write to " + where,
                         "ask your council's IT to let the account write there, or publish to a folder it may write to");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
    case LIBSSH2_FX_QUOTA_EXCEEDED:
      throw PublishError("cannot " + what + ": the server " + address_.host + " has no space left for the account",
                         "ask your council's IT for more space; the files already sent are whole, and the next "
                         "publish finishes the job");
    case -1:
      throw ConnectionDropped(session_error(session_->ssh()));
    default:
      throw PublishError("the SFTP server " + address_.host + " refused to " + what + " (" + where + ", SFTP status " +
                             std::to_string(status) + ")",
                         "check that the account may write to " + (address_.path.empty() ? "its folder" : address_.path));
  }
}

std::string SftpTarget::remote(const std::string& path) const {
  std::string base = address_.path == "/" ? "" : address_.path;
  if (path.empty()) return base.empty() ? "." : base;
  return base.empty() ? path : base + "/" + path;
}

void SftpTarget::make_folder(const std::string& remote_path) {
  if (libssh2_sftp_mkdir(session_->sftp(), remote_path.c_str(), kFolderMode) == 0) return;
  // It exists already (servers say so in different words): writing into it will tell.
  if (sftp_status(*session_) == -1) throw ConnectionDropped(session_error(session_->ssh()));
}

void SftpTarget::make_folders(const std::string& path) {
  std::string folder = folder_of(path);
  if (folder.empty() || std::find(made_folders_.begin(), made_folders_.end(), folder) != made_folders_.end()) return;
  make_folders(folder);
  make_folder(remote(folder));
  made_folders_.push_back(folder);
}

void SftpTarget::upload(const std::string& path, const std::function<std::unique_ptr<std::istream>()>& open) {
  with_retries("send " + path, [&] {
    make_folders(path);
    std::string part = remote(path) + kPartSuffix;
    std::string whole = remote(path);
    LIBSSH2_SFTP* sftp = session_->sftp();
    SftpHandle file(libssh2_sftp_open(sftp, part.c_str(), LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC,
                                      kFileMode));
    if (!file) fail("send " + path, part);
    std::unique_ptr<std::istream> in = open();
    char buffer[32768];
    while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
      const char* next = buffer;
      for (std::size_t left = static_cast<std::size_t>(in->gcount()); left > 0;) {
        ssize_t written = libssh2_sftp_write(file.get(), next, left);
        if (written < 0) fail("send " + path, part);
        next += written;
        left -= static_cast<std::size_t>(written);
      }
    }
    if (!file.close()) fail("send " + path, part);
    unsigned rename_flags = LIBSSH2_SFTP_RENAME_OVERWRITE | LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE;
    auto rename = [&] {
      return libssh2_sftp_rename_ex(sftp, part.c_str(), static_cast<unsigned>(part.size()), whole.c_str(),
                                    static_cast<unsigned>(whole.size()), rename_flags);
    };
    if (rename() == 0) return;
    // SFTP version 3 (OpenSSH's) will not rename over a file: the old one goes first, so a
    // reader may briefly find none, but never half of one.
    if (sftp_status(*session_) == -1) fail("send " + path, whole);
    libssh2_sftp_unlink(sftp, whole.c_str());
    if (rename() != 0) fail("send " + path, whole);
  });
}

std::optional<std::string> SftpTarget::read_text(const std::string& path) {
  std::optional<std::string> text;
  with_retries("read " + path, [&] {
    text.reset();
    std::string name = remote(path);
    SftpHandle file(libssh2_sftp_open(session_->sftp(), name.c_str(), LIBSSH2_FXF_READ, 0));
    if (!file) {
      long status = sftp_status(*session_);
      if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH) return;  // a first publish
      fail("read " + path, name);
    }
    std::string content;
    char buffer[32768];
    for (ssize_t got; (got = libssh2_sftp_read(file.get(), buffer, sizeof buffer)) != 0;) {
      if (got < 0) fail("read " + path, name);
      content.append(buffer, static_cast<std::size_t>(got));
    }
    text = std::move(content);
  });
  return text;
}

void SftpTarget::put(const std::string& path, const std::filesystem::path& local) {
  upload(path, [&] { return std::make_unique<std::ifstream>(local, std::ios::binary); });
}

void SftpTarget::put_text(const std::string& path, const std::string& text) {
  upload(path, [&] { return std::make_unique<std::istringstream>(text); });
}

void SftpTarget::remove(const std::string& path) {
  with_retries("delete " + path, [&] {
    LIBSSH2_SFTP* sftp = session_->sftp();
    if (libssh2_sftp_unlink(sftp, remote(path).c_str()) != 0) {
      long status = sftp_status(*session_);
      if (status != LIBSSH2_FX_NO_SUCH_FILE && status != LIBSSH2_FX_NO_SUCH_PATH) fail("delete " + path, remote(path));
    }
    // Folders left empty go too; a folder that still holds files refuses, and stays.
    for (std::string folder = folder_of(path); !folder.empty(); folder = folder_of(folder)) {
      if (libssh2_sftp_rmdir(sftp, remote(folder).c_str()) != 0) {
        if (sftp_status(*session_) == -1) fail("delete " + path, remote(folder));
        break;
      }
    }
  });
}

void SftpTarget::remove_leftovers(const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    std::vector<std::string> listing;
    with_retries("list " + folder, [&] {
      listing.clear();
      std::string name = remote(folder);
      SftpHandle handle(libssh2_sftp_opendir(session_->sftp(), name.c_str()));
      if (!handle) {
        if (sftp_status(*session_) == -1) fail("list " + folder, name);
        return;  // a folder not made yet has nothing left in it
      }
      char entry[1024];
      LIBSSH2_SFTP_ATTRIBUTES attributes{};
      for (int length; (length = libssh2_sftp_readdir(handle.get(), entry, sizeof entry, &attributes)) != 0;) {
        if (length < 0) fail("list " + folder, name);
        listing.emplace_back(entry, static_cast<std::size_t>(length));
      }
    });
    for (const std::string& name : leftover_names(listing)) remove(folder.empty() ? name : folder + "/" + name);
  }
}

}  // namespace cdp
