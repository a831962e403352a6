#pragma once
// What the preview's editor shows while a page is typed: the page as it would be
// published from the text typed so far, rendered by the real pipeline (front matter,
// shortcodes, data, links and authoring checks) against the site the preview last
// built, with nothing written to disk and nothing of the build changed.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "pipeline/site_build.h"

namespace cdp {

struct PageDraft {
  bool found = false;                // the site has a page from that file
  std::string html;                  // the page's HTML ("" when its front matter cannot be read)
  std::vector<Diagnostic> problems;  // errors and warnings, in the order `check` prints them
};

// Renders `text` as the page of `build` whose file is `relative` to the site folder
// ("news/first.md"). The build is left as it was; the caller keeps other threads off it.
PageDraft render_draft(SiteBuild& build, const std::string& relative, std::string text);

}  // namespace cdp
