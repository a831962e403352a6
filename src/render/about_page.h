#pragma once
// A partnership's about page (data/about) as template values: vision, area, governance,
// the roles (each held by a person or a post, with its own reporting line), members by
// sector, funding and contact (officer, addresses, a phone number as a tel: link).
#include "model/cdp.h"
#include "mustache/schema.h"
#include "mustache/value.h"

namespace cdp {

// What data/about is given as "data".
// A partnership's members by sector, sectors in alphabetical order ("Other" for members
// with none): for the about page and the members shortcode.
mustache::List sectors_of(const Partnership& partnership);

mustache::Map about_values(const Partnership& partnership, const CdpData& data, const std::string& url);

// What about_values gives.
const mustache::Schema& about_values_schema();

}  // namespace cdp
