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

// A grant's entries (funding.toml's [[grant]] of one name), in the order written.
struct NamedGrant {
  std::string name;
  std::vector<const Grant*> entries;
};

std::vector<NamedGrant> grants_by_name(const Partnership& partnership) {
  std::vector<NamedGrant> grants;
  for (const Grant& grant : partnership.funding) {
    auto same = std::find_if(grants.begin(), grants.end(), [&](const NamedGrant& g) { return g.name == grant.name.value; });
    if (same == grants.end()) same = grants.insert(grants.end(), NamedGrant{grant.name.value, {}});
    same->entries.push_back(&grant);
  }
  return grants;
}

// A grant's purposes, each once, in the order written.
mustache::List purposes_of(const NamedGrant& grant) {
  mustache::List purposes;
  std::vector<std::string> seen;
  for (const Grant* entry : grant.entries) {
    if (!entry->purpose.present() || std::find(seen.begin(), seen.end(), entry->purpose.value) != seen.end()) continue;
    seen.push_back(entry->purpose.value);
    purposes.push_back(mustache::Map{{"name", grant.name}, {"purpose_html", render_inline_markdown(entry->purpose.value)}});
  }
  return purposes;
}

// One grant's table: its areas by its years, each cell the sum of its entries for them.
mustache::Map grant_table(const NamedGrant& grant) {
  std::vector<Period> years;
  std::vector<std::string> areas;
  std::map<std::pair<std::string, std::string>, std::vector<const Grant*>> entries;  // (area, year) -> entries
  for (const Grant* entry : grant.entries) {
    if (std::find(years.begin(), years.end(), entry->year.value) == years.end()) years.push_back(entry->year.value);
    if (std::find(areas.begin(), areas.end(), entry->area.value) == areas.end()) areas.push_back(entry->area.value);
    entries[{entry->area.value, entry->year.value.display()}].push_back(entry);
  }
  std::sort(years.begin(), years.end());
  mustache::List year_values, rows;
  for (const Period& year : years) year_values.push_back(mustache::Map{{"label", year.display()}});
  for (const std::string& area : areas) {
    mustache::List cells;
    for (const Period& year : years) {
      auto it = entries.find({area, year.display()});
      cells.push_back(mustache::Map{{"amount", it == entries.end() ? std::string("–") : funding_sum_words(it->second)}});
    }
    rows.push_back(mustache::Map{{"area", area}, {"cells", cells}});
  }
  mustache::List purposes = purposes_of(grant);
  return mustache::Map{{"caption", grant.name}, {"years", year_values}, {"rows", rows},
                       {"has_purposes", !purposes.empty()}, {"purposes", purposes}};
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
  mustache::List tables;
  for (const NamedGrant& grant : grants_by_name(partnership)) tables.push_back(grant_table(grant));
  return mustache::Map{{"grants", tables}};
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
  static const Schema table = Schema::map(
      "", {{"caption", Schema::text("The grant's name, the table's caption.")},
           {"years", Schema::list("The grant's years, oldest first.", Schema::map("", {{"label", Schema::text("The year, e.g. 2024/25.")}}))},
           {"rows", Schema::list("One row per area the grant is for.",
                                 Schema::map("", {{"area", Schema::text("The area.")},
                                                  {"cells", Schema::list("One per year.",
                                                                         Schema::map("", {{"amount", Schema::text("The amount, – when none, not stated, or e.g. £916,000 plus 1 grant of amount not stated.")}}))}}))},
           {"has_purposes", Schema::flag("Whether the grant says what it is for.")},
           {"purposes", Schema::list("What the grant is for, each purpose once.",
                                     Schema::map("", {{"name", Schema::text("The grant.")},
                                                      {"purpose_html", Schema::html("What it is for, as HTML.")}}))}});
  static const Schema schema =
      Schema::map("", {{"grants", Schema::list("One table per grant (the [[grant]] entries of one name), in the order written.", table)}});
  return schema;
}

}  // namespace cdp
