// Fuzzes the editor's paste: any bytes as the block tree the editor's script sends.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "import/pasted_blocks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cdp::markdown_from_pasted_blocks(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
