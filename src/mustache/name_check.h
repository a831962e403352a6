#pragma once
// Checks, when the theme is loaded, that every name a template looks up is one of the
// values cdpsite gives it: {{page.titel}} is reported at its line and column with
// "did you mean page.title?", instead of printing nothing on every page. Names are
// resolved as the renderer resolves them: inside {{#list}} against the list's item,
// then outwards; the partials a template includes are checked where they are included.
#include <vector>

#include "core/diagnostic.h"
#include "mustache/schema.h"
#include "mustache/tree.h"

namespace cdp::mustache {

// A template and the values it is rendered with.
struct Checked {
  const Template* tmpl = nullptr;
  const Schema* given = nullptr;
};

// Checks each template (and the partials it includes) against its values; returns
// how many problems it reported to `diagnostics`. A name in a partial is reported
// (once) only when it has no value wherever the partial is included.
int check_names(const std::vector<Checked>& templates, Diagnostics& diagnostics);

}  // namespace cdp::mustache
