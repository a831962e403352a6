#pragma once
// Figures as they stood on a date: a document with `as_of` shows the latest value
// whose period had ended by then, the target in force then, and the comparators'
// values known then, so that publishing next year's data never rewrites last year's
// report.
#include <optional>

#include "model/cdp.h"

namespace cdp {

// The latest observation whose period ended on or before `as_of` (all when absent).
const Observation* latest_as_of(const std::vector<Observation>& values, const std::optional<Date>& as_of);
// The one before it, for "change since", or nullptr.
const Observation* previous_as_of(const std::vector<Observation>& values, const std::optional<Date>& as_of);
// The comparator's value for `period` if known by `as_of`, else its latest known then.
const Observation* comparator_value(const Comparator& comparator, const Period& period,
                                    const std::optional<Date>& as_of);
// The newest target set by `as_of` (targets without set_on count as always set).
const Target* target_as_of(const MetricSeries& series, const std::optional<Date>& as_of);

}  // namespace cdp
