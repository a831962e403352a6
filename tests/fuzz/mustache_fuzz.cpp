// Fuzzes the Mustache engine: any text either loads with problems reported at positions
// inside it, or renders (including itself as a partial) without a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "mustache/library.h"
#include "mustache/renderer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cdp::mustache;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::map<std::string, cdp::SourceFile> files;
  files.emplace("t", cdp::SourceFile("t.mustache", text));
  files.emplace("p", cdp::SourceFile("p.mustache", "<{{x}}>\n"));
  cdp::Diagnostics diagnostics;
  std::optional<Library> library = Library::load(std::move(files), diagnostics);
  for (const cdp::Diagnostic& d : diagnostics.sorted()) {
    if (d.pos.line < 0 || d.pos.line > static_cast<int>(text.size()) + 1) std::abort();
  }
  if (!library) return 0;
  Value context(Map{{"x", "<&>"}, {"yes", true}, {"items", List{Map{{"x", "1"}}, Value("two")}}, {"group", Map{{"x", ""}}}});
  std::string out;
  render(*library->find("t"), context, out);
  return 0;
}
