#include "render/page_context.h"

#include <filesystem>
#include <string_view>

#include "core/platform.h"
#include "render/partnership_pages.h"

namespace cdp {

namespace {


std::string section_summary(const Site& site, const std::string& path) {
  auto it = site.sections.find(path);
  return it != site.sections.end() && it->second.index ? it->second.index->meta.summary.value : "";
}

// What a template shows of a date: whether there is one, and it written both ways.
mustache::Map::Given has_date(const Located<Date>& date) { return {"has_date", date.present()}; }
mustache::Map::Given date_iso(const Located<Date>& date) {
  return {"date_iso", date.present() ? iso(date.value) : std::string()};
}
mustache::Map::Given date_display(const Located<Date>& date) {
  return {"date_display", date.present() ? long_date(date.value) : std::string()};
}

// Home and each enclosing section down to `section` (inclusive when `include_last`).
mustache::List breadcrumb_values(const Site& site, const std::string& from_url,
                               const std::string& section, bool include_last) {
  mustache::List crumbs;
  if (from_url.empty()) return crumbs;
  crumbs.push_back(mustache::Map{{"title", std::string("Home")}, {"url", relative_url(from_url, "")}});
  std::vector<std::string_view> parts = split_url(section);
  std::string path;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i + 1 == parts.size() && !include_last) break;
    if (!path.empty()) path += '/';
    path += parts[i];
    crumbs.push_back(mustache::Map{{"title", section_title(site, path)},
                                {"url", relative_url(from_url, folder_url(path))}});
  }
  return crumbs;
}

// Level 2 headings with their level 3 headings nested under them.
mustache::List toc_values(const std::vector<Heading>& headings) {
  mustache::List toc;
  mustache::List* children = nullptr;
  for (const Heading& heading : headings) {
    mustache::Map item{{"id", mustache::Value::view(heading.id)}, {"text", mustache::Value::view(heading.text)}};
    if (heading.level == 3 && children) {
      children->push_back(std::move(item));
    } else if (heading.level == 2 || heading.level == 3) {
      item["children"] = mustache::List{};
      toc.push_back(std::move(item));
      children = (*toc.back().as_map())["children"].as_list();
    }
  }
  for (mustache::Value& node : toc) {
    mustache::Map& item = *node.as_map();
    item["has_children"] = !item["children"].as_list()->empty();
  }
  return toc;
}

// What a browser tab and a search result show: "Annual report 2024 – Testshire CDP", or
// the site's title alone when the page has none or the same one (the home page of a
// one-partnership site is titled with the partnership's name, often the site's too).
std::string window_title(const Site& site, const std::string& page_title) {
  const std::string& site_title = site.config.title.value;
  if (page_title.empty() || page_title == site_title) return site_title;
  return page_title + " – " + site_title;
}

// The values of `page`, its text viewed, not copied: the page outlives the render of its
// context. `kind` is a literal.
mustache::Map page_values(const Site& site, const Page& page, std::string_view kind) {
  mustache::List toc = toc_values(page.rendered.headings);
  bool has_toc = page.meta.toc.value && toc.size() >= 2;
  mustache::Map values{{"title", mustache::Value::view(page.meta.title.value)},
                       {"window_title", window_title(site, page.meta.title.value)},
                       {"url", mustache::Value::view("index.html")},
                       {"kind", mustache::Value::view(kind)},
                       {"summary", mustache::Value::view(page.meta.summary.value)},
                       {"has_toc", has_toc},
                       {"toc", has_toc ? std::move(toc) : mustache::List{}},
                       {"content", mustache::Value::view(page.rendered.html)},
                       has_date(page.meta.date),
                       date_iso(page.meta.date),
                       date_display(page.meta.date)};
  return values;
}

// The values of a page that has no Page of its own (a section without an _index.md, a
// page made from data, the 404 page): an empty page's, with `title` copied in.
mustache::Map untitled_page_values(const Site& site, const std::string& title, std::string_view kind) {
  static const Page kEmpty;  // outlives every render, as page_values needs
  mustache::Map values = page_values(site, kEmpty, kind);
  values.set("title", title);
  values.set("window_title", window_title(site, title));
  return values;
}

