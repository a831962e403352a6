#include "publish/s3_target.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "core/content_type.h"
#include "core/platform.h"
#include "publish/cloud_xml.h"
#include "publish/manifest.h"

namespace cdp {

namespace {

const std::string kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string trimmed_slashes(std::string text) {
  while (!text.empty() && text.front() == '/') text.erase(0, 1);
  while (!text.empty() && text.back() == '/') text.pop_back();
  return text;
}

std::string amz_date_now() {
  return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y%m%dT%H%M%SZ");
}

}  // namespace

S3Address parse_s3_address(const std::string& url) {
  std::string usage = "write it as s3://bucket or s3://bucket/folder";
  if (!url.starts_with("s3://")) throw PublishError("\"" + url + "\" is not an S3 address", usage);
  std::string rest = url.substr(5);
  std::size_t slash = rest.find('/');
  S3Address address;
  address.bucket = rest.substr(0, slash);
  if (slash != std::string::npos) address.prefix = trimmed_slashes(rest.substr(slash));
  bool valid = address.bucket.size() >= 3 && address.bucket.size() <= 63;
  for (char c : address.bucket) valid = valid && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.');
  if (!valid) {
    throw PublishError("\"" + address.bucket + "\" is not the name of an S3 bucket",
                       "a bucket's name is 3 to 63 lower-case letters, digits, dots and hyphens; " + usage);
  }
  return address;
}

AwsCredentials aws_credentials_from_environment() {
  AwsCredentials credentials{environment("AWS_ACCESS_KEY_ID"), environment("AWS_SECRET_ACCESS_KEY"),
                             environment("AWS_SESSION_TOKEN")};
  if (credentials.access_key_id.empty() || credentials.secret_access_key.empty()) {
    throw PublishError("no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set",
                       "set them in the environment of the job that publishes, from the access key your "
                       "council's IT made for publishing");
  }
  return credentials;
}

S3Target::S3Target(S3Address address, S3Options options) : address_(std::move(address)), options_(std::move(options)) {
  if (options_.region.empty()) options_.region = environment("AWS_REGION");
  if (options_.region.empty()) options_.region = environment("AWS_DEFAULT_REGION");
  if (options_.region.empty()) options_.region = "us-east-1";
  if (options_.endpoint.empty()) {
    // Virtual-hosted addresses, unless a dot in the bucket's name would not match AWS's certificate.
    path_style_ = address_.bucket.find('.') != std::string::npos;
    std::string host = "s3." + options_.region + ".amazonaws.com";
    endpoint_ = {true, path_style_ ? host : address_.bucket + "." + host, 443};
  } else {
    Poco::URI uri;
    try {
      uri = Poco::URI(options_.endpoint);
    } catch (const Poco::Exception&) {
      uri = Poco::URI();
    }
    if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty()) {
      throw PublishError("\"" + options_.endpoint + "\" is not an address of an S3-compatible store",
                         "write it as https://host[:port], as the store's documentation gives it");
    }
    path_style_ = true;
    endpoint_ = {uri.getScheme() == "https", uri.getHost(), uri.getPort()};
  }
  connection_ = std::make_unique<HttpConnection>(endpoint_);
  // Listing the manifest alone proves the bucket is there and the credentials work.
  HttpReply reply = request("list the bucket", "GET", "", {{"list-type", "2"}, {"prefix", key(kManifestName)}}, kEmptySha256);
  if (reply.status != 200) fail("list the bucket", reply);
}

std::string S3Target::describe() const {
  return "s3://" + address_.bucket + (address_.prefix.empty() ? "" : "/" + address_.prefix);
}

std::string S3Target::key(const std::string& path) const {
  return address_.prefix.empty() ? path : address_.prefix + "/" + path;
}

std::string S3Target::host_header() const {
  bool default_port = endpoint_.port == (endpoint_.tls ? 443 : 80);
  return default_port ? endpoint_.host : endpoint_.host + ":" + std::to_string(endpoint_.port);
}

HttpReply S3Target::request(const std::string& what, const std::string& method, const std::string& object_key,
                            const std::map<std::string, std::string>& query, const std::string& payload_sha256,
                            const std::vector<std::pair<std::string, std::string>>& extra_headers,
                            std::function<std::unique_ptr<std::istream>()> body, std::uint64_t length) {
  return connection_->exchange(what, [&] {
    SigV4Request signed_request;
    signed_request.method = method;
    signed_request.path = (path_style_ ? "/" + address_.bucket : std::string()) + "/" + aws_uri_encode(object_key, true);
    signed_request.query = query;
    signed_request.payload_sha256 = payload_sha256;
    SigV4Scope scope{amz_date_now(), options_.region, "s3"};
    signed_request.headers = {{"host", host_header()},
                              {"x-amz-content-sha256", payload_sha256},
                              {"x-amz-date", scope.amz_date}};
    if (!options_.credentials.session_token.empty()) {
      signed_request.headers["x-amz-security-token"] = options_.credentials.session_token;
    }
    for (const auto& [name, value] : extra_headers) signed_request.headers[name] = value;
    HttpRequest http;
    http.method = method;
    std::string query_text = aws_canonical_query(query);
    http.target = signed_request.path + (query_text.empty() ? "" : "?" + query_text);
    for (const auto& [name, value] : signed_request.headers) http.headers.emplace_back(name, value);
    http.headers.emplace_back("Authorization", sigv4_authorization(signed_request, scope, options_.credentials));
    http.body = body;
    http.length = length;
    return http;
  });
}

