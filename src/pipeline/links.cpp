#include "pipeline/links.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/platform.h"
#include "core/suggest.h"
#include "markdown/document_links.h"
#include "render/page_context.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

// Splits "a/b.md#part" into path and fragment (without '#'); a query is dropped from
// local links because a static site has no use for one.
std::pair<std::string, std::string> split_fragment(const std::string& url) {
  std::size_t hash = url.find('#');
  std::string path = url.substr(0, hash);
  std::string fragment = hash == std::string::npos ? "" : url.substr(hash + 1);
  path = path.substr(0, path.find('?'));
  return {path, fragment};
}

// Resolves `relative` against folder `base` ("" is the root); nullopt if it climbs out.
std::optional<std::string> resolve(const std::string& base, const std::string& relative) {
  fs::path joined = relative.starts_with("/") ? u8_path(relative.substr(1))
                                               : u8_path(base) / u8_path(relative);
  fs::path normal = joined.lexically_normal();
  std::string text = u8_generic(normal);
  if (text == ".") return std::string();
  if (text.starts_with("..")) return std::nullopt;
  return text;
}

std::string with_fragment(std::string url, const std::string& fragment) {
  return fragment.empty() ? url : url + "#" + fragment;
}

// An address written without its scheme: an email address needs mailto:, a web
// address https://, or the link is taken for a file of the site.
std::optional<std::string> external_address_meant(const std::string& path) {
  std::size_t at = path.find('@');
  if (at != std::string::npos && at > 0 && path.find('/') == std::string::npos) return "mailto:" + path;
  if (path.starts_with("www.")) return "https://" + path;
  return std::nullopt;
}

// Every page's source path, for the did-you-mean of a broken link (made only then).
std::vector<std::string> source_paths(const RouteTable& routes) {
  std::vector<std::string> paths;
  paths.reserve(routes.page_by_source.size());
  for (const auto& [source, page] : routes.page_by_source) paths.push_back(source);
  return paths;
}

bool is_footnote_anchor(const std::string& anchor) {
  return anchor.starts_with("fn-") || anchor.starts_with("fnref-");
}

}  // namespace

bool is_external_url(const std::string& url) {
  if (url.starts_with("//")) return true;
  std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  return std::all_of(url.begin(), url.begin() + static_cast<long>(colon), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
}

LinkResolver::LinkResolver(const RouteTable& routes, Diagnostics& diagnostics)
    : routes_(routes), diagnostics_(diagnostics) {}

LinkRewriter LinkResolver::for_page(const Page& page) {
  return [this, &page](const LinkRef& link) { return rewrite(page, link); };
}

RewrittenLink LinkResolver::rewrite(const Page& page, const LinkRef& link) {
  if (link.url.empty() || is_external_url(link.url)) return link.url;
  auto [path, fragment] = split_fragment(link.url);
  if (path.empty()) {
    if (!fragment.empty()) expect_anchor(page, page, fragment, link);
    return link.url;
  }
  return rewrite_local(page, link, path, fragment);
}

RewrittenLink LinkResolver::rewrite_local(const Page& page, const LinkRef& link, const std::string& path,
                                        const std::string& fragment) {
  std::string folder = u8_generic(u8_path(page.rel_path).parent_path());
  std::optional<std::string> target = resolve(folder, path);
  if (!target) {
    missing(page, link, "this link climbs out of the site folder", "link only to files inside the site");
    return link.url;
  }
  // A Markdown source file, or a folder with an _index.md.
  for (const std::string& candidate : {*target, *target + (target->empty() ? "" : "/") + "_index.md"}) {
    auto found = routes_.page_by_source.find(candidate);
    if (found == routes_.page_by_source.end()) continue;
    if (!fragment.empty()) expect_anchor(page, *found->second, fragment, link);
    return with_fragment(relative_url(page.route.url, found->second->route.url), fragment);
  }
  // A published file (an image beside the page) or a page URL written as a URL.
  std::optional<std::string> as_url = resolve(page.route.url, path);
  for (const std::optional<std::string>& candidate : {target, as_url}) {
    if (!candidate) continue;
    for (const std::string& output : {*candidate, *candidate + "/index.html", *candidate + "index.html"}) {
      if (routes_.owner_by_output.count(output)) return to_file(page, output, fragment);
    }
  }
  if (routes_.draft_sources.count(*target)) {
    missing(page, link, "this link goes to " + *target + ", which is a draft, so it is not in the site",
            "set draft = false in its front matter to publish it, or build with --drafts to see it");
  } else if (path.ends_with(".md")) {
    missing(page, link, "this link goes to " + *target + ", which does not exist",
            did_you_mean(*target, source_paths(routes_)));
  } else if (std::optional<std::string> meant = external_address_meant(path)) {
    missing(page, link, "this link goes to " + path + " as if it were a file in the site", "write it as " + *meant);
  } else {
    missing(page, link, "this link goes to " + path + ", which is not in the site",
            "check the spelling; link to Markdown files by their file name, e.g. ../about.md");
  }
  return link.url;
}

RewrittenLink LinkResolver::to_file(const Page& page, const std::string& output, const std::string& fragment) const {
  RewrittenLink link(with_fragment(relative_url(page.route.url, page_url(output)), fragment));
  auto copied = routes_.file_by_output.find(output);
  if (copied == routes_.file_by_output.end() || !is_document_url(output)) return link;
  std::error_code ec;
  std::uintmax_t bytes = fs::file_size(copied->second, ec);
  if (!ec) link.bytes = bytes;
  return link;
}

void LinkResolver::expect_anchor(const Page& page, const Page& target, const std::string& anchor,
                                 const LinkRef& link) {
  if (is_footnote_anchor(anchor)) return;
  std::lock_guard lock(mutex_);
  pending_.push_back({&target, anchor, error_at(*page.source, link.pos, "", "")});
}

void LinkResolver::missing(const Page& page, const LinkRef& link, const std::string& what,
                           const std::string& hint) {
  diagnostics_.add(error_at(*page.source, link.pos, (link.is_image ? "broken image: " : "broken link: ") + what, hint));
}

void LinkResolver::check_anchors() {
  for (PendingAnchor& pending : pending_) {
    std::vector<std::string> ids;
    for (const Heading& heading : pending.target->rendered.headings) ids.push_back(heading.id);
    if (std::find(ids.begin(), ids.end(), pending.anchor) != ids.end()) continue;
    Diagnostic d = std::move(pending.where);
    d.message = "broken link: " + pending.target->source->path() + " has no heading with the id #" + pending.anchor;
    d.hint = ids.empty() ? "that page has no headings; remove the #" + pending.anchor + " part"
                         : did_you_mean(pending.anchor, ids);
    diagnostics_.add(std::move(d));
  }
  pending_.clear();
}

}  // namespace cdp
