#pragma once
// Where cdpsite finds what it ships with (the default theme, the outcomes framework,
// the templates of `cdpsite new`): beside the installed binary first
// (BIN/../share/cdpsite, so a package works wherever it is installed), then the
// install prefix it was built for, then its source tree (for a binary run from build/).
#include <filesystem>
#include <vector>

namespace cdp {

// The folders to look in, in order.
std::vector<std::filesystem::path> shared_folders();

}  // namespace cdp
