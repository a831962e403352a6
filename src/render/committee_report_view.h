#pragma once
// What a document's page shows of a council committee report's metadata: each detail
// as a term and its words ("Key decision": "No"), and the recommendations as HTML.
#include "model/committee_report.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

// The words for a list of wards: "Abbey", "Abbey and Darley", "Abbey, Arboretum and Darley".
std::string wards_in_words(const std::vector<std::string>& wards);

// "No"; "Yes, under paragraph 3 of Schedule 12A to the Local Government Act 1972".
std::string exempt_in_words(const CommitteeReport& report);

// The values committee_report_schema() describes.
mustache::Map committee_report_values(const CommitteeReport& report);
const mustache::Schema& committee_report_schema();

}  // namespace cdp
