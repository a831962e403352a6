#pragma once
// Publishing to an Amazon S3 bucket (or an S3-compatible store: --endpoint), requests
// signed with Signature Version 4 (sigv4.h). An object is stored whole or not at all,
// so nothing is sent under a temporary name; each gets its Content-Type and the site's
// Cache-Control.
#include <memory>

#include "publish/http_exchange.h"
#include "publish/sigv4.h"
#include "publish/target.h"

namespace cdp {

struct S3Address {
  std::string bucket;
  std::string prefix;  // the folder in the bucket, "" for its top, without slashes at the ends
};

// Parses s3://bucket[/prefix].
S3Address parse_s3_address(const std::string& url);

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; PublishError when a key is missing.
AwsCredentials aws_credentials_from_environment();

struct S3Options {
  AwsCredentials credentials;
  std::string region;         // --region, else AWS_REGION, AWS_DEFAULT_REGION, else us-east-1
  std::string endpoint;       // --endpoint URL for an S3-compatible store (path-style); "" for AWS
  std::string cache_control;  // the Cache-Control of every object, "" for none
};

struct StoredObject {
  std::string content_type;
  std::string cache_control;
  std::string body;
};

class S3Target : public PublishTarget {
 public:
  // Checks that the bucket can be listed with the credentials.
  S3Target(S3Address address, S3Options options);
  std::string describe() const override;
  std::optional<std::string> read_text(const std::string& path) override;
  void put(const std::string& path, const std::filesystem::path& local) override;
  void put_text(const std::string& path, const std::string& text) override;
  void remove(const std::string& path) override;
  // Objects are never half-written: there is nothing to clear up.
  void remove_leftovers(const std::vector<std::string>&) override {}

  // The names of the objects under the prefix (relative to it), every page of the listing.
  std::vector<std::string> list();
  // An object as stored, nullopt when there is none.
  std::optional<StoredObject> fetch(const std::string& path);

 private:
  S3Address address_;
  S3Options options_;
  HttpEndpoint endpoint_;
  bool path_style_ = false;       // /bucket/key rather than bucket.host/key
  std::unique_ptr<HttpConnection> connection_;

  std::string key(const std::string& path) const;
  std::string host_header() const;
  HttpReply request(const std::string& what, const std::string& method, const std::string& key,
                    const std::map<std::string, std::string>& query, const std::string& payload_sha256,
                    const std::vector<std::pair<std::string, std::string>>& extra_headers = {},
                    std::function<std::unique_ptr<std::istream>()> body = nullptr, std::uint64_t length = 0);
  void upload(const std::string& path, const std::string& payload_sha256, std::uint64_t length,
              std::function<std::unique_ptr<std::istream>()> body);
  [[noreturn]] void fail(const std::string& what, const HttpReply& reply) const;
};

}  // namespace cdp
