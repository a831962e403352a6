#pragma once
// What the preview's editor knows of the site it last built: which Markdown file each
// HTML page is made from (for its "Edit this page" link), and what a page can link to
// (its link picker) and show (its figure picker), as links relative to the page's own file, which the build checks
// and rewrites like any other.
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/site_build.h"

namespace cdp {

// Each HTML file made from a Markdown file, to that file: "news/first/index.html" ->
// "news/first.md" (a section's list to its _index.md, a document's page to its file).
std::unordered_map<std::string, std::string> sources_by_output(const LoadedSite& loaded);

// Something a page can link to.
struct LinkTarget {
  std::string title;  // the page's title, or the file's name
  std::string link;   // relative to the linking page's folder: "../about.md", "report.pdf"
};

// The site's pages (by title) and the files beside them (by name) that the page whose
// file is `from` ("news/first.md") can link to; itself left out.
std::vector<LinkTarget> link_targets(const LoadedSite& loaded, const std::string& from);

// A figure from the data a page can show: a partnership's metric, its latest value.
struct MetricChoice {
  std::string label;      // "Testshire: People in treatment, 120 (2023/24)"
  std::string shortcode;  // {{< metric "clients" >}}, with partnership="slug" outside its folder
};

// Every metric with figures, of every partnership: those of the partnership whose folder
// holds the page `from` first (their shortcodes need no partnership="...").
std::vector<MetricChoice> metric_choices(const LoadedSite& loaded, const std::string& from);

// The link from the file `from` to the file `to`, both relative to the site folder:
// ("news/first.md", "about.md") -> "../about.md".
std::string relative_link(const std::string& from, const std::string& to);

}  // namespace cdp
