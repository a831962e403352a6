#include "render/shared_page_values.h"

#include <string_view>
#include <vector>

#include "routes/addresses.h"

namespace cdp {

namespace {

std::string_view first_part(std::string_view url) {
  std::vector<std::string_view> parts = split_url(url);
  return parts.empty() ? "" : parts.front();
}

// What the links from `from_url` to the root and to top-level folders depend on: how
// many folders deep it is, and its first folder.
std::string place_of(const std::string& from_url) {
  return std::to_string(split_url(from_url).size()) + "/" + std::string(first_part(from_url));
}

}  // namespace

mustache::Map site_values(const Site& site, const std::string& from_url) {
  return mustache::Map{{"title", site.config.title.value},
                       {"description", site.config.description.value},
                       {"language", site.config.language.value},
                       {"home_url", relative_url(from_url, "")},
                       {"search_url", relative_url(from_url, kSearchUrl)},
                       {"accessibility_url", relative_url(from_url, kAccessibilityUrl)},
                       {"has_feed", !site.config.base_url.value.empty()},
                       {"feed_url", root_prefix(from_url) + kFeedPath}};
}

mustache::List nav_values(const Site& site, const std::string& from_url, const std::string& section) {
  std::string_view top = first_part(section);
  mustache::List nav{mustache::Map{{"title", std::string("Home")},
                                   {"url", relative_url(from_url, "")},
                                   {"current", from_url.empty()}}};
  nav.reserve(site.sections.at("").children.size() + 1);
  for (const std::string& child : site.sections.at("").children) {
    nav.push_back(mustache::Map{{"title", section_title(site, child)},
                                {"url", relative_url(from_url, folder_url(child))},
                                {"current", !from_url.empty() && top == child}});
  }
  return nav;
}

mustache::Value SharedPageValues::site_for(const std::string& from_url) {
  std::string place = "site " + place_of(from_url);
  std::lock_guard lock(mutex_);
  auto [it, added] = made_.try_emplace(std::move(place));
  if (added) it->second = site_values(site_, from_url);
  return mustache::Value::ref(it->second);
}

mustache::Value SharedPageValues::nav_for(const std::string& from_url, const std::string& section) {
  std::string place = "nav " + place_of(from_url) + " in " + std::string(first_part(section));
  std::lock_guard lock(mutex_);
  auto [it, added] = made_.try_emplace(std::move(place));
  if (added) it->second = nav_values(site_, from_url, section);
  return mustache::Value::ref(it->second);
}

}  // namespace cdp
