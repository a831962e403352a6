#include "serve/editor_handlers.h"

#include <cstdio>
#include <map>
#include <optional>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include "core/fs.h"
#include "core/platform.h"
#include "core/terminal.h"
#include "import/pasted_blocks.h"
#include "routes/addresses.h"
#include "serve/edited_text.h"
#include "serve/editor_guard.h"
#include "serve/editor_page.h"
#include "serve/upload_name.h"

namespace cdp {

namespace fs = std::filesystem;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

constexpr const char* kBaseHeader = "X-Cdpsite-Base";

void send(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const std::string& type,
          const std::string& body) {
  response.setStatusAndReason(status);
  response.setContentType(type);
  response.set("Cache-Control", "no-store");
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send().write(body.data(), static_cast<std::streamsize>(body.size()));
}

void send_json(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const Poco::JSON::Object& object) {
  std::ostringstream out;
  object.stringify(out);
  send(response, status, "application/json", out.str());
}

void send_error(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const std::string& message) {
  Poco::JSON::Object object;
  object.set("error", message);
  send_json(response, status, object);
}

// The body, or nullopt when it is longer than `limit` bytes.
std::optional<std::string> read_body(HTTPServerRequest& request, std::size_t limit) {
  if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(limit)) {
    return std::nullopt;
  }
  std::string body;
  std::istream& in = request.stream();
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit) return std::nullopt;
  }
  return body;
}

// The problems of a draft as `check` words them: its first line ("file:line:col:
// error: message [rule]") and its hint, with the line and column for the editor.
Poco::JSON::Array problems_json(const std::vector<Diagnostic>& problems) {
  Poco::JSON::Array list;
  for (const Diagnostic& problem : problems) {
    std::string text = format_diagnostic(problem, false);
    Poco::JSON::Object item;
    item.set("severity", problem.severity == Severity::kError ? "error" : "warning");
    item.set("line", problem.pos.line);
    item.set("column", problem.pos.column);
    item.set("summary", text.substr(0, text.find('\n')));
    item.set("hint", problem.hint);
    list.add(item);
  }
  return list;
}