void S3Target::fail(const std::string& what, const HttpReply& reply) const {
  CloudError error = parse_cloud_error(reply.body);
  std::string bucket = "the bucket " + address_.bucket;
  std::string head = "S3 refused to " + what + " in " + bucket;
  if (error.code == "NoSuchBucket") {
    throw PublishError(bucket + " does not exist (or not in this account)",
                       "check the bucket's name in the address with your council's IT");
  }
  if (error.code == "InvalidAccessKeyId") {
    throw PublishError(head + ": it does not know the access key in AWS_ACCESS_KEY_ID",
                       "check AWS_ACCESS_KEY_ID (and --endpoint, for a store other than Amazon's)");
  }
  if (error.code == "SignatureDoesNotMatch") {
    throw PublishError(head + ": the secret access key in AWS_SECRET_ACCESS_KEY is not the access key's",
                       "check AWS_SECRET_ACCESS_KEY; copy it again from where your council's IT gave it");
  }
  if (error.code == "RequestTimeTooSkewed") {
    throw PublishError(head + ": this computer's clock is too far from the right time",
                       "set the computer's clock right (turn on automatic time), then publish again");
  }
  if (error.code == "ExpiredToken" || error.code == "TokenRefreshRequired" || error.code == "InvalidToken") {
    throw PublishError(head + ": the temporary credentials (AWS_SESSION_TOKEN) have run out",
                       "get new temporary credentials, set them, and publish again");
  }
  if (error.code == "PermanentRedirect" || error.code == "AuthorizationHeaderMalformed" || reply.status == 301) {
    throw PublishError(bucket + " is in another region than " + options_.region,
                       "give the bucket's region with --region (or AWS_REGION)");
  }
  if (error.code == "AccessDenied" || reply.status == 403) {
    throw PublishError(head + ": the credentials may not do that",
                       "ask your council's IT to let the access key list, read, write and delete objects in the bucket");
  }
  std::string code = error.code.empty() ? "HTTP " + std::to_string(reply.status) : error.code;
  throw PublishError(head + " (" + code + ")", "check the address and the credentials; the next publish finishes the job");
}

std::optional<StoredObject> S3Target::fetch(const std::string& path) {
  HttpReply reply = request("read " + path, "GET", key(path), {}, kEmptySha256);
  if (reply.status == 404 && parse_cloud_error(reply.body).code != "NoSuchBucket") return std::nullopt;
  if (reply.status != 200) fail("read " + path, reply);
  return StoredObject{reply.headers["content-type"], reply.headers["cache-control"], reply.body};
}

std::optional<std::string> S3Target::read_text(const std::string& path) {
  std::optional<StoredObject> object = fetch(path);
  if (!object) return std::nullopt;
  return object->body;
}

void S3Target::upload(const std::string& path, const std::string& payload_sha256, std::uint64_t length,
                      std::function<std::unique_ptr<std::istream>()> body) {
  std::vector<std::pair<std::string, std::string>> headers = {{"content-type", content_type_for(path)}};
  if (!options_.cache_control.empty()) headers.emplace_back("cache-control", options_.cache_control);
  HttpReply reply = request("send " + path, "PUT", key(path), {}, payload_sha256, headers, std::move(body), length);
  if (reply.status != 200) fail("send " + path, reply);
}

void S3Target::put(const std::string& path, const std::filesystem::path& local) {
  upload(path, sha256_of_file(local), std::filesystem::file_size(local),
         [local] { return std::make_unique<std::ifstream>(local, std::ios::binary); });
}

void S3Target::put_text(const std::string& path, const std::string& text) {
  upload(path, sha256_hex(text), text.size(), [text] { return std::make_unique<std::istringstream>(text); });
}

void S3Target::remove(const std::string& path) {
  HttpReply reply = request("delete " + path, "DELETE", key(path), {}, kEmptySha256);
  if (reply.status != 204 && reply.status != 200 && reply.status != 404) fail("delete " + path, reply);
}

std::vector<std::string> S3Target::list() {
  std::vector<std::string> names;
  std::string prefix = address_.prefix.empty() ? "" : address_.prefix + "/";
  std::string token;
  do {
    std::map<std::string, std::string> query = {{"list-type", "2"}, {"prefix", prefix}};
    if (!token.empty()) query["continuation-token"] = token;
    HttpReply reply = request("list the bucket", "GET", "", query, kEmptySha256);
    if (reply.status != 200) fail("list the bucket", reply);
    CloudListing listing = parse_s3_listing(reply.body);
    for (const std::string& name : listing.names) {
      if (name.starts_with(prefix)) names.push_back(name.substr(prefix.size()));
    }
    token = listing.next;
  } while (!token.empty());
  return names;
}

}  // namespace cdp
