#include "render/partnership_pages.h"

#include <map>

#include "render/chart.h"
#include "model/figures.h"
#include "render/format.h"
#include "render/markdown.h"
#include "render/metric_view.h"
#include "render/open_data.h"
#include "render/page_context.h"

namespace cdp {

namespace {

std::string markdown_block(const std::string& text) {
  return text.empty() ? "" : render_markdown(text, {}, {}, {}).html;
}

mstch::array named_list(const std::vector<std::string>& values, const std::string& key) {
  mstch::array items;
  for (const std::string& value : values) items.push_back(mstch::map{{key, value}});
  return items;
}

mstch::array sectors_of(const Partnership& partnership) {
  std::map<std::string, mstch::array> by_sector;
  for (const Member& member : partnership.members) {
    by_sector[member.sector.value.empty() ? "Other" : member.sector.value].push_back(
        mstch::map{{"organisation", member.organisation.value}});
  }
  mstch::array sectors;
  for (auto& [sector, members] : by_sector) sectors.push_back(mstch::map{{"sector", sector}, {"members", members}});
  return sectors;
}

mstch::array funding_rows(const Partnership& partnership) {
  mstch::array rows;
  for (const Grant& grant : partnership.funding) {
    rows.push_back(mstch::map{{"name", grant.name.value}, {"area", grant.area.value},
                              {"year", grant.year.value.display()}, {"amount", format_money(grant.amount.value)}});
  }
  return rows;
}

mstch::map about_values(const Partnership& partnership) {
  mstch::array roles, governance;
  for (const Role& role : partnership.roles) {
    roles.push_back(mstch::map{{"role", role.role.value}, {"person", role.person.value},
                               {"job_title", role.job_title.value}, {"organisation", role.organisation.value}});
  }
  for (const GovernanceLink& link : partnership.governance) {
    governance.push_back(mstch::map{{"body", link.body.value}, {"relationship", link.relationship.value}});
  }
  mstch::array sectors = sectors_of(partnership);
  mstch::array funding = funding_rows(partnership);
  return mstch::map{{"name", partnership.name.value},
                    {"short_name", partnership.short_name.value},
                    {"established", partnership.established.present() ? partnership.established.value.display()
                                                                      : std::string()},
                    {"vision_html", markdown_block(partnership.vision.value)},
                    {"has_footprint", !partnership.footprint.value.empty()},
                    {"footprint", named_list(partnership.footprint.value, "area")},
                    {"has_members", !sectors.empty()},
                    {"sectors", sectors},
                    {"has_roles", !roles.empty()},
                    {"roles", roles},
                    {"has_governance", !governance.empty()},
                    {"governance", governance},
                    {"has_funding", !funding.empty()},
                    {"funding", funding},
                    {"meetings", partnership.meetings.value},
                    {"email", partnership.contact.email.value},
                    {"phone", partnership.contact.phone.value}};
}

}  // namespace

mstch::array metric_cards(const std::vector<std::string>& ids, const Partnership& partnership, const CdpData& data,
                          const Date& today, const std::string& from_url) {
  mstch::array cards;
  for (const std::string& id : ids) {
    auto definition = data.catalogue.find(id);
    auto series = partnership.metrics.find(id);
    if (definition == data.catalogue.end() || series == partnership.metrics.end()) continue;
    mstch::map card = metric_view_values(make_metric_view(definition->second, &series->second, std::nullopt, today));
    card["url"] = relative_url(from_url, metric_url(partnership, id));
    cards.push_back(card);
  }
  return cards;
}

namespace {

std::vector<std::string> metric_ids(const std::vector<Located<std::string>>& located) {
  std::vector<std::string> ids;
  for (const auto& id : located) ids.push_back(id.value);
  return ids;
}

mstch::array national_values(const Priority& priority) {
  mstch::array national;
  for (const auto& item : priority.national) national.push_back(mstch::map{{"name", std::string(term(item.value).words)}});
  return national;
}

mstch::map priority_values(const Priority& priority, const Partnership& partnership, const CdpData& data,
                           const Date& today, const std::string& url) {
  mstch::array evidence, actions;
  for (const Evidence& item : priority.evidence) {
    evidence.push_back(mstch::map{{"figure", item.figure.value}, {"text_html", render_inline_markdown(item.text.value)}});
  }
  for (const Action& action : priority.actions) actions.push_back(action_values(action));
  mstch::array cards = metric_cards(metric_ids(priority.metrics), partnership, data, today, url);
  return mstch::map{{"number", std::to_string(priority.number.value)},
                    {"title_html", render_inline_markdown(priority.title.value)},
                    {"group", priority.group.value},
                    {"national", national_values(priority)},
                    {"what_we_know_html", markdown_block(priority.what_we_know.value)},
                    {"has_evidence", !evidence.empty()},
                    {"evidence", evidence},
                    {"what_we_will_do_html", markdown_block(priority.what_we_will_do.value)},
                    {"has_actions", !actions.empty()},
                    {"actions", actions},
                    {"caption", "Actions for priority " + std::to_string(priority.number.value)},
                    {"contribution_html", markdown_block(priority.contribution.value)},
                    {"has_metrics", !cards.empty()},
                    {"metrics", cards}};
}

mstch::map priorities_values(const Partnership& partnership, const std::string& url) {
  std::vector<std::string> group_order;
  std::map<std::string, mstch::array> by_group;
  for (const Priority& priority : partnership.priorities) {
    const std::string& group = priority.group.value;
    if (!by_group.count(group)) group_order.push_back(group);
    by_group[group].push_back(mstch::map{{"number", std::to_string(priority.number.value)},
                                         {"title_html", render_inline_markdown(priority.title.value)},
                                         {"url", relative_url(url, url + priority.id + "/")},
                                         {"national", national_values(priority)},
                                         {"action_count", std::to_string(priority.actions.size())}});
  }
  mstch::array groups;
  for (const std::string& group : group_order) {
    std::string heading = group.empty() ? "Local priorities" : group + " priorities";
    groups.push_back(mstch::map{{"heading", heading}, {"priorities", by_group[group]}});
  }
  return mstch::map{{"name", partnership.name.value}, {"groups", groups}};
}

mstch::map metrics_values(const Partnership& partnership, const CdpData& data, const Date& today,
                          const std::string& url) {
  mstch::array outcomes;
  for (const Outcome& outcome : data.outcomes) {
    std::vector<std::string> ids;
    for (const auto& [id, series] : partnership.metrics) {
      if (data.catalogue.at(id).outcome.value == outcome.id) ids.push_back(id);
    }
    mstch::array cards = metric_cards(ids, partnership, data, today, url);
    if (cards.empty()) continue;
    outcomes.push_back(mstch::map{{"name", outcome.name},
                                  {"kind", std::string(outcome.strategic ? "Strategic outcome" : "Intermediate outcome")},
                                  {"metrics", cards}});
  }
  std::string downloads = open_data_folder(partnership);
  return mstch::map{{"name", partnership.name.value},
                    {"outcomes", outcomes},
                    {"csv_url", relative_url(url, downloads + "metrics.csv")},
                    {"json_url", relative_url(url, downloads + "metrics.json")}};
}

mstch::array value_rows(const std::vector<Observation>& values, Unit unit) {
  mstch::array rows;
  for (const Observation& value : values) {
    rows.push_back(mstch::map{
        {"period", value.period.value.display()},
        {"value", format_value(value.value.value, unit)},
        {"numerator", value.numerator ? format_number(*value.numerator, shown_decimals(Unit::kCount, *value.numerator)) : ""},
        {"denominator", value.denominator ? format_number(*value.denominator, shown_decimals(Unit::kCount, *value.denominator)) : ""},
        {"note_html", render_inline_markdown(value.note.value)}});
  }
  return rows;
}

mstch::map metric_values(const MetricDefinition& definition, const MetricSeries& series, const Partnership& partnership,
                         const Date& today, const std::string& url) {
  mstch::map values = metric_view_values(make_metric_view(definition, &series, std::nullopt, today));
  mstch::array comparators;
  for (const Comparator& comparator : series.comparators) {
    comparators.push_back(mstch::map{{"name", comparator.name.value},
                                     {"rows", value_rows(comparator.values, definition.unit.value)}});
  }
  std::string downloads = open_data_folder(partnership);
  values["chart"] = chart_values(make_chart(definition, series, area_name(partnership), std::nullopt, "chart-" + definition.id));
  values["rows"] = value_rows(series.values, definition.unit.value);
  values["has_comparator_tables"] = !comparators.empty();
  values["comparator_tables"] = comparators;
  values["definition_html"] = markdown_block(definition.definition.value);
  values["notes_html"] = markdown_block(series.notes.value);
  values["unit_name"] = std::string(term(definition.unit.value).in_words);
  values["csv_url"] = relative_url(url, downloads + "metrics.csv");
  values["json_url"] = relative_url(url, downloads + "metrics.json");
  return values;
}

void add_partnership_pages(const Partnership& partnership, const CdpData& data, const Date& today,
                           std::vector<GeneratedPage>& pages) {
  const std::string& name = partnership.name.value;
  pages.push_back({route_at(about_url(partnership)), partnership.folder, "About the " + name, "data/about",
                   [&partnership] { return about_values(partnership); }, {}});
  if (!partnership.priorities.empty()) {
    std::string list = priorities_url(partnership);
    pages.push_back({route_at(list), partnership.folder, "Priorities", "data/priorities",
                     [&partnership, list] { return priorities_values(partnership, list); }, {}});
    for (const Priority& priority : partnership.priorities) {
      std::string url = priority_url(partnership, priority);
      pages.push_back({route_at(url), partnership.folder,
                       "Priority " + std::to_string(priority.number.value) + ": " + priority.title.value,
                       "data/priority",
                       [&priority, &partnership, &data, today, url] {
                         return priority_values(priority, partnership, data, today, url);
                       },
                       {{"Priorities", list}}});
    }
  }
  if (!partnership.metrics.empty()) {
    std::string list = metrics_url(partnership);
    pages.push_back({route_at(list), partnership.folder, "Metrics", "data/metrics",
                     [&partnership, &data, today, list] { return metrics_values(partnership, data, today, list); },
                     {}});
    for (const auto& entry : partnership.metrics) {
      const MetricSeries& series = entry.second;  // a named variable: lambdas cannot capture structured bindings in C++20
      const MetricDefinition& definition = data.catalogue.at(entry.first);
      std::string url = metric_url(partnership, entry.first);
      pages.push_back({route_at(url), partnership.folder, definition.name.value, "data/metric",
                       [&definition, &series, &partnership, today, url] {
                         return metric_values(definition, series, partnership, today, url);
                       },
                       {{"Metrics", list}}});
    }
  }
}

}  // namespace

mstch::map partnership_links(const Partnership& partnership, const std::string& from_url) {
  std::string downloads = open_data_folder(partnership);
  return mstch::map{{"about_url", relative_url(from_url, about_url(partnership))},
                    {"has_priorities", !partnership.priorities.empty()},
                    {"priorities_url", relative_url(from_url, priorities_url(partnership))},
                    {"has_metrics", !partnership.metrics.empty()},
                    {"metrics_url", relative_url(from_url, metrics_url(partnership))},
                    {"csv_url", relative_url(from_url, downloads + "metrics.csv")},
                    {"json_url", relative_url(from_url, downloads + "metrics.json")}};
}

std::string area_name(const Partnership& partnership) {
  return partnership.short_name.value.empty() ? partnership.name.value : partnership.short_name.value;
}

const Partnership* partnership_owning(const std::string& section, const CdpData& data) {
  const Partnership* found = nullptr;
  for (const Partnership& partnership : data.partnerships) {
    const std::string& folder = partnership.folder;
    bool inside = folder.empty() || section == folder || section.starts_with(folder + "/");
    if (inside && (!found || folder.size() > found->folder.size())) found = &partnership;
  }
  return found;
}

std::vector<GeneratedPage> partnership_pages(const CdpData& data, const Date& today) {
  std::vector<GeneratedPage> pages;
  for (const Partnership& partnership : data.partnerships) add_partnership_pages(partnership, data, today, pages);
  return pages;
}

}  // namespace cdp
