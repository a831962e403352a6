// HttpConnection against a Poco HTTP server on a free loopback port: the request as
// sent (method, target, headers, body), throttling (503) retried until the server
// answers, a refusal (403) returned at once, and no server explained after the retries.
#include "publish/http_exchange.h"

#include <atomic>
#include <sstream>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include "publish/target.h"

namespace cdp::testing {
namespace {

// Answers 503 to the first `busy` requests, then 200 with what it was sent; 403 for /refused.
class EchoHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit EchoHandler(std::atomic<int>& busy) : busy_(busy) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    std::ostringstream body;
    Poco::StreamCopier::copyStream(request.stream(), body);
    if (request.getURI() == "/refused") {
      response.setStatus(Poco::Net::HTTPResponse::HTTP_FORBIDDEN);
      response.send() << "<Error><Code>AccessDenied</Code></Error>";
      return;
    }
    if (busy_-- > 0) {
      response.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
      response.send() << "SlowDown";
      return;
    }
    response.set("X-Seen", request.getMethod() + " " + request.getURI() + " " + request.get("x-test", "") + " " + body.str());
    response.send() << "done";
  }

 private:
  std::atomic<int>& busy_;
};

class EchoFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit EchoFactory(std::atomic<int>& busy) : busy_(busy) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new EchoHandler(busy_);
  }

 private:
  std::atomic<int>& busy_;
};

class HttpExchangeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    port_ = socket.address().port();
    server_ = std::make_unique<Poco::Net::HTTPServer>(new EchoFactory(busy_), socket, new Poco::Net::HTTPServerParams);
    server_->start();
  }
  void TearDown() override { server_->stop(); }
  HttpRequest put(const std::string& target, const std::string& body) const {
    HttpRequest request;
    request.method = "PUT";
    request.target = target;
    request.headers = {{"x-test", "yes"}};
    request.body = [body] { return std::make_unique<std::istringstream>(body); };
    request.length = body.size();
    return request;
  }

  std::atomic<int> busy_ = 0;
  unsigned short port_ = 0;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

TEST_F(HttpExchangeTest, SendsTheRequestAndReadsTheReply) {
  HttpConnection connection({false, "127.0.0.1", port_});
  HttpReply reply = connection.exchange("send a", [&] { return put("/bucket/a%20b.html?x=1", "hello"); });
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.headers["x-seen"], "PUT /bucket/a%20b.html?x=1 yes hello");
  EXPECT_EQ(reply.body, "done");
}

TEST_F(HttpExchangeTest, ThrottlingIsRetriedWithTheBodySentAgain) {
  busy_ = 2;
  HttpConnection connection({false, "127.0.0.1", port_});
  int made = 0;
  HttpReply reply = connection.exchange("send a", [&] {
    ++made;
    return put("/a", "again");
  });
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.headers["x-seen"], "PUT /a yes again");
  EXPECT_EQ(made, 3) << "made (and so signed) again for each try";
}

TEST_F(HttpExchangeTest, ARefusalIsReturnedAtOnce) {
  HttpConnection connection({false, "127.0.0.1", port_});
  int made = 0;
  HttpReply reply = connection.exchange("send a", [&] {
    ++made;
    return put("/refused", "");
  });
  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(reply.body, "<Error><Code>AccessDenied</Code></Error>");
  EXPECT_EQ(made, 1);
}

TEST(HttpExchange, NoServerIsExplainedAfterRetrying) {
  unsigned short port = 0;
  {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    port = probe.address().port();
  }
  HttpConnection connection({false, "127.0.0.1", port});
  try {
    connection.exchange("send index.html", [] { return HttpRequest{"GET", "/", {}, nullptr, 0}; });
    FAIL() << "no error";
  } catch (const PublishError& error) {
    EXPECT_TRUE(std::string(error.what()).starts_with("cannot send index.html on 127.0.0.1: the connection failed or "
                                                      "dropped (")) << error.what();
    EXPECT_EQ(error.hint, "check the address and the network; the files already sent are whole, and the next "
                          "publish finishes the job");
  }
}

}  // namespace
}  // namespace cdp::testing
