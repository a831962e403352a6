// The authorities Windows trusts reach the FTPS connection's store (under Wine, its
// ROOT store holds the host's authorities); elsewhere OpenSSL's own defaults serve.
#include "publish/system_trust.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/SSLManager.h>
#include <gtest/gtest.h>
#include <openssl/ssl.h>

namespace cdp {
namespace {

Poco::Net::Context::Ptr context_without_authorities() {
  Poco::Net::initializeSSL();
  return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_RELAXED, 9,
                                false);
}

int authorities_in(Poco::Net::Context& context) {
  return sk_X509_OBJECT_num(X509_STORE_get0_objects(SSL_CTX_get_cert_store(context.sslContext())));
}

TEST(SystemTrust, WindowsRootStoreIsAdded) {
  Poco::Net::Context::Ptr context = context_without_authorities();
  ASSERT_EQ(authorities_in(*context), 0);
  int added = trust_system_authorities(*context);
#ifdef _WIN32
  EXPECT_GT(added, 0) << "Windows' ROOT store holds authorities";
  EXPECT_GT(authorities_in(*context), 0);
#else
  EXPECT_EQ(added, 0) << "OpenSSL reads the system's authorities itself";
#endif
}

}  // namespace
}  // namespace cdp
