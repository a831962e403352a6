#pragma once
// Tables of bytes for scans that run over every page's text: one lookup a byte.
#include <array>

namespace cdp {

// A table of the bytes for which `test` holds.
template <typename Test>
constexpr std::array<bool, 256> bytes_where(Test test) {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = test(static_cast<unsigned char>(c));
  return table;
}

}  // namespace cdp
