#pragma once
// Open data of a partnership's governance over time: its meetings (first meeting,
// frequency, meetings held, the board's decisions) and its status on every national
// milestone, as <folder>/open-data/governance.json. Published only for a partnership
// whose partnership.toml gives meetings or milestones.
#include <string>

#include "model/cdp.h"

namespace cdp {

// The text of its governance.json; milestones it does not mention have the status
// "not reported".
std::string governance_json(const Partnership& partnership, const CdpData& data);

}  // namespace cdp