// One editor request: its action, the file it is about, and the query.
class EditorHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit EditorHandler(std::shared_ptr<ServeState> state) : state_(std::move(state)), editor_(state_->editor) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    std::string action;
    try {
      Poco::URI uri(request.getURI());
      action = uri.getPath().substr(std::string(kEditorPrefix).size());
      for (const auto& [name, value] : uri.getQueryParameters()) query_[name] = value;
    } catch (const Poco::Exception&) {
      send_error(response, HTTPResponse::HTTP_BAD_REQUEST, "this address cannot be read");
      return;
    }
    if (!editor_.enabled) {
      send_error(response, HTTPResponse::HTTP_FORBIDDEN,
                 "editing is off: the preview listens on an address other computers can reach");
      return;
    }
    if (action.starts_with("edit/") && (request.getMethod() == "GET" || request.getMethod() == "HEAD")) {
      send_editor(response, action.substr(5));
      return;
    }
    if (request.getMethod() != "POST") {
      response.set("Allow", "POST");
      send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "the editor's requests are POST");
      return;
    }
    if (!allowed(request, response)) return;
    answer(action, request, response);
  }

 private:
  std::shared_ptr<ServeState> state_;          // the server's shared state
  const EditorState& editor_;                  // its editor part
  std::map<std::string, std::string> query_;   // the request's query, decoded

  std::string query(const std::string& name) const {
    auto found = query_.find(name);
    return found == query_.end() ? "" : found->second;
  }

  bool allowed(HTTPServerRequest& request, HTTPServerResponse& response) {
    std::string host = request.get("Host", "");
    std::string origin = request.get("Origin", "");
    std::string secret = request.get(kEditorSecretHeader, "");
    std::optional<std::string> refusal = write_refusal({host, origin, secret}, editor_.secret, editor_.port);
    if (!refusal) return true;
    std::fprintf(stderr, "refused a request to the editor: %s\n", refusal->c_str());
    send_error(response, HTTPResponse::HTTP_FORBIDDEN, "refused: " + *refusal);
    return false;
  }

  void answer(const std::string& action, HTTPServerRequest& request, HTTPServerResponse& response) {
    if (action == "render") {
      render(request, response);
    } else if (action == "save") {
      save(request, response);
    } else if (action == "links") {
      links(response);
    } else if (action == "paste") {
      paste(request, response);
    } else if (action == "metrics") {
      metrics(response);
    } else if (action == "upload") {
      upload(request, response);
    } else {
      send_error(response, HTTPResponse::HTTP_NOT_FOUND, "the editor has no such request");
    }
  }

  // The output file made from `source`, or "" when no page of the site is.
  std::string output_of(const std::string& source) const {
    std::lock_guard lock(editor_.mutex);
    for (const auto& [output, from] : editor_.source_by_output) {
      if (from == source) return output;
    }
    return "";
  }

  // The page file a request names, when the editor may write it; else answered.
  std::optional<fs::path> page_file(const std::string& source, HTTPServerResponse& response) {
    std::string refusal;
    std::optional<fs::path> file = writable_path(editor_.site_root, source, EditedFileKind::kPage, refusal);
    if (file && !output_of(source).empty()) return file;
    if (file) refusal = "the site has no page from this file";
    send_error(response, HTTPResponse::HTTP_NOT_FOUND, "cannot edit " + source + ": " + refusal);
    return std::nullopt;
  }

  void send_editor(HTTPServerResponse& response, const std::string& source) {
    std::optional<fs::path> file = page_file(source, response);
    if (!file) return;
    std::optional<std::string> bytes = read_file(*file);
    if (!bytes) {
      send_error(response, HTTPResponse::HTTP_NOT_FOUND, "cannot read " + source);
      return;
    }
    EditorPageValues values{source, display_path(*file), "/" + page_url(output_of(source)),
                            text_for_editing(*bytes), content_hash(*bytes), editor_.secret};
    // Never inside another site's frame, where its clicks could be stolen.
    response.set("X-Frame-Options", "DENY");
    response.set("Content-Security-Policy", "frame-ancestors 'none'");
    response.set("Referrer-Policy", "no-referrer");
    send(response, HTTPResponse::HTTP_OK, "text/html; charset=utf-8", editor_page_html(values));
  }

  void render(HTTPServerRequest& request, HTTPServerResponse& response) {
    std::string source = query("path");
    std::optional<std::string> text = read_body(request, size_limit(EditedFileKind::kPage));
    if (!text) {
      send_error(response, HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "the page is too large to preview");
      return;
    }
    PageDraft draft = editor_.render_draft(source, std::move(*text));
    if (!draft.found) {
      send_error(response, HTTPResponse::HTTP_NOT_FOUND, "the site has no page from " + source);
      return;
    }
    Poco::JSON::Object answer;
    answer.set("html", draft.html.empty() ? "" : with_base(draft.html, "/" + page_url(output_of(source))));
    answer.set("problems", problems_json(draft.problems));
    send_json(response, HTTPResponse::HTTP_OK, answer);
  }

  void save(HTTPServerRequest& request, HTTPServerResponse& response) {
    std::string source = query("path");
    std::optional<fs::path> file = page_file(source, response);
    if (!file) return;
    std::optional<std::string> text = read_body(request, size_limit(EditedFileKind::kPage));
    std::optional<std::string> on_disk = read_file(*file);
    if (!text || !on_disk) {
      send_error(response, HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE,
                 text ? "the file can no longer be read" : "the page is too large to save");
      return;
    }
    std::string hash = content_hash(*on_disk);
    if (request.get(kBaseHeader, "") != hash) {
      Poco::JSON::Object conflict;
      conflict.set("text", text_for_editing(*on_disk));
      conflict.set("hash", hash);
      send_json(response, HTTPResponse::HTTP_CONFLICT, conflict);
      return;
    }
    write(response, *file, text_for_saving(*text, *on_disk), EditedFileKind::kPage, "");
  }

  // Writes `bytes` to `file` when they are fit to be a file of `kind`; answers with
  // the new hash and `link` (the link to the file from its page).
  void write(HTTPServerResponse& response, const fs::path& file, const std::string& bytes, EditedFileKind kind,
             const std::string& link) {
    std::string error;
    if (std::optional<std::string> refusal = content_refusal(u8_string(file.filename()), kind, bytes)) {
      error = *refusal;
    } else if (replace_file(file, bytes, error)) {
      Poco::JSON::Object saved;
      saved.set("hash", content_hash(bytes));
      saved.set("link", link);
      send_json(response, HTTPResponse::HTTP_OK, saved);
      return;
    }
    send_error(response, HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "not saved: " + error);
  }

  void links(HTTPServerResponse& response) {
    Poco::JSON::Array list;
    for (const LinkTarget& target : editor_.link_targets(query("path"))) {
      Poco::JSON::Object item;
      item.set("title", target.title);
      item.set("link", target.link);
      list.add(item);
    }
    Poco::JSON::Object answer;
    answer.set("targets", list);
    send_json(response, HTTPResponse::HTTP_OK, answer);
  }

  void paste(HTTPServerRequest& request, HTTPServerResponse& response) {
    std::optional<std::string> tree = read_body(request, size_limit(EditedFileKind::kPage));
    std::optional<std::string> markdown = tree ? markdown_from_pasted_blocks(*tree) : std::nullopt;
    if (!markdown) {
      send_error(response, HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "the pasted text could not be read");
      return;
    }
    Poco::JSON::Object answer;
    answer.set("markdown", *markdown);
    send_json(response, HTTPResponse::HTTP_OK, answer);
  }

  void metrics(HTTPServerResponse& response) {
    Poco::JSON::Array list;
    for (const MetricChoice& choice : editor_.metric_choices(query("path"))) {
      Poco::JSON::Object item;
      item.set("label", choice.label);
      item.set("shortcode", choice.shortcode);
      list.add(item);
    }
    Poco::JSON::Object answer;
    answer.set("metrics", list);
    send_json(response, HTTPResponse::HTTP_OK, answer);
  }

  void upload(HTTPServerRequest& request, HTTPServerResponse& response) {
    std::string source = query("path");
    if (!page_file(source, response)) return;
    EditedFileKind kind = query("kind") == "picture" ? EditedFileKind::kPicture : EditedFileKind::kDocument;
    std::optional<std::string> bytes = read_body(request, size_limit(kind));
    if (!bytes) {
      send_error(response, HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE,
                 "the file is larger than " + std::to_string(size_limit(kind) >> 20) + " MB");
      return;
    }
    std::string folder = u8_generic(u8_path(source).parent_path());
    std::string name = free_upload_name(editor_.site_root / u8_path(folder), query("name"));
    std::string relative = folder.empty() ? name : folder + "/" + name;
    std::string refusal;
    std::optional<fs::path> file = writable_path(editor_.site_root, relative, kind, refusal);
    if (!file) {
      send_error(response, HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "not saved: " + refusal);
      return;
    }
    write(response, *file, *bytes, kind, name);
  }
};

class ForeignHostHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    std::fprintf(stderr, "refused a request for another host: %s\n", request.get("Host", "(none)").c_str());
    send(response, HTTPResponse::HTTP_FORBIDDEN, "text/plain; charset=utf-8",
         "This preview answers only at its own address (127.0.0.1, [::1] or localhost, with its port).\n");
  }
};

}  // namespace

bool is_editor_request(const std::string& uri) { return uri.starts_with(kEditorPrefix); }

Poco::Net::HTTPRequestHandler* make_editor_handler(std::shared_ptr<ServeState> state) {
  return new EditorHandler(std::move(state));
}

Poco::Net::HTTPRequestHandler* make_foreign_host_handler() { return new ForeignHostHandler; }

}  // namespace cdp
