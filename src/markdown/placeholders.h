#pragma once
// The placeholders `cdpsite new` writes for a writer to replace ("Replace this with one
// sentence about the partnership.", "Write the home page here, ..."). Left in, they
// would be published as the site's words, so each is an error in build, check and
// publish, and a warning in the preview, so that a new site still opens there on its
// first run, with its placeholders listed.
#include <span>
#include <string_view>

#include "core/diagnostic.h"
#include "core/source_file.h"

namespace cdp {

// How each placeholder of the files `new` writes starts.
std::span<const std::string_view> placeholder_openings();

// Reports each placeholder in `file` (a page, front matter and body, or a data file) at
// its line and column, with `severity`. Comment lines of TOML (a data file, or a page's
// front matter) are not published and are left alone.
void check_placeholders(const SourceFile& file, Severity severity, Diagnostics& diagnostics);

}  // namespace cdp
