#pragma once
// A partnership's grants (funding.toml) as template values, for its about page and the
// funding shortcode. A grant may have no amount (the report does not give it): it is
// shown as "not stated", and a sum that includes one says so ("£1.7m plus 1 grant of
// amount not stated") rather than adding it as nothing.
#include <string>
#include <vector>

#include "model/cdp.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

// The sum of `grants` in words: "£1,700,000" (format_money), "£1.7m plus 2 grants of
// amount not stated", "amount not stated" when none of them gives one; "" for none.
std::string funding_sum_words(const std::vector<const Grant*>& grants);

// One row per grant, in the order written: name, area, year, amount, purpose_html.
mustache::List grant_rows(const Partnership& partnership);

// The funding shortcode's tables, one per grant (the [[grant]] entries of one name),
// each captioned with its name: areas by year, each cell the sum of that grant's
// entries for that area and year, with its purposes below. One table for all grants
// would put a "not stated" under the first grant's name.
mustache::Map funding_table_values(const Partnership& partnership);

// What grant_rows gives, one row.
const mustache::Schema& grant_row_schema();
// What funding_table_values gives.
const mustache::Schema& funding_table_schema();

}  // namespace cdp
