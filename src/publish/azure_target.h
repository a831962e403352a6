#pragma once
// Publishing to Azure Blob Storage: a static website's $web container (or any other),
// with a SAS token or a storage account's connection string (its key signs each request,
// Shared Key). A blob is stored whole or not at all, so nothing is sent under a
// temporary name; each gets its content type and the site's Cache-Control.
#include <memory>

#include "publish/http_exchange.h"
#include "publish/s3_target.h"
#include "publish/target.h"

namespace cdp {

struct AzureAddress {
  HttpEndpoint endpoint;   // the blob service
  bool path_style = false; // the account is in the path (Azurite, other emulators)
  std::string account;
  std::string container;   // "$web" for a static website
  std::string prefix;      // the folder in the container, "" for its top
};

// Parses https://ACCOUNT.blob.core.windows.net/CONTAINER[/prefix], or an emulator's
// http://HOST:PORT/ACCOUNT/CONTAINER[/prefix]. A SAS token in the address is refused.
AzureAddress parse_azure_address(const std::string& url);

struct AzureCredential {
  std::string sas;          // a SAS token, without its '?'
  std::string account_key;  // Base64, for Shared Key; "" when a SAS is given
};

// From CDPSITE_AZURE_SAS, else AZURE_STORAGE_CONNECTION_STRING (its SharedAccessSignature
// or AccountKey); PublishError when neither, or when the string names another account.
AzureCredential azure_credential_from_environment(const std::string& account);

// The Shared Key signature of a request (Base64), for tests against Microsoft's rules.
std::string azure_shared_key_signature(const std::string& string_to_sign, const std::string& account_key);

class AzureTarget : public PublishTarget {
 public:
  // Checks that the container can be listed with the credential.
  AzureTarget(AzureAddress address, AzureCredential credential, std::string cache_control);
  std::string describe() const override;
  std::optional<std::string> read_text(const std::string& path) override;
  void put(const std::string& path, const std::filesystem::path& local) override;
  void put_text(const std::string& path, const std::string& text) override;
  void remove(const std::string& path) override;
  // Blobs are never half-written: there is nothing to clear up.
  void remove_leftovers(const std::vector<std::string>&) override {}

  // The names of the blobs under the prefix (relative to it), every page of the listing.
  std::vector<std::string> list();
  // A blob as stored, nullopt when there is none.
  std::optional<StoredObject> fetch(const std::string& path);

 private:
  AzureAddress address_;
  AzureCredential credential_;
  std::string cache_control_;
  std::unique_ptr<HttpConnection> connection_;

  std::string blob_path(const std::string& path) const;
  HttpReply request(const std::string& what, const std::string& method, const std::string& path,
                    const std::map<std::string, std::string>& query,
                    const std::vector<std::pair<std::string, std::string>>& extra_headers = {},
                    std::function<std::unique_ptr<std::istream>()> body = nullptr, std::uint64_t length = 0);
  void upload(const std::string& path, std::uint64_t length, std::function<std::unique_ptr<std::istream>()> body);
  [[noreturn]] void fail(const std::string& what, const HttpReply& reply) const;
};

}  // namespace cdp
