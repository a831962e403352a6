// The authorities of Windows' own certificate store, added to what OpenSSL trusts. CMake
// builds this file on Windows only (system_trust_posix.cpp elsewhere).
#include "publish/system_trust.h"

// <wincrypt.h> before OpenSSL's headers: it defines X509_NAME and others as macros,
// which OpenSSL's headers undefine again. <winsock2.h> (which Poco uses) must come
// before <windows.h>.
#include <winsock2.h>
#include <windows.h>
#include <wincrypt.h>

#include <Poco/Net/Context.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace cdp {

int trust_system_authorities(Poco::Net::Context& context) {
  HCERTSTORE store = CertOpenSystemStoreW(0, L"ROOT");
  if (!store) return 0;
  X509_STORE* trusted = SSL_CTX_get_cert_store(context.sslContext());
  int added = 0;
  PCCERT_CONTEXT certificate = nullptr;
  while ((certificate = CertEnumCertificatesInStore(store, certificate)) != nullptr) {
    const unsigned char* der = certificate->pbCertEncoded;
    X509* x509 = d2i_X509(nullptr, &der, static_cast<long>(certificate->cbCertEncoded));
    if (!x509) continue;  // a certificate OpenSSL cannot read: it cannot vouch for a server either
    if (X509_STORE_add_cert(trusted, x509) == 1) ++added;
    X509_free(x509);
  }
  CertCloseStore(store, 0);
  return added;
}

}  // namespace cdp
