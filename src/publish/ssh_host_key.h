#pragma once
// Whether an SSH server is the one this computer knows: its host key is looked up in an
// OpenSSH known_hosts file (~/.ssh/known_hosts unless another is given). A key on record
// lets the connection go on; a different key stops it (a replaced server, or someone in
// the middle); a server never seen before is shown by its SHA256 fingerprint, trusted
// only when the user says so on a terminal, and then added to the file.
#include <filesystem>
#include <functional>
#include <string>

#include "publish/sftp_target.h"

struct _LIBSSH2_SESSION;

namespace cdp {

// ~/.ssh/known_hosts (%USERPROFILE%\.ssh\known_hosts on Windows).
std::filesystem::path default_known_hosts();

// "SHA256:" and the unpadded Base64 of the key's SHA-256, as `ssh` shows it.
std::string ssh_fingerprint(_LIBSSH2_SESSION* session);

// Throws PublishError unless the server of `session` (after the handshake) is `host`
// on `port` as recorded in `known_hosts`, or a new server the user trusts.
void check_host_key(_LIBSSH2_SESSION* session, const std::string& host, unsigned short port,
                    const std::filesystem::path& known_hosts, const TrustNewHost& trust_new_host);

}  // namespace cdp
