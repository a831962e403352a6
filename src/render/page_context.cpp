#include "render/page_context.h"

#include <filesystem>
#include <string_view>

#include "core/platform.h"
#include "render/partnership_pages.h"

namespace cdp {

namespace {


std::string section_title(const Site& site, const std::string& path) {
  auto it = site.sections.find(path);
  if (it != site.sections.end() && it->second.index) return it->second.index->meta.title.value;
  return path.empty() ? site.config.title.value : title_from_name(u8_string(u8_path(path).filename()));
}

std::string section_summary(const Site& site, const std::string& path) {
  auto it = site.sections.find(path);
  return it != site.sections.end() && it->second.index ? it->second.index->meta.summary.value : "";
}

void add_date(mstch::map& values, const Located<Date>& date) {
  values["has_date"] = date.present();
  values["date_iso"] = date.present() ? iso(date.value) : std::string();
  values["date_display"] = date.present() ? long_date(date.value) : std::string();
}

mstch::map site_values(const Site& site, const std::string& from_url) {
  return mstch::map{{"title", site.config.title.value},
                    {"description", site.config.description.value},
                    {"language", site.config.language.value},
                    {"home_url", relative_url(from_url, "")},
                    {"search_url", relative_url(from_url, kSearchUrl)},
                    {"accessibility_url", relative_url(from_url, kAccessibilityUrl)},
                    {"has_feed", !site.config.base_url.value.empty()},
                    {"feed_url", root_prefix(from_url) + "feed.xml"}};
}

// Home, then each top-level section; `current` is the top-level section of this page.
mstch::array nav_values(const Site& site, const std::string& from_url, const std::string& section) {
  std::vector<std::string_view> parts = split_url(section);
  std::string_view top = parts.empty() ? "" : parts.front();
  mstch::array nav{mstch::map{{"title", std::string("Home")},
                              {"url", relative_url(from_url, "")},
                              {"current", from_url.empty()}}};
  nav.reserve(site.sections.at("").children.size() + 1);
  for (const std::string& child : site.sections.at("").children) {
    // Emplaced, not from an initializer list, which would copy every string: every
    // page has this list, and a site may have 150 sections.
    mstch::map item;
    item.emplace("title", section_title(site, child));
    item.emplace("url", relative_url(from_url, child + "/"));
    item.emplace("current", !from_url.empty() && top == child);
    nav.push_back(std::move(item));
  }
  return nav;
}

// Home and each enclosing section down to `section` (inclusive when `include_last`).
mstch::array breadcrumb_values(const Site& site, const std::string& from_url,
                               const std::string& section, bool include_last) {
  mstch::array crumbs;
  if (from_url.empty()) return crumbs;
  crumbs.push_back(mstch::map{{"title", std::string("Home")}, {"url", relative_url(from_url, "")}});
  std::vector<std::string_view> parts = split_url(section);
  std::string path;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i + 1 == parts.size() && !include_last) break;
    if (!path.empty()) path += '/';
    path += parts[i];
    crumbs.push_back(mstch::map{{"title", section_title(site, path)},
                                {"url", relative_url(from_url, path + "/")}});
  }
  return crumbs;
}

// Level 2 headings with their level 3 headings nested under them.
mstch::array toc_values(const std::vector<Heading>& headings) {
  mstch::array toc;
  mstch::array* children = nullptr;
  for (const Heading& heading : headings) {
    mstch::map item{{"id", heading.id}, {"text", heading.text}};
    if (heading.level == 3 && children) {
      children->push_back(std::move(item));
    } else if (heading.level == 2 || heading.level == 3) {
      item["children"] = mstch::array{};
      toc.push_back(std::move(item));
      children = &boost::get<mstch::array>(boost::get<mstch::map>(toc.back())["children"]);
    }
  }
  for (mstch::node& node : toc) {
    mstch::map& item = boost::get<mstch::map>(node);
    item["has_children"] = !boost::get<mstch::array>(item["children"]).empty();
  }
  return toc;
}

mstch::map page_values(const Page& page, const std::string& kind) {
  mstch::array toc = toc_values(page.rendered.headings);
  bool has_toc = page.meta.toc.value && toc.size() >= 2;
  mstch::map values{{"title", page.meta.title.value},
                    {"url", std::string("index.html")},
                    {"kind", kind},
                    {"summary", page.meta.summary.value},
                    {"has_toc", has_toc},
                    {"toc", has_toc ? std::move(toc) : mstch::array{}}};
  values.emplace("content", page.rendered.html);  // one copy of the body: a list would make two
  add_date(values, page.meta.date);
  return values;
}

