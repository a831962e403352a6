// Fuzzes front matter splitting and parsing: any bytes must give a FrontMatter or
// diagnostics, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/front_matter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cdp::SourceFile file("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  cdp::Diagnostics diagnostics;
  if (auto split = cdp::split_front_matter(file, diagnostics)) {
    cdp::FrontMatter meta;
    cdp::parse_front_matter(file, *split, meta, diagnostics);
  }
  return 0;
}
