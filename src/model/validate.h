#pragma once
// Checks of the CDP data that span files or need the metric catalogue: references to
// metrics and outcomes, impossible values for a metric's unit, targets dated before
// their baseline, and partnerships that would share an address.
#include "core/diagnostic.h"
#include "model/cdp.h"

namespace cdp {

// Adds a diagnostic for every problem found.
void validate_cdp_data(const CdpData& data, Diagnostics& diagnostics);

// Why `value` is impossible for `unit` ("a percentage cannot be over 100"), or "".
std::string impossible_value_reason(double value, Unit unit);

}  // namespace cdp
