#include "publish/sigv4.h"

#include "publish/hmac_sha256.h"

namespace cdp {

namespace {

std::string credential_scope(const SigV4Scope& scope) {
  return scope.amz_date.substr(0, 8) + "/" + scope.region + "/" + scope.service + "/aws4_request";
}

std::string signed_headers(const SigV4Request& request) {
  std::string names;
  for (const auto& [name, value] : request.headers) names += (names.empty() ? "" : ";") + name;
  return names;
}

// Leading and trailing spaces go, and runs of spaces inside become one.
std::string trimmed_header_value(const std::string& value) {
  std::string result;
  for (char c : value) {
    if (c == ' ' && (result.empty() || result.back() == ' ')) continue;
    result += c;
  }
  while (!result.empty() && result.back() == ' ') result.pop_back();
  return result;
}

}  // namespace

std::string aws_uri_encode(std::string_view text, bool keep_slash) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == '~';
    if (unreserved || (keep_slash && c == '/')) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kDigits[c >> 4];
      encoded += kDigits[c & 15];
    }
  }
  return encoded;
}

std::string aws_canonical_query(const std::map<std::string, std::string>& query) {
  std::map<std::string, std::string> encoded;
  for (const auto& [name, value] : query) encoded[aws_uri_encode(name, false)] = aws_uri_encode(value, false);
  std::string text;
  for (const auto& [name, value] : encoded) text += (text.empty() ? "" : "&") + name + "=" + value;
  return text;
}

std::string sigv4_canonical_request(const SigV4Request& request) {
  std::string headers;
  for (const auto& [name, value] : request.headers) headers += name + ":" + trimmed_header_value(value) + "\n";
  return request.method + "\n" + request.path + "\n" + aws_canonical_query(request.query) + "\n" + headers + "\n" +
         signed_headers(request) + "\n" + request.payload_sha256;
}

std::string sigv4_string_to_sign(const SigV4Request& request, const SigV4Scope& scope) {
  return "AWS4-HMAC-SHA256\n" + scope.amz_date + "\n" + credential_scope(scope) + "\n" +
         sha256_hex(sigv4_canonical_request(request));
}

std::string sigv4_signature(const SigV4Request& request, const SigV4Scope& scope, const std::string& secret) {
  std::string key = hmac_sha256("AWS4" + secret, scope.amz_date.substr(0, 8));
  key = hmac_sha256(key, scope.region);
  key = hmac_sha256(key, scope.service);
  key = hmac_sha256(key, "aws4_request");
  std::string signature = hmac_sha256(key, sigv4_string_to_sign(request, scope));
  return hex_of(signature);
}

std::string sigv4_authorization(const SigV4Request& request, const SigV4Scope& scope,
                                const AwsCredentials& credentials) {
  return "AWS4-HMAC-SHA256 Credential=" + credentials.access_key_id + "/" + credential_scope(scope) +
         ",SignedHeaders=" + signed_headers(request) +
         ",Signature=" + sigv4_signature(request, scope, credentials.secret_access_key);
}

}  // namespace cdp
