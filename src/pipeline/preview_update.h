#pragma once
// The preview's incremental update: after files were edited, re-render only the pages
// they touch and write them (each atomically) into the preview's folder, or say that
// a full build is needed. An edited page is re-rendered alone when nothing other pages
// show of it changed (title, date, summary, order, address, heading ids); a data file
// reloads the data and re-renders the data pages, the overviews and the pages whose
// shortcodes show data; a template re-renders the pages whose layout includes it.
// Anything else (site.toml, new or deleted pages, static files) needs a full build.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "pipeline/site_build.h"

namespace cdp {

enum class UpdateOutcome {
  kPagesRerendered,      // only the edited pages (and the search index) were rewritten
  kDataRerendered,       // the data was reloaded: data pages, overviews and pages showing data rewritten
  kTemplatesRerendered,  // a template changed: the pages laid out with it rewritten
  kNeedsFullBuild,       // the change is beyond an update: build the whole site again
  kFailed,               // the change has errors (in `diagnostics`); the preview keeps the last good pages
};

struct PreviewUpdate {
  UpdateOutcome outcome = UpdateOutcome::kNeedsFullBuild;  // the widest kind of work done
  std::vector<std::string> rewritten;                     // output paths rewritten, in order
};

// Updates the preview built by `build` into `output` after the files `changed`.
PreviewUpdate update_preview(SiteBuild& build, const std::set<std::filesystem::path>& changed,
                             const std::filesystem::path& output, Diagnostics& diagnostics);

}  // namespace cdp
