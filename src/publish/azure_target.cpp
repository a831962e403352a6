#include "publish/azure_target.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "core/content_type.h"
#include "publish/cloud_xml.h"
#include "publish/hmac_sha256.h"
#include "publish/sigv4.h"

namespace cdp {

namespace {

constexpr const char* kApiVersion = "2021-08-06";

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The value of `name` in "Name=value;Name=value" (a value may hold '=').
std::string connection_string_value(const std::string& text, const std::string& name) {
  std::istringstream parts(text);
  for (std::string part; std::getline(parts, part, ';');) {
    std::size_t equals = part.find('=');
    if (equals != std::string::npos && part.substr(0, equals) == name) return part.substr(equals + 1);
  }
  return "";
}

std::string base64_decoded(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder decoder(in);
  std::string bytes((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
  return bytes;
}

std::string base64_encoded(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder << bytes;
  encoder.close();
  return out.str();
}

std::string trimmed_slashes(std::string text) {
  while (!text.empty() && text.front() == '/') text.erase(0, 1);
  while (!text.empty() && text.back() == '/') text.pop_back();
  return text;
}

}  // namespace

AzureAddress parse_azure_address(const std::string& url) {
  std::string usage = "write it as https://ACCOUNT.blob.core.windows.net/$web (a static website's container)";
  Poco::URI uri;
  try {
    uri = Poco::URI(url);
  } catch (const Poco::Exception&) {
    throw PublishError("\"" + url + "\" is not an Azure Storage address", usage);
  }
  if ((uri.getScheme() != "https" && uri.getScheme() != "http") || uri.getHost().empty()) {
    throw PublishError("\"" + url + "\" is not an Azure Storage address", usage);
  }
  if (!uri.getRawQuery().empty()) {
    throw PublishError("the Azure address holds a query (a SAS token?), which would end up in shell history and logs",
                       "remove everything from the '?' on, and set CDPSITE_AZURE_SAS to the SAS token");
  }
  AzureAddress address;
  address.endpoint = {uri.getScheme() == "https", uri.getHost(), uri.getPort()};
  std::vector<std::string> segments;
  uri.getPathSegments(segments);
  std::size_t dot = uri.getHost().find(".blob.");
  address.path_style = dot == std::string::npos;
  if (!address.path_style) {
    address.account = uri.getHost().substr(0, dot);
  } else if (!segments.empty()) {
    address.account = segments.front();
    segments.erase(segments.begin());
  }
  if (address.account.empty() || segments.empty()) {
    throw PublishError("the Azure address needs the storage account and the container", usage);
  }
  address.container = segments.front();
  for (std::size_t i = 1; i < segments.size(); ++i) address.prefix += (i > 1 ? "/" : "") + segments[i];
  address.prefix = trimmed_slashes(address.prefix);
  return address;
}

AzureCredential azure_credential_from_environment(const std::string& account) {
  AzureCredential credential;
  credential.sas = environment("CDPSITE_AZURE_SAS");
  if (credential.sas.starts_with("?")) credential.sas.erase(0, 1);
  if (!credential.sas.empty()) return credential;
  std::string connection = environment("AZURE_STORAGE_CONNECTION_STRING");
  if (connection.empty()) {
    throw PublishError("no Azure credential: neither CDPSITE_AZURE_SAS nor AZURE_STORAGE_CONNECTION_STRING is set",
                       "ask your council's IT for a SAS token for the container (with read, write, delete and "
                       "list), and set CDPSITE_AZURE_SAS to it in the environment of the job that publishes");
  }
  credential.sas = connection_string_value(connection, "SharedAccessSignature");
  if (credential.sas.starts_with("?")) credential.sas.erase(0, 1);
  if (!credential.sas.empty()) return credential;
  std::string named = connection_string_value(connection, "AccountName");
  credential.account_key = connection_string_value(connection, "AccountKey");
  if (credential.account_key.empty()) {
    throw PublishError("AZURE_STORAGE_CONNECTION_STRING holds neither an AccountKey nor a SharedAccessSignature",
                       "copy the whole connection string from the storage account's \"Access keys\" page again");
  }
  if (named != account) {
    throw PublishError("AZURE_STORAGE_CONNECTION_STRING is for the storage account \"" + named +
                           "\", not for \"" + account + "\" of the address",
                       "use the connection string of the account the address names, or correct the address");
  }
  return credential;
}

std::string azure_shared_key_signature(const std::string& string_to_sign, const std::string& account_key) {
  return base64_encoded(hmac_sha256(base64_decoded(account_key), string_to_sign));
}

AzureTarget::AzureTarget(AzureAddress address, AzureCredential credential, std::string cache_control)
    : address_(std::move(address)), credential_(std::move(credential)), cache_control_(std::move(cache_control)) {
  connection_ = std::make_unique<HttpConnection>(address_.endpoint);
  HttpReply reply = request("list the container", "GET", "", {{"restype", "container"}, {"comp", "list"}, {"maxresults", "1"}});
  if (reply.status != 200) fail("list the container", reply);
}

std::string AzureTarget::describe() const {
  std::string scheme = address_.endpoint.tls ? "https://" : "http://";
  std::string base = address_.path_style ? scheme + address_.endpoint.host + ":" + std::to_string(address_.endpoint.port) +
                                               "/" + address_.account
                                         : scheme + address_.endpoint.host;
  return base + "/" + address_.container + (address_.prefix.empty() ? "" : "/" + address_.prefix);
}

std::string AzureTarget::blob_path(const std::string& path) const {
  std::string container = "/" + (address_.path_style ? address_.account + "/" : "") + address_.container;
  if (path.empty()) return container;
  return container + "/" + aws_uri_encode(address_.prefix.empty() ? path : address_.prefix + "/" + path, true);
}

HttpReply AzureTarget::request(const std::string& what, const std::string& method, const std::string& path,
                               const std::map<std::string, std::string>& query,
                               const std::vector<std::pair<std::string, std::string>>& extra_headers,
                               std::function<std::unique_ptr<std::istream>()> body, std::uint64_t length) {
  return connection_->exchange(what, [&] {
    std::string resource = blob_path(path);
    std::map<std::string, std::string> ms_headers = {
        {"x-ms-date", Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::HTTP_FORMAT)},
        {"x-ms-version", kApiVersion}};
    for (const auto& [name, value] : extra_headers) ms_headers[name] = value;
    HttpRequest http;
    http.method = method;
    std::string query_text = aws_canonical_query(query);
    if (!credential_.sas.empty()) query_text += (query_text.empty() ? "" : "&") + credential_.sas;
    http.target = resource + (query_text.empty() ? "" : "?" + query_text);
    for (const auto& [name, value] : ms_headers) http.headers.emplace_back(name, value);
    if (!credential_.account_key.empty()) {
      std::string canonical_headers;
      for (const auto& [name, value] : ms_headers) canonical_headers += name + ":" + value + "\n";
      std::string canonical_resource = "/" + address_.account + resource;
      for (const auto& [name, value] : query) canonical_resource += "\n" + name + ":" + value;
      std::string content_length = length ? std::to_string(length) : "";
      std::string string_to_sign = method + "\n\n\n" + content_length + "\n\n\n\n\n\n\n\n\n" + canonical_headers +
                                   canonical_resource;
      http.headers.emplace_back("Authorization", "SharedKey " + address_.account + ":" +
                                                     azure_shared_key_signature(string_to_sign, credential_.account_key));
    }
    http.body = body;
    http.length = length;
    return http;
  });
}

void AzureTarget::fail(const std::string& what, const HttpReply& reply) const {
  CloudError error = parse_cloud_error(reply.body);
  std::string container = "the container " + address_.container + " of the storage account " + address_.account;
  std::string head = "Azure Storage refused to " + what + " in " + container;
  if (error.code == "ContainerNotFound") {
    throw PublishError(container + " does not exist",
                       "for a static website, ask your council's IT to turn on \"Static website\" for the storage "
                       "account (which makes $web); else check the container's name in the address");
  }
  if (error.code == "AuthenticationFailed") {
    bool expired = error.message.find("xpir") != std::string::npos || error.message.find("time frame") != std::string::npos;
    throw PublishError(head + (expired ? ": the SAS token has expired (or is not valid yet)"
                                       : ": the SAS token or the account key is not right for it"),
                       expired ? "ask your council's IT for a new SAS token and set CDPSITE_AZURE_SAS to it"
                               : "check CDPSITE_AZURE_SAS (or AZURE_STORAGE_CONNECTION_STRING); copy it again whole");
  }
  if (error.code == "AuthorizationFailure") {
    // Azure's word for a firewall that keeps this computer out; Azurite's for a wrong key.
    throw PublishError(head + ": it did not accept the credential from this computer",
                       "check CDPSITE_AZURE_SAS (or AZURE_STORAGE_CONNECTION_STRING), and ask your council's IT "
                       "whether the storage account's firewall lets this computer in");
  }
  if (error.code.starts_with("AuthorizationPermissionMismatch") || error.code.starts_with("AuthorizationResourceTypeMismatch") ||
      reply.status == 403) {
    throw PublishError(head + ": the credential may not do that",
                       "ask your council's IT for a SAS token allowing read, write, delete and list on the container");
  }
  if (error.code == "AccountIsDisabled" || error.code == "InsufficientAccountPermissions") {
    throw PublishError(head + ": the storage account is disabled or locked", "ask your council's IT");
  }
  std::string code = error.code.empty() ? "HTTP " + std::to_string(reply.status) : error.code;
  throw PublishError(head + " (" + code + ")", "check the address and the credential; the next publish finishes the job");
}

std::optional<StoredObject> AzureTarget::fetch(const std::string& path) {
  HttpReply reply = request("read " + path, "GET", path, {});
  if (reply.status == 404 && parse_cloud_error(reply.body).code != "ContainerNotFound") return std::nullopt;
  if (reply.status != 200) fail("read " + path, reply);
  return StoredObject{reply.headers["content-type"], reply.headers["cache-control"], reply.body};
}

std::optional<std::string> AzureTarget::read_text(const std::string& path) {
  std::optional<StoredObject> blob = fetch(path);
  if (!blob) return std::nullopt;
  return blob->body;
}

void AzureTarget::upload(const std::string& path, std::uint64_t length,
                         std::function<std::unique_ptr<std::istream>()> body) {
  std::vector<std::pair<std::string, std::string>> headers = {{"x-ms-blob-type", "BlockBlob"},
                                                              {"x-ms-blob-content-type", content_type_for(path)}};
  if (!cache_control_.empty()) headers.emplace_back("x-ms-blob-cache-control", cache_control_);
  HttpReply reply = request("send " + path, "PUT", path, {}, headers, std::move(body), length);
  if (reply.status != 201) fail("send " + path, reply);
}

void AzureTarget::put(const std::string& path, const std::filesystem::path& local) {
  upload(path, std::filesystem::file_size(local),
         [local] { return std::make_unique<std::ifstream>(local, std::ios::binary); });
}

void AzureTarget::put_text(const std::string& path, const std::string& text) {
  upload(path, text.size(), [text] { return std::make_unique<std::istringstream>(text); });
}

void AzureTarget::remove(const std::string& path) {
  HttpReply reply = request("delete " + path, "DELETE", path, {});
  if (reply.status != 202 && reply.status != 200 && reply.status != 404) fail("delete " + path, reply);
}

std::vector<std::string> AzureTarget::list() {
  std::vector<std::string> names;
  std::string prefix = address_.prefix.empty() ? "" : address_.prefix + "/";
  std::string marker;
  do {
    std::map<std::string, std::string> query = {{"restype", "container"}, {"comp", "list"}};
    if (!prefix.empty()) query["prefix"] = prefix;
    if (!marker.empty()) query["marker"] = marker;
    HttpReply reply = request("list the container", "GET", "", query);
    if (reply.status != 200) fail("list the container", reply);
    CloudListing listing = parse_azure_listing(reply.body);
    for (const std::string& name : listing.names) {
      if (name.starts_with(prefix)) names.push_back(name.substr(prefix.size()));
    }
    marker = listing.next;
  } while (!marker.empty());
  return names;
}

}  // namespace cdp
