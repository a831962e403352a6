#pragma once
// The certificate authorities a computer trusts, for checking an FTPS server. On Linux
// OpenSSL finds them itself (/etc/ssl/certs); on Windows they live in Windows' own
// certificate store, which OpenSSL does not read, and the zip ships no CA bundle (it
// would go stale, and councils add their own authorities to Windows' store).
namespace Poco::Net {
class Context;
}

namespace cdp {

// Adds the certificates of Windows' ROOT store (the authorities Windows trusts) to
// what `context` trusts; returns how many it added. Adds none elsewhere, where
// OpenSSL's default authorities already are the system's.
int trust_system_authorities(Poco::Net::Context& context);

}  // namespace cdp
