#pragma once
#include "core/source_file.h"

namespace cdp {

// A value read from a source file, with the place it was read from.
template <class T>
struct Located {
  T value{};      // the value (default when the key was absent)
  SourcePos pos;  // where it was written; pos.line == 0 when absent
  bool present() const { return pos.line > 0; }
};

}  // namespace cdp