mustache::Map values_every_page_gets(SharedPageValues& shared, const std::string& url, const std::string& section,
                                     bool crumbs_include_section) {
  mustache::List crumbs = breadcrumb_values(shared.site(), url, section, crumbs_include_section);
  mustache::Map values;
  static const std::string kGenerator = std::string("cdpsite ") + CDPSITE_VERSION;  // outlives every render
  values["generator"] = mustache::Value::view(kGenerator);
  values["root"] = root_prefix(url);
  values["site"] = shared.site_for(url);
  values["nav"] = shared.nav_for(url, section);
  values["has_breadcrumbs"] = !crumbs.empty();
  values["breadcrumbs"] = std::move(crumbs);
  return values;
}

void add_listing(mustache::Map& context, const Site& site, const Section& section) {
  const std::string& from = section.route.url;
  mustache::List pages;
  for (const Page* page : section.pages) {
    pages.push_back(mustache::Map{{"title", page->meta.title.value},
                                  {"url", relative_url(from, page->route.url)},
                                  {"summary", page->meta.summary.value},
                                  has_date(page->meta.date),
                                  date_iso(page->meta.date),
                                  date_display(page->meta.date)});
  }
  mustache::List subsections;
  for (const std::string& child : section.children) {
    subsections.push_back(mustache::Map{{"title", section_title(site, child)},
                                     {"url", relative_url(from, folder_url(child))},
                                     {"summary", section_summary(site, child)}});
  }
  context["has_pages"] = !pages.empty();
  context["pages"] = std::move(pages);
  context["has_subsections"] = !subsections.empty();
  context["subsections"] = std::move(subsections);
}

}  // namespace

mustache::Map page_context(SharedPageValues& shared, const Page& page) {
  const Site& site = shared.site();
  if (page.is_section_index) return section_context(shared, site.sections.at(page.section));
  mustache::Map context = values_every_page_gets(shared, page.route.url, page.section, true);
  context["page"] = page_values(site, page, "page");
  return context;
}

mustache::Map section_context(SharedPageValues& shared, const Section& section) {
  const Site& site = shared.site();
  mustache::Map context = values_every_page_gets(shared, section.route.url, section.path, false);
  std::string_view kind = section.path.empty() ? "home" : "section";
  if (section.index) {
    context["page"] = page_values(site, *section.index, kind);
  } else {
    context["page"] = untitled_page_values(site, section_title(site, section.path), kind);
  }
  add_listing(context, site, section);
  return context;
}

mustache::Map generated_page_context(SharedPageValues& shared, const GeneratedPage& page) {
  const Site& site = shared.site();
  mustache::Map context = values_every_page_gets(shared, page.route.url, page.section, true);
  mustache::List& crumbs = *context["breadcrumbs"].as_list();
  for (const auto& [title, url] : page.crumbs) {
    crumbs.push_back(mustache::Map{{"title", title}, {"url", relative_url(page.route.url, url)}});
  }
  context["has_breadcrumbs"] = !crumbs.empty();
  context["page"] = untitled_page_values(site, page.title, "data");
  context["data"] = page.values();
  return context;
}

mustache::Map not_found_context(SharedPageValues& shared) {
  const Site& site = shared.site();
  // 404.html is served for missing pages at any depth, so its links cannot be relative:
  // they start from the site's public address when site.toml gives one.
  mustache::Map context = values_every_page_gets(shared, "", "", false);
  std::string base_path = "/";
  const std::string& base = site.config.base_url.value;
  if (auto scheme = base.find("://"); scheme != std::string::npos) {
    auto slash = base.find('/', scheme + 3);
    base_path = slash == std::string::npos ? "/" : base.substr(slash);
  }
  context["root"] = base_path;
  mustache::Map site_links = site_values(site, "");
  for (const char* key : {"home_url", "search_url", "accessibility_url", "feed_url"}) {
    site_links[key] = base_path + std::string(site_links[key].as_string());
  }
  context["site"] = std::move(site_links);
  mustache::List nav = nav_values(site, "", "");
  for (mustache::Value& node : nav) {
    mustache::Map& item = *node.as_map();
    item["url"] = base_path + std::string(item["url"].as_string());
    item["current"] = false;
  }
  context["nav"] = std::move(nav);
  context["page"] = untitled_page_values(site, "Page not found", "404");
  return context;
}

