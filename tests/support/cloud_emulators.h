#pragma once
// Cloud storage emulators for publish tests, from npm (tests/publish/package.json,
// installed by scripts/test): s3rver for Amazon S3 and Microsoft's Azurite for Azure
// Blob Storage, each on 127.0.0.1 and a free port, keeping its objects in a temporary
// folder. Stopped when the object goes away.
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Timestamp.h>

#include "publish/azure_target.h"
#include "support/test_support.h"

namespace cdp::testing {

inline const std::filesystem::path kEmulators = CDPSITE_TEST_DATA "/publish/node_modules";
inline constexpr const char* kS3rverKey = "S3RVER";  // s3rver's access key id and secret
inline constexpr const char* kAzuriteAccount = "devstoreaccount1";
inline constexpr const char* kAzuriteKey =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

// Whether node and both emulators are installed (scripts/test runs npm ci in tests/publish).
inline bool cloud_emulators_available() {
  return system("command -v node >/dev/null") == 0 && std::filesystem::exists(kEmulators / "s3rver") &&
         std::filesystem::exists(kEmulators / "azurite");
}

// A node server that prints "... 127.0.0.1:PORT" once it listens.
class NodeServer {
 public:
  NodeServer(const std::vector<std::string>& args, const std::filesystem::path& dir, const std::string& listening) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> node_args = {"node"};
    node_args.insert(node_args.end(), args.begin(), args.end());
    process_ = std::make_unique<RunningCdpsite>(node_args, dir, "/usr/bin/env");
    std::string line = process_->wait_for_line(listening, 30000);
    std::size_t colon = line.rfind(':');
    if (colon != std::string::npos) port_ = std::atoi(line.c_str() + colon + 1);
  }
  bool running() const { return port_ > 0; }
  int port() const { return port_; }

 private:
  std::unique_ptr<RunningCdpsite> process_;
  int port_ = 0;
};

class S3Emulator {
 public:
  // Serves from `dir`, with the bucket `bucket` made.
  S3Emulator(const std::filesystem::path& dir, const std::string& bucket)
      // The legacy provider: s3rver makes its continuation tokens with a cipher OpenSSL 3
      // keeps there.
      : server_({"--openssl-legacy-provider", (kEmulators / "s3rver/bin/s3rver.js").string(), "-d", dir.string(), "-a", "127.0.0.1", "-p", "0",
                 "--configure-bucket", bucket},
                dir, "listening on") {}
  bool running() const { return server_.running(); }
  std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(server_.port()); }

 private:
  NodeServer server_;
};

class AzuriteEmulator {
 public:
  // Serves from `dir`, with the container `container` made.
  AzuriteEmulator(const std::filesystem::path& dir, const std::string& container = "$web")
      : server_({(kEmulators / "azurite/dist/src/blob/main.js").string(), "--blobHost", "127.0.0.1", "--blobPort", "0",
                 "--location", dir.string(), "--skipApiVersionCheck", "--disableTelemetry"},
                dir, "successfully listens on") {
    if (running()) create_container(container);
  }
  bool running() const { return server_.running(); }
  // http://127.0.0.1:PORT/devstoreaccount1/CONTAINER
  std::string url(const std::string& container = "$web") const {
    return "http://127.0.0.1:" + std::to_string(server_.port()) + "/" + kAzuriteAccount + "/" + container;
  }
  std::string connection_string() const {
    return std::string("DefaultEndpointsProtocol=http;AccountName=") + kAzuriteAccount + ";AccountKey=" + kAzuriteKey +
           ";BlobEndpoint=http://127.0.0.1:" + std::to_string(server_.port()) + "/" + kAzuriteAccount + ";";
  }

 private:
  NodeServer server_;

  // Create Container, signed with the account's well-known key.
  void create_container(const std::string& container) {
    std::string date = Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::HTTP_FORMAT);
    std::string path = std::string("/") + kAzuriteAccount + "/" + container;
    std::string to_sign = "PUT\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:" + date + "\nx-ms-version:2021-08-06\n/" +
                          kAzuriteAccount + path + "\nrestype:container";
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(server_.port()));
    Poco::Net::HTTPRequest request("PUT", path + "?restype=container", Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("x-ms-date", date);
    request.set("x-ms-version", "2021-08-06");
    request.set("Authorization", std::string("SharedKey ") + kAzuriteAccount + ":" +
                                     azure_shared_key_signature(to_sign, kAzuriteKey));
    request.setContentLength(0);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    session.receiveResponse(response).ignore(1 << 20);
  }
};

}  // namespace cdp::testing
