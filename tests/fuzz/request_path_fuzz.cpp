// Fuzzes the preview server's request path handling: an accepted path never climbs out
// of the site.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "serve/request_path.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto path = cdp::site_path_for_request(std::string(reinterpret_cast<const char*>(data), size));
  if (!path) return 0;
  std::string wrapped = "/" + *path + "/";
  if (wrapped.find("/../") != std::string::npos || wrapped.find("/./") != std::string::npos) std::abort();
  if (path->find('\\') != std::string::npos || path->find('\0') != std::string::npos) std::abort();
  if (!path->empty() && path->front() == '/') std::abort();
  return 0;
}
