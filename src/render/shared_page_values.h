#pragma once
// The values that many pages share: the site's links and the main menu. They depend on
// a page only through how deep its address is and which top-level folder it is in (and,
// for the menu, which top-level section the page belongs to), so each is made once for
// each such place and then read by reference: a 10,000-page site has a few dozen places,
// and making the menu for every page was a tenth of a build.
#include <map>
#include <mutex>
#include <string>

#include "model/site.h"
#include "mustache/value.h"

namespace cdp {

// The site's values for a page at `from_url`: title, description, language and links.
mustache::Map site_values(const Site& site, const std::string& from_url);
// Home, then each top-level section; `current` is the top-level section of `section`.
mustache::List nav_values(const Site& site, const std::string& from_url, const std::string& section);

// site_values and nav_values, made once per place and shared. Safe to use from several
// threads; what it gives is valid while it lives.
class SharedPageValues {
 public:
  explicit SharedPageValues(const Site& site) : site_(site) {}

  const Site& site() const { return site_; }
  mustache::Value site_for(const std::string& from_url);
  mustache::Value nav_for(const std::string& from_url, const std::string& section);

 private:
  const Site& site_;
  std::mutex mutex_;
  std::map<std::string, mustache::Value> made_;  // by place; a map's entries never move
};

}  // namespace cdp
