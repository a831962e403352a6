// Linux: OpenSSL's default authorities already are the system's (/etc/ssl/certs), so
// there is nothing to add. CMake builds this file everywhere but Windows.
#include "publish/system_trust.h"

namespace cdp {

int trust_system_authorities(Poco::Net::Context&) { return 0; }

}  // namespace cdp
