#include "serve/edited_text.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include "core/fs.h"
#include "core/platform.h"

namespace cdp {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string with_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool ends_lines_with_crlf(std::string_view text) {
  std::size_t newline = text.find('\n');
  return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r';
}

}  // namespace

std::string text_for_editing(std::string_view file) {
  if (file.starts_with(kByteOrderMark)) file.remove_prefix(kByteOrderMark.size());
  return with_newlines(file);
}

std::string text_for_saving(std::string_view edited, std::string_view original) {
  std::string text = with_newlines(edited);
  if (text.starts_with(kByteOrderMark)) text.erase(0, kByteOrderMark.size());
  std::string out = original.starts_with(kByteOrderMark) ? std::string(kByteOrderMark) : "";
  if (!ends_lines_with_crlf(original)) return out + text;
  out.reserve(text.size() + text.size() / 32 + 3);
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string content_hash(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

bool replace_file(const std::filesystem::path& target, std::string_view bytes, std::string& error) {
  std::filesystem::path temporary = target.parent_path() / ("." + u8_string(target.filename()) + ".cdpsite-new");
  if (!write_file(temporary, bytes, &error)) return false;
  std::error_code ec = rename_retrying(temporary, target);
  if (!ec) return true;
  std::filesystem::remove(temporary, ec);
  error = "another program is holding the file open; close it and save again";
  return false;
}

}  // namespace cdp
