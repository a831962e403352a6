#include "publish/system_trust.h"

// <wincrypt.h> before OpenSSL's headers: it defines X509_NAME and others as macros,
// which OpenSSL's headers undefine again. <winsock2.h> (which Poco uses) must come
// before <windows.h>.
#ifdef _WIN32
#include <winsock2.h>
#include <windows.h>
#include <wincrypt.h>
#endif

#include <Poco/Net/Context.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace cdp {

#ifdef _WIN32

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

#else

int trust_system_authorities(Poco::Net::Context&) { return 0; }

#endif

}  // namespace cdp
