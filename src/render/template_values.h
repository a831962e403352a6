#pragma once
// Which values each template cdpsite renders is given, described once: the theme's
// templates are checked against these descriptions when they are loaded, and
// docs/templates.md (what web teams read) is written from them. Each description is
// declared beside the code that builds those values.
#include <string>
#include <vector>

#include "mustache/schema.h"

namespace cdp {

struct TemplateValues {
  std::string name;       // the template: "page", "data/metric", "shortcodes/chart"
  std::string used_for;   // what cdpsite renders with it, one sentence
  bool common = true;     // given the values every page gets (common_values_schema)
  mustache::Schema own;   // what it is given besides those
  mustache::Schema given; // everything it is given: the common values (if any) and its own
};

// Every template cdpsite renders, in the order docs/templates.md lists them. Partials
// are not listed: they are checked where they are included, with what is given there.
const std::vector<TemplateValues>& every_template_values();

// docs/templates.md's listing of the values: the common ones, then each template's own.
std::string template_values_reference();

}  // namespace cdp
