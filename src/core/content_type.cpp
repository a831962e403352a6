#include "core/content_type.h"

#include <map>

#include "core/platform.h"

namespace cdp {

std::string content_type_for(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".xml", "application/xml"}, {".atom", "application/atom+xml"},
      {".csv", "text/csv; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"}, {".gif", "image/gif"}, {".webp", "image/webp"},
      {".ico", "image/x-icon"}, {".pdf", "application/pdf"}, {".woff2", "font/woff2"},
      {".zip", "application/zip"}};
  auto it = types.find(u8_string(u8_path(path).extension()));
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace cdp
