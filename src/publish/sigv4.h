#pragma once
// AWS Signature Version 4, the signing of Amazon S3 requests (and of S3-compatible
// stores), as documented in "Authenticating Requests (AWS Signature Version 4)": a
// canonical form of the request, a string to sign made from its SHA-256, and an
// HMAC-SHA256 with a key derived from the secret, the date, the region and the service.
#include <map>
#include <string>
#include <string_view>

#include "publish/hmac_sha256.h"

namespace cdp {

struct AwsCredentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // "" unless temporary credentials
};

struct SigV4Request {
  std::string method;                         // "GET", "PUT"...
  std::string path;                           // URI-encoded, as sent: "/bucket/a%20b.html"
  std::map<std::string, std::string> query;   // name -> value, not encoded
  std::map<std::string, std::string> headers; // lower-case name -> value; all are signed
  std::string payload_sha256;                 // hex SHA-256 of the body
};

struct SigV4Scope {
  std::string amz_date;  // "20130524T000000Z", the x-amz-date header
  std::string region;    // "us-east-1"
  std::string service;   // "s3"
};

// Percent-encodes everything but A-Z a-z 0-9 - _ . ~ (and '/' when `keep_slash`).
std::string aws_uri_encode(std::string_view text, bool keep_slash);
// The query string as signed and sent: encoded names and values, sorted.
std::string aws_canonical_query(const std::map<std::string, std::string>& query);

std::string sigv4_canonical_request(const SigV4Request& request);
std::string sigv4_string_to_sign(const SigV4Request& request, const SigV4Scope& scope);
// The hex signature of the request.
std::string sigv4_signature(const SigV4Request& request, const SigV4Scope& scope, const std::string& secret);
// The Authorization header's value.
std::string sigv4_authorization(const SigV4Request& request, const SigV4Scope& scope,
                                const AwsCredentials& credentials);

}  // namespace cdp
