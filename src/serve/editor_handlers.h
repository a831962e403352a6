#pragma once
// The preview's editor behind `/_cdpsite/` (serve/editor_guard.h for what keeps it safe):
//   GET  /_cdpsite/edit/<file>       the editor page for a Markdown file of the site
//   POST /_cdpsite/render?path=F     the page as the text posted would publish it, and its problems
//   POST /_cdpsite/save?path=F       writes the text posted, unless the file changed since it was opened
//   POST /_cdpsite/links?path=F      what the page can link to, as links relative to it
//   POST /_cdpsite/metrics?path=F    the figures from the data it can show, as shortcodes
//   POST /_cdpsite/paste?path=F      Markdown for pasted HTML's block tree (import/pasted_blocks.h)
//   POST /_cdpsite/upload?path=F&name=N&kind=picture|document   copies a file beside the page
// Every POST must carry the run's secret and come from the preview's own origin.
#include <memory>
#include <string>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "serve/server.h"

namespace cdp {

// The address prefix the editor answers under.
inline constexpr const char* kEditorPrefix = "/_cdpsite/";

// Whether a request's path is the editor's.
bool is_editor_request(const std::string& uri);

// A handler for an editor request (Poco's server takes ownership).
Poco::Net::HTTPRequestHandler* make_editor_handler(std::shared_ptr<ServeState> state);

// A handler that refuses a request whose Host is not the preview's own.
Poco::Net::HTTPRequestHandler* make_foreign_host_handler();

}  // namespace cdp
