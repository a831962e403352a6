#pragma once
// The hint for a metric id that is not in the catalogue: the id meant when it is a
// typo, else the closest few ids with their names, so that a writer can tell which is
// which (33 bare ids, as in "expected one of: ...", say nothing of what each counts).
#include <map>
#include <string>
#include <string_view>

#include "model/cdp.h"

namespace cdp {

// "did you mean `numbers-in-treatment` (Numbers in treatment (adults))?", or "the
// closest are `a` (A's name), `b` (B's name) and `c` (C's name)".
std::string metric_id_hint(std::string_view id, const std::map<std::string, MetricDefinition>& catalogue);

}  // namespace cdp