mstch::map common(const Site& site, const std::string& url, const std::string& section,
                  bool crumbs_include_section) {
  mstch::array crumbs = breadcrumb_values(site, url, section, crumbs_include_section);
  // Emplaced: an initializer list would copy the navigation and every list again.
  mstch::map values;
  values.emplace("generator", std::string("cdpsite ") + CDPSITE_VERSION);
  values.emplace("root", root_prefix(url));
  values.emplace("site", site_values(site, url));
  values.emplace("nav", nav_values(site, url, section));
  values.emplace("has_breadcrumbs", !crumbs.empty());
  values.emplace("breadcrumbs", std::move(crumbs));
  return values;
}

void add_listing(mstch::map& context, const Site& site, const Section& section) {
  const std::string& from = section.route.url;
  mstch::array pages;
  for (const Page* page : section.pages) {
    mstch::map item{{"title", page->meta.title.value},
                    {"url", relative_url(from, page->route.url)},
                    {"summary", page->meta.summary.value}};
    add_date(item, page->meta.date);
    pages.push_back(std::move(item));
  }
  mstch::array subsections;
  for (const std::string& child : section.children) {
    subsections.push_back(mstch::map{{"title", section_title(site, child)},
                                     {"url", relative_url(from, child + "/")},
                                     {"summary", section_summary(site, child)}});
  }
  context["has_pages"] = !pages.empty();
  context["pages"] = std::move(pages);
  context["has_subsections"] = !subsections.empty();
  context["subsections"] = std::move(subsections);
}

}  // namespace

mstch::map page_context(const Site& site, const Page& page) {
  if (page.is_section_index) return section_context(site, site.sections.at(page.section));
  mstch::map context = common(site, page.route.url, page.section, true);
  context["page"] = page_values(page, "page");
  return context;
}

mstch::map section_context(const Site& site, const Section& section) {
  mstch::map context = common(site, section.route.url, section.path, false);
  std::string kind = section.path.empty() ? "home" : "section";
  if (section.index) {
    context["page"] = page_values(*section.index, kind);
  } else {
    Page placeholder;
    placeholder.meta.title.value = section_title(site, section.path);
    context["page"] = page_values(placeholder, kind);
  }
  add_listing(context, site, section);
  return context;
}

mstch::map generated_page_context(const Site& site, const GeneratedPage& page) {
  mstch::map context = common(site, page.route.url, page.section, true);
  mstch::array& crumbs = boost::get<mstch::array>(context["breadcrumbs"]);
  for (const auto& [title, url] : page.crumbs) {
    crumbs.push_back(mstch::map{{"title", title}, {"url", relative_url(page.route.url, url)}});
  }
  context["has_breadcrumbs"] = !crumbs.empty();
  Page placeholder;
  placeholder.meta.title.value = page.title;
  context["page"] = page_values(placeholder, "data");
  context["data"] = page.values();
  return context;
}

mstch::map not_found_context(const Site& site) {
  // 404.html is served for missing pages at any depth, so its links cannot be relative:
  // they start from the site's public address when site.toml gives one.
  mstch::map context = common(site, "", "", false);
  std::string base_path = "/";
  const std::string& base = site.config.base_url.value;
  if (auto scheme = base.find("://"); scheme != std::string::npos) {
    auto slash = base.find('/', scheme + 3);
    base_path = slash == std::string::npos ? "/" : base.substr(slash);
  }
  context["root"] = base_path;
  mstch::map site_links = site_values(site, "");
  for (const char* key : {"home_url", "search_url", "accessibility_url", "feed_url"}) {
    site_links[key] = base_path + boost::get<std::string>(site_links[key]);
  }
  context["site"] = std::move(site_links);
  mstch::array nav = nav_values(site, "", "");
  for (mstch::node& node : nav) {
    mstch::map& item = boost::get<mstch::map>(node);
    item["url"] = base_path + boost::get<std::string>(item["url"]);
    item["current"] = false;
  }
  context["nav"] = std::move(nav);
  Page placeholder;
  placeholder.meta.title.value = "Page not found";
  context["page"] = page_values(placeholder, "404");
  return context;
}

}  // namespace cdp
