#pragma once
// A page cdpsite makes without a Markdown file: a partnership's pages made from its data
// (render/partnership_pages.h) and the pages every site gets (render/site_wide_pages.h).
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "mustache/value.h"

#include "model/site.h"

namespace cdp {

struct GeneratedPage {
  Route route;                // where it is published
  std::string section;        // the partnership's folder, for navigation and breadcrumbs
  std::string title;          // page title
  std::string template_name;  // "data/about", "data/metric", "search", "documents" ...
  // Makes this page's values (added to the common ones under "data"). Made when the
  // page is rendered, in parallel with the others, and dropped after: holding the values
  // of thousands of metric pages at once would cost far more memory than the pages. It
  // refers to the site's data, so it is made again whenever the data is reloaded.
  std::function<mustache::Map()> values;
  std::vector<std::pair<std::string, std::string>> crumbs;  // extra breadcrumbs: (title, url from root)
};

}  // namespace cdp