namespace {

mustache::Schema dated_schema(std::string about, std::vector<mustache::Schema::Field> fields) {
  using mustache::Schema;
  fields.push_back({"has_date", Schema::flag("Whether it has a date.")});
  fields.push_back({"date_iso", Schema::text("Its date as 2024-06-30, for `<time datetime>`; \"\" without one.")});
  fields.push_back({"date_display", Schema::text("Its date as 30 June 2024; \"\" without one.")});
  return Schema::map(std::move(about), std::move(fields));
}

mustache::Schema link_schema(std::string about) {
  using mustache::Schema;
  return Schema::map(std::move(about), {{"title", Schema::text("What the link says.")},
                                        {"url", Schema::text("Where it goes, relative to this page.")}});
}

}  // namespace

const mustache::Schema& common_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "",
      {{"generator", Schema::text("\"cdpsite\" and its version, e.g. cdpsite 0.1.0.")},
       {"root", Schema::text("The relative path from this page to the site's root: \"\" at the root, \"../\" one "
                             "level down. For theme files: `{{root}}css/site.css`.")},
       {"site", Schema::map("The site, from site.toml.",
                            {{"title", Schema::text("The site's title.")},
                             {"description", Schema::text("The site's description.")},
                             {"language", Schema::text("The site's language, e.g. en-GB, for `<html lang>`.")},
                             {"home_url", Schema::text("A link to the home page.")},
                             {"search_url", Schema::text("A link to the search page.")},
                             {"accessibility_url", Schema::text("A link to the accessibility statement.")},
                             {"has_feed", Schema::flag("Whether the site has an Atom feed (site.toml gives base_url).")},
                             {"feed_url", Schema::text("A link to the feed.")}})},
       {"nav", Schema::list("The main menu: home, then each top-level section.",
                            link_schema("").with({{"current", Schema::flag("Whether this page is in that section.")}}))},
       {"breadcrumbs", Schema::list("The way down from the home page to this page's parent.", link_schema(""))},
       {"has_breadcrumbs", Schema::flag("Whether there are breadcrumbs (not on the home page).")},
       {"page", dated_schema("This page.",
                             {{"title", Schema::text("Its title.")},
                              {"window_title", Schema::text("Its title and the site's, for `<title>`: \"Annual report "
                                                            "2024 – Testshire CDP\", or the site's title alone when the "
                                                            "page has none or the same one.")},
                              {"url", Schema::text("A link to itself: index.html.")},
                              {"kind", Schema::text("home, section, page, data or 404.")},
                              {"summary", Schema::text("Its summary, from its front matter.")},
                              {"content", Schema::html("Its body, as HTML: `{{{page.content}}}`.")},
                              {"has_toc", Schema::flag("Whether it shows a table of contents (toc = true and at "
                                                       "least two headings).")},
                              {"toc", Schema::list("Its level 2 headings.",
                                                   Schema::map("", {{"id", Schema::text("The heading's id, for #links.")},
                                                                    {"text", Schema::text("The heading's text.")},
                                                                    {"has_children", Schema::flag("Whether it has level 3 headings.")},
                                                                    {"children", Schema::list("Its level 3 headings.",
                                                                                              Schema::map("", {{"id", Schema::text("The heading's id.")},
                                                                                                               {"text", Schema::text("The heading's text.")}}))}}))}})}});
  return schema;
}

const mustache::Schema& listing_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "", {{"pages", Schema::list("The section's pages, in list order.",
                                  dated_schema("", {{"title", Schema::text("The page's title.")},
                                                    {"url", Schema::text("A link to it.")},
                                                    {"summary", Schema::text("Its summary.")}}))},
           {"has_pages", Schema::flag("Whether the section has pages.")},
           {"subsections", Schema::list("The sections inside this one.",
                                        Schema::map("", {{"title", Schema::text("The section's title.")},
                                                         {"url", Schema::text("A link to it.")},
                                                         {"summary", Schema::text("Its summary.")}}))},
           {"has_subsections", Schema::flag("Whether there are sections inside this one.")}});
  return schema;
}

}  // namespace cdp
