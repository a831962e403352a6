#pragma once
// Builds the tree of a template from its tokens, matching each {{/name}} with the
// section it closes; a section left open, closed twice or crossed by another is
// reported where the reader can fix it.
#include "core/diagnostic.h"
#include "mustache/tree.h"

namespace cdp::mustache {

// Parses `tmpl.file` into `tmpl.nodes` (partials are left unresolved); returns how
// many problems it reported to `diagnostics`.
int parse(Template& tmpl, Diagnostics& diagnostics);

}  // namespace cdp::mustache
