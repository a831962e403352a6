#pragma once
// What keeps the preview's editor safe from every other page the same browser visits:
// editing only on loopback; every request's Host must be the preview's own (a page on
// another name that resolves to 127.0.0.1, "DNS rebinding", is refused); every writing
// request must come from the preview's own origin and carry the per-run secret that only
// the editor page holds (a header, never a cookie, so another site's form cannot send
// it); and writes go only to Markdown pages, pictures and documents inside the site
// folder, of bounded size, whose bytes are what their name says.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cdp {

// The header that carries the per-run secret on every writing request.
inline constexpr const char* kEditorSecretHeader = "X-Cdpsite-Secret";

// Whether the preview listening on `bind` can be reached only from this computer
// ("127.0.0.1" and the rest of 127.0.0.0/8, "::1", "localhost").
bool is_loopback_bind(std::string_view bind);

// A fresh secret from the operating system's random source: 64 hexadecimal digits.
std::string make_editor_secret();

// Whether `host` (a request's Host header) names this preview: 127.0.0.1, [::1] or
// localhost, with `port`.
bool is_own_host(std::string_view host, int port);

// What a writing request brought with it.
struct WriteCredentials {
  std::string_view host;    // its Host header
  std::string_view origin;  // its Origin header ("" when missing)
  std::string_view secret;  // its secret header ("" when missing)
};

// Why a writing request is refused (a sentence for the preview's terminal), or nullopt
// when it came from the preview's own editor page.
std::optional<std::string> write_refusal(const WriteCredentials& request, std::string_view secret, int port);

// What kind of file a write makes, which decides its extensions, size and check.
enum class EditedFileKind { kPage, kPicture, kDocument };

// The largest file of each kind the editor writes.
std::size_t size_limit(EditedFileKind kind);

// The file `relative` (a '/'-separated path inside the site folder, as the editor sends
// it) names, when the editor may write a file of `kind` there; else nullopt with
// `refusal` set. Refused: empty names, absolute paths, "..", ".", hidden names,
// backslashes, colons, an extension not of `kind`, and any path whose folder or file
// leads outside `site_root` through a symbolic link.
std::optional<std::filesystem::path> writable_path(const std::filesystem::path& site_root, std::string_view relative,
                                                   EditedFileKind kind, std::string& refusal);

// Why `bytes` cannot be written as `name` of `kind` (too large; a picture or document
// whose first bytes are not of its type; a page that is not UTF-8 text), or nullopt.
std::optional<std::string> content_refusal(std::string_view name, EditedFileKind kind, std::string_view bytes);

}  // namespace cdp
