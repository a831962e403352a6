#pragma once
// What a partnership's about page shows of its governance over time: its meetings (a
// summary in words and the board's decisions as a timeline) and where it stands on
// each national milestone.
#include "model/cdp.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

// "The partnership first met in November 2022. It meets quarterly. It had held 8
// meetings by 30 September 2024." (each sentence only when its fact is given).
std::string meetings_summary(const Meetings& meetings);

// How often it meets, as a short fact with a capital: "Quarterly", "Once a year"; ""
// when not given.
std::string frequency_fact(const Meetings& meetings);

// The meetings of `partnership`, for the about page (meetings_schema()).
mustache::Map meetings_values(const Meetings& meetings);
const mustache::Schema& meetings_schema();

// The national milestones for the about page (milestones_schema()): those the
// partnership reports on with its status, and the ones it does not mention, which are
// said once as a group ("Not reported yet: 7 milestones"), never as a row each.
mustache::Map milestones_values(const std::vector<MilestoneDefinition>& milestones,
                                const std::vector<MilestoneReport>& reports);
const mustache::Schema& milestones_schema();

}  // namespace cdp
