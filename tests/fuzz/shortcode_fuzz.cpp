// Fuzzes the shortcode finder: positions must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "markdown/shortcode_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cdp::SourceFile file("fuzz.md", text);
  cdp::Diagnostics diagnostics;
  for (const cdp::ShortcodeCall& call : cdp::find_shortcodes(text, file, 0, diagnostics)) {
    if (call.offset + call.length > text.size()) std::abort();
  }
  return 0;
}
