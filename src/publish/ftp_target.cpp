#include "publish/ftp_target.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <Poco/Net/Context.h>
#include <Poco/Net/FTPClientSession.h>
#include <Poco/Net/FTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "publish/manifest.h"
#include "publish/system_trust.h"

namespace cdp {

namespace {

constexpr int kRetries = 3;

// A reply starting with 4 is a temporary refusal: worth another try.
bool is_transient(const Poco::Net::FTPException& error) {
  return error.message().find(": 4") != std::string::npos || error.message().starts_with("4");
}

std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

}  // namespace

FtpAddress parse_ftp_address(const std::string& url) {
  Poco::URI uri;
  try {
    uri = Poco::URI(url);
  } catch (const Poco::Exception&) {
    throw PublishError("\"" + url + "\" is not an FTP address", "write it as ftp://user@host/path or ftps://user@host/path");
  }
  FtpAddress address;
  if (uri.getScheme() != "ftp" && uri.getScheme() != "ftps") {
    throw PublishError("\"" + url + "\" is not an FTP address", "write it as ftp://user@host/path or ftps://user@host/path");
  }
  address.tls = uri.getScheme() == "ftps";
  std::string user_info = uri.getUserInfo();
  if (user_info.find(':') != std::string::npos) {
    throw PublishError("the FTP address holds a password, which would end up in shell history and logs",
                       "remove it from the address, and set CDPSITE_FTP_PASSWORD or type it when asked");
  }
  if (user_info.empty() || uri.getHost().empty()) {
    throw PublishError("the FTP address needs a user and a host", "write it as ftp://user@host/path");
  }
  address.user = user_info;
  address.host = uri.getHost();
  address.port = uri.getPort() ? uri.getPort() : 21;
  address.path = uri.getPath();
  while (address.path.size() > 1 && address.path.back() == '/') address.path.pop_back();
  return address;
}

FtpTarget::FtpTarget(FtpAddress address, std::string password, std::string ca_file)
    : address_(std::move(address)), password_(std::move(password)), ca_file_(std::move(ca_file)) {
  with_retries("connect", [this] { connect(); });
}

FtpTarget::~FtpTarget() {
  if (!session_) return;
  try {
    session_->close();
  } catch (const Poco::Exception&) {
    // Closing a connection the server already dropped: nothing left to do.
  }
}

std::string FtpTarget::describe() const {
  return std::string(address_.tls ? "ftps://" : "ftp://") + address_.user + "@" + address_.host + ":" +
         std::to_string(address_.port) + address_.path;
}

void FtpTarget::connect() {
  session_.reset();
  made_folders_.clear();
  if (address_.tls) {
    Poco::Net::initializeSSL();
    Poco::Net::Context::Ptr context = new Poco::Net::Context(
        Poco::Net::Context::TLS_CLIENT_USE, "", "", ca_file_, Poco::Net::Context::VERIFY_RELAXED, 9,
        ca_file_.empty());
    if (ca_file_.empty()) trust_system_authorities(*context);
    auto session = std::make_unique<Poco::Net::FTPSClientSession>(address_.host, address_.port, "", "", context);
    session->setTimeout(Poco::Timespan(30, 0));
    session->login(address_.user, password_);
    session_ = std::move(session);
  } else {
    auto session = std::make_unique<Poco::Net::FTPClientSession>(address_.host, address_.port);
    session->setTimeout(Poco::Timespan(30, 0));
    session->login(address_.user, password_);
    session_ = std::move(session);
  }
  session_->setFileType(Poco::Net::FTPClientSession::TYPE_BINARY);
  // The folder published into may not exist yet: make each part of its path.
  for (std::size_t slash = address_.path.find('/', 1); ; slash = address_.path.find('/', slash + 1)) {
    std::string part = address_.path.substr(0, slash);
    if (!part.empty() && part != "/") {
      try {
        session_->createDirectory(part);
      } catch (const Poco::Net::FTPException&) {
        // It exists already.
      }
    }
    if (slash == std::string::npos) break;
  }
}

void FtpTarget::with_retries(const std::string& what, const std::function<void()>& step) {
  for (int attempt = 0;; ++attempt) {
    try {
      if (!session_ && what != "connect") connect();
      step();
      return;
    } catch (const Poco::Net::FTPException& error) {
      bool login_refused = error.message().find("530") != std::string::npos;
      if (login_refused) {
        throw PublishError(describe() + " refused the login: " + error.message(),
                           "check the user in the address and the password (CDPSITE_FTP_PASSWORD)");
      }
      if (!is_transient(error) || attempt == kRetries) {
        throw PublishError("the FTP server refused to " + what + ": " + error.message(),
                           "check that the account may write to " + (address_.path.empty() ? "its folder" : address_.path));
      }
    } catch (const Poco::Net::SSLException& error) {
      std::string hint =
          "if the server's certificate is signed by your council's own authority, give it with --ftps-ca FILE";
      if (error.displayText().find("certificate") != std::string::npos) {
        throw PublishError("the FTPS server " + address_.host + " sent a certificate this computer does not trust "
                           "(not signed by an authority it trusts, out of date, or made out to another name)", hint);
      }
      throw PublishError("the secure connection to " + address_.host + " failed: " + error.displayText(), hint);
    } catch (const Poco::Exception& error) {
      if (attempt == kRetries) {
        throw PublishError("cannot " + what + " on " + describe() + ": " + error.displayText(),
                           "check the host, the port and the network; the next publish finishes the job");
      }
    }
    session_.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(500 << attempt));
  }
}

