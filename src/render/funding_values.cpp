#include "render/funding_values.h"

#include <algorithm>
#include <map>

#include "format/format.h"
#include "markdown/markdown.h"

namespace cdp {

namespace {

constexpr const char* kNotStated = "not stated";

std::string grants_not_stated(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " grant" : " grants") + " of amount not stated";
}

// The grants' purposes, each grant name and purpose once, in the order written.
mustache::List purposes_of(const Partnership& partnership) {
  mustache::List purposes;
  std::vector<std::pair<std::string, std::string>> seen;
  for (const Grant& grant : partnership.funding) {
    std::pair<std::string, std::string> entry{grant.name.value, grant.purpose.value};
    if (!grant.purpose.present() || std::find(seen.begin(), seen.end(), entry) != seen.end()) continue;
    seen.push_back(entry);
    purposes.push_back(mustache::Map{{"name", grant.name.value}, {"purpose_html", render_inline_markdown(grant.purpose.value)}});
  }
  return purposes;
}

}  // namespace

std::string funding_sum_words(const std::vector<const Grant*>& grants) {
  double stated = 0;
  std::size_t with_amount = 0;
  for (const Grant* grant : grants) {
    if (!grant->amount.present()) continue;
    stated += grant->amount.value;
    ++with_amount;
  }
  std::size_t without = grants.size() - with_amount;
  if (grants.empty()) return "";
  if (with_amount == 0) return grants.size() == 1 ? kNotStated : "amounts not stated";
  std::string words = format_money(stated);
  return without == 0 ? words : words + " plus " + grants_not_stated(without);
}

mustache::List grant_rows(const Partnership& partnership) {
  mustache::List rows;
  for (const Grant& grant : partnership.funding) {
    rows.push_back(mustache::Map{{"name", grant.name.value},
                                 {"area", grant.area.value},
                                 {"year", grant.year.value.display()},
                                 {"amount", funding_sum_words({&grant})},
                                 {"purpose_html", render_inline_markdown(grant.purpose.value)}});
  }
  return rows;
}

mustache::Map funding_table_values(const Partnership& partnership) {
  std::vector<Period> years;
  std::vector<std::string> areas;
  std::map<std::pair<std::string, std::string>, std::vector<const Grant*>> grants;  // (area, year) -> its grants
  for (const Grant& grant : partnership.funding) {
    if (std::find(years.begin(), years.end(), grant.year.value) == years.end()) years.push_back(grant.year.value);
    if (std::find(areas.begin(), areas.end(), grant.area.value) == areas.end()) areas.push_back(grant.area.value);
    grants[{grant.area.value, grant.year.value.display()}].push_back(&grant);
  }
  std::sort(years.begin(), years.end());
  mustache::List year_values, rows;
  for (const Period& year : years) year_values.push_back(mustache::Map{{"label", year.display()}});
  for (const std::string& area : areas) {
    mustache::List cells;
    for (const Period& year : years) {
      auto it = grants.find({area, year.display()});
      cells.push_back(mustache::Map{{"amount", it == grants.end() ? std::string("–") : funding_sum_words(it->second)}});
    }
    rows.push_back(mustache::Map{{"area", area}, {"cells", cells}});
  }
  std::string caption = partnership.funding.empty() ? "" : partnership.funding.front().name.value;
  mustache::List purposes = purposes_of(partnership);
  return mustache::Map{{"caption", caption}, {"years", year_values}, {"rows", rows},
                       {"has_purposes", !purposes.empty()}, {"purposes", purposes}};
}

const mustache::Schema& grant_row_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map("", {{"name", Schema::text("The grant.")},
                                                {"area", Schema::text("The area it is for.")},
                                                {"year", Schema::text("The year or years, e.g. 2024/25, or 2022/23 to 2024/25.")},
                                                {"amount", Schema::text("The amount, e.g. £1,200,000, or not stated.")},
                                                {"purpose_html", Schema::html("What it is for, as HTML; \"\" when not given.")}});
  return schema;
}

const mustache::Schema& funding_table_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "", {{"caption", Schema::text("The first grant's name, for the table's caption.")},
           {"years", Schema::list("The years, oldest first.", Schema::map("", {{"label", Schema::text("The year, e.g. 2024/25.")}}))},
           {"rows", Schema::list("One row per area.",
                                 Schema::map("", {{"area", Schema::text("The area.")},
                                                  {"cells", Schema::list("One per year.",
                                                                         Schema::map("", {{"amount", Schema::text("The amount, – when none, or e.g. £916,000 plus 1 grant of amount not stated.")}}))}}))},
           {"has_purposes", Schema::flag("Whether any grant says what it is for.")},
           {"purposes", Schema::list("What each grant is for, each grant once.",
                                     Schema::map("", {{"name", Schema::text("The grant.")},
                                                      {"purpose_html", Schema::html("What it is for, as HTML.")}}))}});
  return schema;
}

}  // namespace cdp
