#include "serve/editor_guard.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include <Poco/RandomStream.h>

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

// Compares in time that does not depend on where the texts differ, so that the secret
// cannot be guessed a digit at a time from how long refusals take.
bool same_secret(std::string_view given, std::string_view secret) {
  if (given.size() != secret.size() || secret.empty()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    difference |= static_cast<unsigned char>(given[i] ^ secret[i]);
  }
  return difference == 0;
}

bool is_ipv4_loopback(std::string_view bind) {
  if (!bind.starts_with("127.")) return false;
  return std::all_of(bind.begin(), bind.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

// The extensions of each kind, lower case.
const std::vector<std::string>& extensions_of(EditedFileKind kind) {
  static const std::vector<std::string> page = {".md"};
  static const std::vector<std::string> picture = {".png", ".jpg", ".jpeg", ".gif", ".webp"};
  static const std::vector<std::string> document = {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods",
                                                    ".doc", ".xls"};
  switch (kind) {
    case EditedFileKind::kPage: return page;
    case EditedFileKind::kPicture: return picture;
    case EditedFileKind::kDocument: return document;
  }
  return page;
}

std::string lower_extension(std::string_view name) {
  std::string extension(extension_of(name.substr(name.rfind('/') + 1)));
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return extension;
}

// Why one name of the path is refused, or "" when it is an ordinary name.
std::string name_refusal(std::string_view name) {
  if (name.empty()) return "it has an empty folder name";
  if (name == "." || name == "..") return "it leads out of its folder with \"" + std::string(name) + "\"";
  if (name.front() == '.') return "hidden files are not written";
  return "";
}

std::string kind_words(EditedFileKind kind) {
  switch (kind) {
    case EditedFileKind::kPage: return "a page must end in .md";
    case EditedFileKind::kPicture: return "a picture must be PNG, JPEG, GIF or WebP";
    case EditedFileKind::kDocument: return "a document must be PDF, Word, Excel, PowerPoint or OpenDocument";
  }
  return "";
}

// Whether `path` (inside `root` by its names) stays inside `root` once every link it
// goes through is followed.
bool resolves_inside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return false;
  fs::path real = fs::weakly_canonical(path, ec);
  if (ec) return false;
  auto [root_end, unused] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  return root_end == real_root.end();
}

// The type the first bytes of a file show, by extension: what each kind's files start with.
bool starts_as(std::string_view bytes, std::string_view extension) {
  static const std::string zip("PK\x03\x04", 4);
  static const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  static const std::map<std::string, std::vector<std::string>, std::less<>> signatures = {
      {".png", {std::string("\x89PNG\r\n\x1A\n", 8)}},
      {".jpg", {std::string("\xFF\xD8\xFF", 3)}},
      {".jpeg", {std::string("\xFF\xD8\xFF", 3)}},
      {".gif", {"GIF87a", "GIF89a"}},
      {".pdf", {"%PDF-"}},
      {".docx", {zip}}, {".xlsx", {zip}}, {".pptx", {zip}}, {".odt", {zip}}, {".ods", {zip}},
      {".doc", {ole}}, {".xls", {ole}}};
  if (extension == ".webp") {
    return bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP";
  }
  auto found = signatures.find(extension);
  if (found == signatures.end()) return false;
  return std::any_of(found->second.begin(), found->second.end(),
                     [&](const std::string& signature) { return bytes.starts_with(signature); });
}

}  // namespace

bool is_loopback_bind(std::string_view bind) {
  return bind == "::1" || bind == "[::1]" || bind == "localhost" || is_ipv4_loopback(bind);
}

std::string make_editor_secret() {
  Poco::RandomInputStream random;
  std::array<unsigned char, 32> bytes{};
  random.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string secret;
  for (unsigned char byte : bytes) {
    secret += kDigits[byte >> 4];
    secret += kDigits[byte & 15];
  }
  return secret;
}

bool is_own_host(std::string_view host, int port) {
  std::string suffix = ":" + std::to_string(port);
  if (!host.ends_with(suffix)) return false;
  std::string_view name = host.substr(0, host.size() - suffix.size());
  return name == "127.0.0.1" || name == "[::1]" || name == "localhost";
}

std::optional<std::string> write_refusal(const WriteCredentials& request, std::string_view secret, int port) {
  if (!is_own_host(request.host, port)) return "its Host is not this preview's own address";
  if (request.origin.empty()) return "it says nothing of the page it came from (no Origin)";
  if (request.origin != "http://" + std::string(request.host)) return "it came from another web site";
  if (!same_secret(request.secret, secret)) return "it does not carry this run's secret";
  return std::nullopt;
}

std::size_t size_limit(EditedFileKind kind) {
  switch (kind) {
    case EditedFileKind::kPage: return std::size_t{4} << 20;
    case EditedFileKind::kPicture: return std::size_t{20} << 20;
    case EditedFileKind::kDocument: return std::size_t{50} << 20;
  }
  return 0;
}

std::optional<fs::path> writable_path(const fs::path& site_root, std::string_view relative, EditedFileKind kind,
                                      std::string& refusal) {
  if (relative.empty()) {
    refusal = "no file was named";
    return std::nullopt;
  }
  if (relative.front() == '/' || relative.find_first_of("\\:") != std::string_view::npos ||
      relative.find('\0') != std::string_view::npos) {
    refusal = "the path must be relative to the site folder, with / between folders";
    return std::nullopt;
  }
  fs::path path = site_root;
  for (std::size_t start = 0; start <= relative.size();) {
    std::size_t slash = std::min(relative.find('/', start), relative.size());
    std::string_view name = relative.substr(start, slash - start);
    refusal = name_refusal(name);
    if (!refusal.empty()) return std::nullopt;
    path /= u8_path(std::string(name));
    start = slash + 1;
  }
  const std::vector<std::string>& allowed = extensions_of(kind);
  if (std::find(allowed.begin(), allowed.end(), lower_extension(relative)) == allowed.end()) {
    refusal = kind_words(kind);
    return std::nullopt;
  }
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec)) || !resolves_inside(path, site_root)) {
    refusal = "it leads outside the site folder through a link";
    return std::nullopt;
  }
  return path;
}

std::optional<std::string> content_refusal(std::string_view name, EditedFileKind kind, std::string_view bytes) {
  if (bytes.size() > size_limit(kind)) {
    return "it is larger than " + std::to_string(size_limit(kind) >> 20) + " MB";
  }
  if (kind == EditedFileKind::kPage) {
    if (find_invalid_utf8(bytes) || bytes.find('\0') != std::string_view::npos) return "a page must be UTF-8 text";
    return std::nullopt;
  }
  std::string extension = lower_extension(name);
  if (extension.size() < 2) return "its name has no ending, such as .png or .pdf, that says what kind of file it is";
  if (!starts_as(bytes, extension)) return "its contents are not a " + extension.substr(1) + " file";
  return std::nullopt;
}

}  // namespace cdp
