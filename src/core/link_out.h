#pragma once
// Symbolic links that lead out of a folder. cdpsite never reads, copies or publishes
// what a link inside the site folder (or an installed theme's folder) points to outside
// it, so that a link to /etc/passwd or a private drive never reaches the public web.
// Links that stay inside keep working.
#include <filesystem>
#include <string>

#include "core/diagnostic.h"

namespace cdp {

// The folder that links in a folder of files may not lead out of, and its name in
// messages ("site folder", "theme folder").
struct LinkBoundary {
  std::filesystem::path root;
  std::string name;
};

// The boundary of `folder` (the site's own, or a theme's): the site folder when it is
// inside `site_root`, else `folder` itself (a theme installed with cdpsite).
LinkBoundary link_boundary(const std::filesystem::path& site_root, const std::filesystem::path& folder);

// Whether `path`, found inside `root`, is a symbolic link whose target, followed to the
// end, is outside `root`. Its parent folders must be real folders inside `root`: the
// walks of cdpsite never step into a linked folder. A link to nothing leads nowhere.
bool is_link_out_of(const std::filesystem::path& root, const std::filesystem::path& path);

// Reports `path` (shown as `shown`) when it is a link out of `boundary`, as a file or a
// folder; true when it was.
bool refuse_link_out(const LinkBoundary& boundary, const std::filesystem::path& path, const std::string& shown,
                     Diagnostics& diagnostics);

}  // namespace cdp
