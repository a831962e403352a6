#pragma once
// The pages a partnership gets from its data without writing any HTML: about (members
// by sector, governance, roles, footprint, funding), priorities and a page per
// priority (actions and their status, metrics), and a metrics dashboard grouped by
// outcome with a page per metric (latest value, change, target and comparators in
// words, every value as a table, source, definition, downloads). Every value reaches
// the templates ready to print.
#include <functional>
#include <string>
#include <vector>

#include "model/cdp.h"
#include "model/site.h"
#include "mustache/schema.h"
#include "mustache/value.h"
#include "render/generated_page.h"

namespace cdp {

// Metric cards (metric_view_values plus `url` of the metric's page) for the `ids` that
// the partnership has figures for, linked from `from_url`; one card per metric, however
// often `ids` names it.
mustache::List metric_cards(const std::vector<std::string>& ids, const Partnership& partnership, const CdpData& data,
                          const Date& today, const std::string& from_url);

// What a chart or table calls the partnership: its short name, or its name.
std::string area_name(const Partnership& partnership);

// The partnership whose folder holds `section` (the deepest one), or nullptr.
const Partnership* partnership_owning(const std::string& section, const CdpData& data);

// Every data page of every partnership.
std::vector<GeneratedPage> partnership_pages(const CdpData& data, const Date& today);

// Links from a partnership's own section page to its data pages and downloads:
// about_url, has_priorities, priorities_url, has_metrics, metrics_url, csv_url, json_url.
mustache::Map partnership_links(const Partnership& partnership, const std::string& from_url);


// What the templates of a partnership's pages are given as "data": data/about,
// data/priorities, data/priority, data/metrics and data/metric (data/about's is in
// render/about_page.h).
const mustache::Schema& priorities_values_schema();
const mustache::Schema& priority_values_schema();
const mustache::Schema& metrics_values_schema();
const mustache::Schema& metric_values_schema();
// What partnership_links gives.
const mustache::Schema& partnership_links_schema();

}  // namespace cdp
