#pragma once
// Prints diagnostics like a compiler: "file:line:col: error: message", the source
// line, a caret under the column, and the hint. Colour only on a terminal, and
// NO_COLOR / CLICOLOR_FORCE respected.
#include <cstdio>
#include <string>

#include "core/diagnostic.h"

namespace cdp {

// Whether output to `stream` should be coloured, from isatty and the environment.
bool use_colour(std::FILE* stream);

// The diagnostic as text, ending in a newline.
std::string format_diagnostic(const Diagnostic& diagnostic, bool colour);

// Every kept diagnostic, then "N errors" (and how many were not shown) if any.
std::string format_diagnostics(const Diagnostics& diagnostics, bool colour);

}  // namespace cdp
