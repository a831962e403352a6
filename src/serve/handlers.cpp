#include "serve/handlers.h"

#include <cstdio>
#include <map>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "core/content_type.h"
#include "core/platform.h"
#include "core/fs.h"
#include "serve/overlay.h"
#include "serve/request_path.h"

namespace cdp {

namespace fs = std::filesystem;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

constexpr const char* kEventsPath = "/__cdpsite/events";

// What a request resolved to.
struct Resolved {
  fs::path file;          // the file to send ("" when none)
  std::string redirect;   // where to redirect instead ("" when not)
  bool refused = false;   // the path was unsafe (logged)
};

bool is_inside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return false;
  auto [root_end, unused] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  return root_end == real_root.end();
}

Resolved resolve(const ServeState& state, const std::string& raw_path, const std::string& query) {
  std::optional<std::string> relative = site_path_for_request(raw_path);
  if (!relative) return {{}, {}, true};
  fs::path file = state.root / *relative;
  std::error_code ec;
  if (!relative->empty() && relative->back() != '/' && fs::is_directory(file, ec)) {
    return {{}, raw_path + "/" + (query.empty() ? "" : "?" + query), false};
  }
  if (relative->empty() || relative->back() == '/') file /= "index.html";
  if (!fs::exists(file, ec)) return {};
  if (!is_inside(file, state.root)) return {{}, {}, true};
  if (!fs::is_regular_file(file, ec)) return {};
  return {file, {}, false};
}

std::string etag_for(const fs::path& file, std::uint64_t error_generation) {
  std::error_code ec;
  auto size = fs::file_size(file, ec);
  auto modified = fs::last_write_time(file, ec).time_since_epoch().count();
  return "\"" + std::to_string(size) + "-" + std::to_string(modified) + "-" + std::to_string(error_generation) + "\"";
}

class FileHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit FileHandler(std::shared_ptr<ServeState> state) : state_(std::move(state)) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const std::string& method = request.getMethod();
    if (method != "GET" && method != "HEAD") {
      response.set("Allow", "GET, HEAD");
      response.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
      response.send();
      return;
    }
    std::string uri = request.getURI();
    std::string query;
    std::size_t cut = uri.find_first_of("?#");
    if (cut != std::string::npos) {
      if (uri[cut] == '?') query = uri.substr(cut + 1, uri.find('#', cut) - cut - 1);
      uri.resize(cut);
    }
    Resolved resolved = resolve(*state_, uri, query);
    if (resolved.refused) std::fprintf(stderr, "refused request outside the site: %s\n", request.getURI().c_str());
    if (!resolved.redirect.empty()) {
      response.redirect(resolved.redirect, HTTPResponse::HTTP_MOVED_PERMANENTLY);
      return;
    }
    if (resolved.file.empty()) {
      send_not_found(request, response);
      return;
    }
    send_file(request, response, resolved.file, HTTPResponse::HTTP_OK);
  }

 private:
  void send_not_found(HTTPServerRequest& request, HTTPServerResponse& response) {
    fs::path page = state_->root / "404.html";
    std::error_code ec;
    if (fs::is_regular_file(page, ec)) {
      send_file(request, response, page, HTTPResponse::HTTP_NOT_FOUND);
      return;
    }
    response.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
    response.setContentType("text/plain; charset=utf-8");
    response.send() << "Not found\n";
  }

  void send_file(HTTPServerRequest& request, HTTPServerResponse& response, const fs::path& file,
                 HTTPResponse::HTTPStatus status) {
    std::string errors;
    std::uint64_t error_generation = 0;
    {
      std::lock_guard lock(state_->mutex);
      errors = state_->errors;
      error_generation = state_->error_generation;
    }
    std::string type = content_type_for(u8_string(file));
    bool is_html = type.starts_with("text/html");
    std::string etag = etag_for(file, is_html ? error_generation : 0);
    response.set("Cache-Control", "no-cache");
    response.set("ETag", etag);
    if (status == HTTPResponse::HTTP_OK && request.get("If-None-Match", "") == etag) {
      response.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
      response.send();
      return;
    }
    std::optional<std::string> body = read_file(file);
    if (!body) {
      send_not_found(request, response);
      return;
    }
    if (is_html) *body = inject_preview(*body, errors, etag);
    response.setStatusAndReason(status);
    response.setContentType(type);
    response.setContentLength(static_cast<std::streamsize>(body->size()));
    std::ostream& out = response.send();
    if (request.getMethod() != "HEAD") out.write(body->data(), static_cast<std::streamsize>(body->size()));
  }

  std::shared_ptr<ServeState> state_;  // the server's shared state
};

class EventsHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit EventsHandler(std::shared_ptr<ServeState> state) : state_(std::move(state)) {}

  void handleRequest(HTTPServerRequest&, HTTPServerResponse& response) override {
    response.setContentType("text/event-stream");
    response.set("Cache-Control", "no-cache");
    response.setKeepAlive(false);
    std::ostream& out = response.send();
    out << "retry: 500\n\n" << std::flush;
    std::uint64_t seen = state_->reload.current();
    while (out.good() && !state_->reload.is_shut_down()) {
      std::string event;
      std::uint64_t now = state_->reload.wait(seen, 10000, event);
      if (now != seen) {
        out << "event: " << event << "\ndata: " << now << "\n\n" << std::flush;
        seen = now;
      } else {
        out << ": keep-alive\n\n" << std::flush;  // also notices a closed page
      }
    }
  }

 private:
  std::shared_ptr<ServeState> state_;  // the server's shared state
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(std::shared_ptr<ServeState> state) : state_(std::move(state)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest& request) override {
    if (request.getURI() == kEventsPath) return new EventsHandler(state_);
    return new FileHandler(state_);
  }

 private:
  std::shared_ptr<ServeState> state_;  // the server's shared state
};

}  // namespace

Poco::Net::HTTPRequestHandlerFactory::Ptr make_handler_factory(std::shared_ptr<ServeState> state) {
  return new Factory(std::move(state));
}

}  // namespace cdp
