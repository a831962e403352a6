#pragma once
// Names Windows cannot hold (CON, NUL, COM1, a name ending in a dot, ...) in the files
// of the site folder that are never published: its data, its templates and a theme of
// its own. They still reach a Windows computer whenever the folder is shared (OneDrive,
// a council file share, a zip, git), where they cannot be copied or opened. Published
// files' names are checked as their addresses are claimed (route_table.h).
#include "core/diagnostic.h"
#include "model/site.h"

namespace cdp {

// Reports each folder or file, once, whose name Windows cannot hold, among the site's
// data files and everything in its templates/ and themes/ folders.
void check_unpublished_names(const Site& site, Diagnostics& diagnostics);

}  // namespace cdp
