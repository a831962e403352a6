#pragma once
// The preview server's HTTP handlers: files of the last good build (with live reload
// and the error overlay injected into HTML), and the live reload event stream.
#include <memory>
#include <string>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "serve/server.h"

namespace cdp {

// A factory for Poco's HTTPServer (which takes ownership of it).
Poco::Net::HTTPRequestHandlerFactory::Ptr make_handler_factory(std::shared_ptr<ServeState> state);


}  // namespace cdp
