#pragma once
// Diagnostics as one line of text each, for tests that compare exact messages.
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace cdp::testing {

// A diagnostic at `pos` with no excerpt.
inline Diagnostic diagnostic_at(SourcePos pos, std::string message, std::string hint) {
  Diagnostic d = error_in(pos.file, std::move(message), std::move(hint));
  d.pos = std::move(pos);
  return d;
}

// "file:line:col: message | hint" (without " | hint" when there is none).
inline std::string diagnostic_text(const Diagnostic& d) {
  return d.pos.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message +
         (d.hint.empty() ? "" : " | " + d.hint);
}

// Every kept diagnostic, in Diagnostics::sorted() order.
inline std::vector<std::string> diagnostic_texts(const Diagnostics& diagnostics) {
  std::vector<std::string> texts;
  for (const Diagnostic& d : diagnostics.sorted()) texts.push_back(diagnostic_text(d));
  return texts;
}

}  // namespace cdp::testing
