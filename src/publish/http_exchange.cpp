#include "publish/http_exchange.h"

#include <chrono>
#include <sstream>
#include <thread>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include "publish/system_trust.h"
#include "publish/target.h"

namespace cdp {

namespace {

constexpr int kRetries = 4;

std::unique_ptr<Poco::Net::HTTPClientSession> open_session(const HttpEndpoint& endpoint) {
  std::unique_ptr<Poco::Net::HTTPClientSession> session;
  if (endpoint.tls) {
    Poco::Net::initializeSSL();
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                             Poco::Net::Context::VERIFY_RELAXED, 9, true);
    trust_system_authorities(*context);
    session = std::make_unique<Poco::Net::HTTPSClientSession>(endpoint.host, endpoint.port, context);
  } else {
    session = std::make_unique<Poco::Net::HTTPClientSession>(endpoint.host, endpoint.port);
  }
  session->setTimeout(Poco::Timespan(60, 0));
  session->setKeepAlive(true);
  return session;
}

}  // namespace

bool is_transient_status(int status) {
  return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

HttpConnection::HttpConnection(HttpEndpoint endpoint) : endpoint_(std::move(endpoint)) {}

HttpConnection::~HttpConnection() = default;

HttpReply HttpConnection::send(const HttpRequest& request) {
  if (!session_) session_ = open_session(endpoint_);
  Poco::Net::HTTPRequest http(request.method, request.target, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : request.headers) http.set(name, value);
  http.setContentLength64(static_cast<Poco::Int64>(request.length));
  std::ostream& out = session_->sendRequest(http);
  if (request.body) {
    std::unique_ptr<std::istream> in = request.body();
    Poco::StreamCopier::copyStream(*in, out);
  }
  Poco::Net::HTTPResponse response;
  std::istream& in = session_->receiveResponse(response);
  HttpReply reply;
  reply.status = response.getStatus();
  for (const auto& [name, value] : response) reply.headers[Poco::toLower(name)] = value;
  std::ostringstream body;
  Poco::StreamCopier::copyStream(in, body);
  reply.body = body.str();
  return reply;
}

HttpReply HttpConnection::exchange(const std::string& what, const std::function<HttpRequest()>& make) {
  for (int attempt = 0;; ++attempt) {
    std::string failure;
    try {
      HttpReply reply = send(make());
      if (!is_transient_status(reply.status) || attempt == kRetries) return reply;
      failure = "the server said " + std::to_string(reply.status);
    } catch (const Poco::Net::SSLException& error) {
      session_.reset();
      throw PublishError("the secure connection to " + endpoint_.host + " failed (" + error.displayText() +
                             "): its certificate is not trusted by this computer, or the connection was cut",
                         "check the address; if your council inspects secure connections, its authority must be "
                         "trusted by this computer");
    } catch (const Poco::Exception& error) {
      failure = error.displayText();
    }
    session_.reset();
    if (attempt == kRetries) {
      throw PublishError("cannot " + what + " on " + endpoint_.host + ": the connection failed or dropped (" +
                             failure + ")",
                         "check the address and the network; the files already sent are whole, and the next "
                         "publish finishes the job");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500 << attempt));
  }
}

}  // namespace cdp
