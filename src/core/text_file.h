#pragma once
// Whether a file cdpsite reads (a page, site.toml, a data file) is UTF-8 text. Notepad
// and Word save "Unicode" as UTF-16, with a NUL byte beside every letter: read as UTF-8
// it would pass, and its NUL bytes would cut every message about it short. So UTF-16
// is reported as what it is, and a NUL byte as one.
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/source_file.h"

namespace cdp {

// The problem with `file` as UTF-8 text, or nullopt. `utf8_hint` is the fix for a file
// that is not UTF-8 ("save the file as UTF-8 in your editor").
std::optional<Diagnostic> text_file_problem(const SourceFile& file, const std::string& utf8_hint);

}  // namespace cdp
