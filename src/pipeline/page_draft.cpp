#include "pipeline/page_draft.h"

#include <algorithm>
#include <utility>

#include "load/site_loader.h"
#include "render/shared_page_values.h"

namespace cdp {

namespace {

// Puts a draft in the place of the page it drafts for as long as it lives, so that the
// page's section, document and neighbours show it; puts the page back after.
class PageSwap {
 public:
  PageSwap(Page& kept, Page& draft) : kept_(kept), draft_(draft) { std::swap(kept_, draft_); }
  ~PageSwap() { std::swap(kept_, draft_); }
  PageSwap(const PageSwap&) = delete;
  PageSwap& operator=(const PageSwap&) = delete;

 private:
  Page& kept_;   // the site's page, holding the draft while swapped
  Page& draft_;  // the draft, holding the site's page while swapped
};

}  // namespace

PageDraft render_draft(SiteBuild& build, const std::string& relative, std::string text) {
  PageDraft draft;
  LoadedSite& loaded = build.loaded();
  if (!loaded.site) return draft;
  Site& site = *loaded.site;
  auto existing = std::find_if(site.pages.begin(), site.pages.end(),
                               [&](const std::unique_ptr<Page>& page) { return page->rel_path == relative; });
  if (existing == site.pages.end()) return draft;
  draft.found = true;
  Diagnostics diagnostics;
  std::unique_ptr<Page> page = page_from_text(site, relative, std::move(text), diagnostics);
  if (page) {
    page->route = (*existing)->route;
    LinkResolver links(loaded.routes, diagnostics);
    render_body(*page, *loaded.data, *loaded.templates, loaded.markdown_options(), links.for_page(*page),
                diagnostics);
    links.check_anchors();
    PageSwap swap(**existing, *page);
    SharedPageValues shared(site);
    RenderInputs in = loaded.render_inputs(shared);
    draft.html = render_html(in, jobs_for_pages(loaded, {existing->get()}).front(), diagnostics);
  }
  draft.problems = diagnostics.sorted();
  return draft;
}

}  // namespace cdp
