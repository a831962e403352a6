#pragma once
// One HTTP(S) connection to cloud storage (S3, Azure), kept open between requests and
// opened again after a failure; HTTPS verified against the system's authorities. A
// dropped connection, throttling (429, 503) and a server's passing trouble (500, 502,
// 504) are retried, with a longer wait each time.
#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPClientSession;
}

namespace cdp {

struct HttpEndpoint {
  bool tls = true;
  std::string host;
  unsigned short port = 443;
};

struct HttpRequest {
  std::string method;  // "GET", "PUT", "DELETE"
  std::string target;  // path and query, encoded: "/bucket/index.html?x=y"
  std::vector<std::pair<std::string, std::string>> headers;
  // Opens the body again for each try; null for none. `length` is its size.
  std::function<std::unique_ptr<std::istream>()> body;
  std::uint64_t length = 0;
};

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};

class HttpConnection {
 public:
  explicit HttpConnection(HttpEndpoint endpoint);
  ~HttpConnection();
  // Sends the request that `make` returns (made again for each try, so that it is signed
  // at the time it is sent); throws PublishError naming `what` when the network fails
  // after the retries.
  HttpReply exchange(const std::string& what, const std::function<HttpRequest()>& make);
  const HttpEndpoint& endpoint() const { return endpoint_; }

 private:
  HttpEndpoint endpoint_;
  std::unique_ptr<Poco::Net::HTTPClientSession> session_;

  HttpReply send(const HttpRequest& request);
};

// Whether a reply's status is worth another try.
bool is_transient_status(int status);

}  // namespace cdp
