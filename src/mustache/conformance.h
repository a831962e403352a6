#pragma once
// Whether values are what their schema says: every name documented, each of the kind
// documented. The render code's tests hold the values it builds to the schema the
// templates are checked against and web teams read, so that neither drifts.
#include <string>
#include <vector>

#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp::mustache {

// Each way `value` departs from `schema`, one line each ("page.titel: not described",
// "nav: a map where the schema says list"); empty when it conforms. Names described
// but absent are fine: many values are given only to some pages.
std::vector<std::string> departures(const Value& value, const Schema& schema);

}  // namespace cdp::mustache
