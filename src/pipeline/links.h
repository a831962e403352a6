#pragma once
// Turns the links a writer puts in Markdown into links that work in the built site:
// `[x](../other.md#heading)` becomes `../other/index.html#heading`, a link to a file
// beside the page follows the page to its pretty URL, and a link to a missing file or
// heading is an error at the link's file:line:col. Links stay relative, so the site
// works at a domain root, under a sub-path, and from disk.
#include <mutex>
#include <string>
#include <vector>

#include "routes/route_table.h"
#include "core/diagnostic.h"
#include "model/site.h"
#include "markdown/markdown.h"

namespace cdp {

class LinkResolver {
 public:
  LinkResolver(const RouteTable& routes, Diagnostics& diagnostics);

  // The rewriter to hand to render_markdown for `page`. Safe to use from several
  // threads at once (one page per thread).
  LinkRewriter for_page(const Page& page);

  // After every page is rendered: reports each #anchor that names no heading of its
  // target page.
  void check_anchors();

 private:
  // A link to a heading of another (or the same) page, checked once all are rendered.
  struct PendingAnchor {
    const Page* target;   // the page the link goes to
    std::string anchor;   // the id after '#'
    Diagnostic where;     // the diagnostic to report if it does not exist (without message)
  };

  RewrittenLink rewrite(const Page& page, const LinkRef& link);
  RewrittenLink rewrite_local(const Page& page, const LinkRef& link, const std::string& path,
                            const std::string& fragment);
  void expect_anchor(const Page& page, const Page& target, const std::string& anchor, const LinkRef& link);
  // A link to `output`, a file the site publishes, with the file's size when it is a document.
  RewrittenLink to_file(const Page& page, const std::string& output, const std::string& fragment) const;
  void missing(const Page& page, const LinkRef& link, const std::string& what, const std::string& hint);

  const RouteTable& routes_;          // published paths
  Diagnostics& diagnostics_;          // where broken links go
  std::mutex mutex_;                  // guards pending_
  std::vector<PendingAnchor> pending_;
};

// True for URLs that leave the site: a scheme (https:, mailto:, tel:) or "//host".
bool is_external_url(const std::string& url);

}  // namespace cdp
