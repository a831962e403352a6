#include "publish/ssh_host_key.h"

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <Poco/Base64Encoder.h>
#include <libssh2.h>

#include "core/platform.h"
#include "publish/target.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

// The known_hosts key type of a server key of libssh2's `type`; 0 when it has none.
int known_host_key_type(int type) {
  switch (type) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    case LIBSSH2_HOSTKEY_TYPE_DSS: return LIBSSH2_KNOWNHOST_KEY_SSHDSS;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return LIBSSH2_KNOWNHOST_KEY_ED25519;
    default: return 0;
  }
}

// How known_hosts names a server: "host", or "[host]:port" off the standard port.
std::string known_host_name(const std::string& host, unsigned short port) {
  return port == 22 ? host : "[" + host + "]:" + std::to_string(port);
}

using KnownHosts = std::unique_ptr<LIBSSH2_KNOWNHOSTS, decltype(&libssh2_knownhost_free)>;

// Appends the server's key to the file, making its folder when there is none.
void remember_host(LIBSSH2_KNOWNHOSTS* hosts, const std::string& name, const char* key, std::size_t length,
                   int key_type, const fs::path& known_hosts) {
  libssh2_knownhost* added = nullptr;
  int type_mask = LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | key_type;
  char line[8192];
  std::size_t line_length = 0;
  if (libssh2_knownhost_addc(hosts, name.c_str(), nullptr, key, length, nullptr, 0, type_mask, &added) != 0 ||
      libssh2_knownhost_writeline(hosts, added, line, sizeof line, &line_length, LIBSSH2_KNOWNHOST_FILE_OPENSSH) != 0) {
    return;  // trusted for this publish; the next one asks again
  }
  std::error_code ec;
  fs::create_directories(known_hosts.parent_path(), ec);
  std::ofstream out(known_hosts, std::ios::binary | std::ios::app);
  out.write(line, static_cast<std::streamsize>(line_length));
}

}  // namespace

fs::path default_known_hosts() {
  const char* home = std::getenv("HOME");
  if (!home || !*home) home = std::getenv("USERPROFILE");
  return u8_path(home ? home : ".") / ".ssh" / "known_hosts";
}

std::string ssh_fingerprint(LIBSSH2_SESSION* session) {
  const char* hash = libssh2_hostkey_hash(session, LIBSSH2_HOSTKEY_HASH_SHA256);
  if (!hash) return "(unknown)";
  std::ostringstream base64;
  Poco::Base64Encoder encoder(base64);
  encoder.rdbuf()->setLineLength(0);
  encoder.write(hash, 32);
  encoder.close();
  std::string text = base64.str();
  while (!text.empty() && text.back() == '=') text.pop_back();
  return "SHA256:" + text;
}

void check_host_key(LIBSSH2_SESSION* session, const std::string& host, unsigned short port,
                    const fs::path& known_hosts, const TrustNewHost& trust_new_host) {
  std::size_t length = 0;
  int type = 0;
  const char* key = libssh2_session_hostkey(session, &length, &type);
  int key_type = known_host_key_type(type);
  std::string server = host + " (port " + std::to_string(port) + ")";
  if (!key || key_type == 0) {
    throw PublishError("the SSH server " + server + " sent a kind of key cdpsite cannot check, so nothing was sent",
                       "ask your council's IT to give the server an Ed25519, ECDSA or RSA host key");
  }
  KnownHosts hosts(libssh2_knownhost_init(session), &libssh2_knownhost_free);
  std::error_code ec;
  if (fs::exists(known_hosts, ec)) {
    // A line libssh2 cannot read stops the reading; the servers before it still count.
    libssh2_knownhost_readfile(hosts.get(), u8_string(known_hosts).c_str(), LIBSSH2_KNOWNHOST_FILE_OPENSSH);
  }
  int type_mask = LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | key_type;
  libssh2_knownhost* found = nullptr;
  int check = libssh2_knownhost_checkp(hosts.get(), host.c_str(), port, key, length, type_mask, &found);
  std::string fingerprint = ssh_fingerprint(session);
  if (check == LIBSSH2_KNOWNHOST_CHECK_MATCH) return;
  if (check == LIBSSH2_KNOWNHOST_CHECK_MISMATCH) {
    throw PublishError("the SSH server " + server + " is not the one this computer knows: its key (" + fingerprint +
                           ") differs from the one recorded in " + u8_string(known_hosts) +
                           ", so nothing was sent. This happens when a server is replaced or reinstalled, and also "
                           "when someone is intercepting the connection",
                       "ask your council's IT whether the server's key changed and what its fingerprint is now; if "
                       "it matches, delete the line for " + known_host_name(host, port) + " from " +
                           u8_string(known_hosts) + " and publish again");
  }
  std::string unknown = "this computer has not connected to the SSH server " + server +
                        " before, and cannot tell that it is the right server (its key's fingerprint is " +
                        fingerprint + ")";
  if (!trust_new_host) {
    throw PublishError(unknown + ", so nothing was sent",
                       "check the fingerprint with your council's IT, then publish once from a terminal to accept "
                       "it, or add the server's key to " + u8_string(known_hosts) + " (or the file given with --known-hosts)");
  }
  if (!trust_new_host(unknown + ". Is this the fingerprint your council's IT gave you? (yes/no) ")) {
    throw PublishError("the SSH server " + server + " was not trusted, so nothing was sent",
                       "check the fingerprint with your council's IT, then publish again and answer yes");
  }
  remember_host(hosts.get(), known_host_name(host, port), key, length, key_type, known_hosts);
}

}  // namespace cdp
