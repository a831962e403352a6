#pragma once
// An HTTP client for tests of the preview server (on 127.0.0.1 only): one request at a
// time, and a listener on the live reload event stream.
#include <istream>
#include <string>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

namespace cdp::testing {

struct Reply {
  int status = 0;              // HTTP status
  std::string body;            // response body
  std::string etag;            // ETag header
  std::string location;        // Location header
  std::string content_type;    // Content-Type header
  std::string allow;           // Allow header
};

inline Reply request(int port, const std::string& path, const std::string& method = "GET",
                     const std::string& if_none_match = "") {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  Poco::Net::HTTPRequest http(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!if_none_match.empty()) http.set("If-None-Match", if_none_match);
  session.sendRequest(http);
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  Reply reply;
  reply.status = response.getStatus();
  reply.etag = response.get("ETag", "");
  reply.location = response.get("Location", "");
  reply.content_type = response.getContentType();
  reply.allow = response.get("Allow", "");
  if (method != "HEAD") reply.body.assign(std::istreambuf_iterator<char>(in), {});
  return reply;
}

// Listens on the live reload stream from construction on, and reports its events.
class EventListener {
 public:
  explicit EventListener(int port) : session_("127.0.0.1", static_cast<Poco::UInt16>(port)) {
    session_.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest http("GET", "/__cdpsite/events", Poco::Net::HTTPMessage::HTTP_1_1);
    session_.sendRequest(http);
    stream_ = &session_.receiveResponse(response_);
  }
  // The name of the next event ("reload", "css"), or "" after ten seconds without one.
  std::string next_event() {
    std::string line;
    while (std::getline(*stream_, line)) {
      if (line.starts_with("event: ")) return line.substr(7);
    }
    return "";
  }

 private:
  Poco::Net::HTTPClientSession session_;
  Poco::Net::HTTPResponse response_;
  std::istream* stream_ = nullptr;
};

}  // namespace cdp::testing