std::string FtpTarget::remote(const std::string& path) const {
  std::string base = address_.path == "/" ? "" : address_.path;
  if (path.empty()) return base;
  return base.empty() ? path : base + "/" + path;
}

void FtpTarget::make_folders(const std::string& path) {
  std::string folder = folder_of(path);
  if (folder.empty() || std::find(made_folders_.begin(), made_folders_.end(), folder) != made_folders_.end()) return;
  make_folders(folder);
  try {
    session_->createDirectory(remote(folder));
  } catch (const Poco::Net::FTPException&) {
    // It exists already (servers say so in different words): writing into it will tell.
  }
  made_folders_.push_back(folder);
}

void FtpTarget::upload(const std::string& path, const std::function<void(std::ostream&)>& write) {
  with_retries("send " + path, [&] {
    make_folders(path);
    std::string part = remote(path) + kPartSuffix;
    std::ostream& out = session_->beginUpload(part);
    write(out);
    session_->endUpload();
    session_->rename(part, remote(path));
  });
}

std::optional<std::string> FtpTarget::read_text(const std::string& path) {
  std::optional<std::string> text;
  with_retries("read " + path, [&] {
    try {
      std::istream& in = session_->beginDownload(remote(path));
      std::ostringstream content;
      Poco::StreamCopier::copyStream(in, content);
      session_->endDownload();
      text = content.str();
    } catch (const Poco::Net::FTPException& error) {
      if (is_transient(error)) throw;
      text.reset();  // no such file: a first publish
    }
  });
  return text;
}

void FtpTarget::put(const std::string& path, const std::filesystem::path& local) {
  upload(path, [&](std::ostream& out) {
    std::ifstream in(local, std::ios::binary);
    Poco::StreamCopier::copyStream(in, out);
  });
}

void FtpTarget::put_text(const std::string& path, const std::string& text) {
  upload(path, [&](std::ostream& out) { out << text; });
}

void FtpTarget::remove(const std::string& path) {
  with_retries("delete " + path, [&] {
    try {
      session_->remove(remote(path));
    } catch (const Poco::Net::FTPException& error) {
      if (is_transient(error)) throw;  // gone already otherwise
    }
    // Folders left empty go too; a folder that still holds files refuses, and stays.
    for (std::string folder = folder_of(path); !folder.empty(); folder = folder_of(folder)) {
      try {
        session_->removeDirectory(remote(folder));
      } catch (const Poco::Net::FTPException&) {
        break;
      }
    }
  });
}

void FtpTarget::remove_leftovers(const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    std::vector<std::string> names;
    with_retries("list " + folder, [&] {
      names.clear();
      try {
        std::istream& in = session_->beginList(remote(folder));
        for (std::string line; std::getline(in, line);) {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (line.ends_with(kPartSuffix)) names.push_back(line.substr(line.rfind('/') + 1));
        }
        session_->endList();
      } catch (const Poco::Net::FTPException& error) {
        if (is_transient(error)) throw;  // a folder not made yet has nothing left in it
      }
    });
    for (const std::string& name : names) remove(folder.empty() ? name : folder + "/" + name);
  }
}

}  // namespace cdp
