#include "render/partnership_pages.h"

#include <map>

#include "render/about_page.h"
#include "charts/chart.h"
#include "model/figures.h"
#include "format/format.h"
#include "markdown/markdown.h"
#include "charts/grouped_chart.h"
#include "render/metric_view.h"
#include "render/page_context.h"

namespace cdp {

namespace {

std::string markdown_block(const std::string& text) {
  return text.empty() ? "" : render_markdown(text, {}, {}, {}).html;
}

}  // namespace

mustache::List metric_cards(const std::vector<std::string>& ids, const Partnership& partnership, const CdpData& data,
                          const Date& today, const std::string& from_url) {
  mustache::List cards;
  for (const std::string& id : ids) {
    auto definition = data.catalogue.find(id);
    auto series = partnership.metrics.find(id);
    if (definition == data.catalogue.end() || series == partnership.metrics.end()) continue;
    mustache::Map card = metric_view_values(make_metric_view(definition->second, &series->second, std::nullopt, today));
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

mustache::List national_values(const Priority& priority) {
  mustache::List national;
  for (const auto& item : priority.national) national.push_back(mustache::Map{{"name", std::string(term(item.value).words)}});
  return national;
}

mustache::Map priority_values(const Priority& priority, const Partnership& partnership, const CdpData& data,
                           const Date& today, const std::string& url) {
  mustache::List evidence, actions;
  for (const Evidence& item : priority.evidence) {
    evidence.push_back(mustache::Map{{"figure", item.figure.value}, {"text_html", render_inline_markdown(item.text.value)}});
  }
  for (const Action& action : priority.actions) actions.push_back(action_values(action));
  mustache::List cards = metric_cards(metric_ids(priority.metrics), partnership, data, today, url);
  return mustache::Map{{"number", std::to_string(priority.number.value)},
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

// "System priorities" for the group "System"; a group already named "... priorities"
// (any case) is left as it is.
std::string group_heading(const std::string& group) {
  if (group.empty()) return "Local priorities";
  std::string lower;
  for (char c : group) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower.ends_with("priorities") || lower.ends_with("priority")) return group;
  return group + " priorities";
}

mustache::Map priorities_values(const Partnership& partnership, const std::string& url) {
  std::vector<std::string> group_order;
  std::map<std::string, mustache::List> by_group;
  for (const Priority& priority : partnership.priorities) {
    const std::string& group = priority.group.value;
    if (!by_group.count(group)) group_order.push_back(group);
    by_group[group].push_back(mustache::Map{{"number", std::to_string(priority.number.value)},
                                         {"title_html", render_inline_markdown(priority.title.value)},
                                         {"url", relative_url(url, priority_url(partnership, priority))},
                                         {"national", national_values(priority)},
                                         {"action_count", std::to_string(priority.actions.size())}});
  }
  mustache::List groups;
  for (const std::string& group : group_order) {
    std::string heading = group_heading(group);
    groups.push_back(mustache::Map{{"heading", heading}, {"priorities", by_group[group]}});
  }
  return mustache::Map{{"name", partnership.name.value}, {"groups", groups}};
}

mustache::Map metrics_values(const Partnership& partnership, const CdpData& data, const Date& today,
                          const std::string& url) {
  mustache::List outcomes;
  for (const Outcome& outcome : data.outcomes) {
    std::vector<std::string> ids;
    for (const auto& [id, series] : partnership.metrics) {
      if (data.catalogue.at(id).outcome.value == outcome.id) ids.push_back(id);
    }
    mustache::List cards = metric_cards(ids, partnership, data, today, url);
    if (cards.empty()) continue;
    outcomes.push_back(mustache::Map{{"name", outcome.name},
                                  {"kind", std::string(term(outcome.kind.value).words)},
                                  {"metrics", cards}});
  }
  std::string downloads = open_data_folder(partnership);
  return mustache::Map{{"name", partnership.name.value},
                    {"outcomes", outcomes},
                    {"csv_url", relative_url(url, downloads + kMetricsCsv)},
                    {"json_url", relative_url(url, downloads + kMetricsJson)}};
}

// A numerator or denominator as a count ("" when not given).
std::string count_text(const Located<double>& count) {
  return count.present() ? format_number(count.value, shown_decimals(Unit::kCount, count.value)) : "";
}

mustache::List value_rows(const std::vector<Observation>& values, Unit unit) {
  mustache::List rows;
  for (const Observation& value : values) {
    rows.push_back(mustache::Map{
        {"period", value.period.value.display()},
        {"value", format_value(value.figure.value, unit, value.decimals)},
        {"numerator", count_text(value.numerator)},
        {"denominator", count_text(value.denominator)},
        {"note_html", render_inline_markdown(value.note.value)}});
  }
  return rows;
}

// Each breakdown of the metric under its heading, as a grouped chart with its table.
mustache::List breakdown_values(const MetricDefinition& definition, const MetricSeries& series) {
  mustache::List breakdowns;
  for (std::size_t i = 0; i < series.breakdowns.size(); ++i) {
    const Breakdown& breakdown = series.breakdowns[i];
    std::string id = "chart-" + definition.id + "-breakdown-" + std::to_string(i + 1);
    breakdowns.push_back(mustache::Map{{"heading", breakdown_heading(breakdown)},
                                       {"chart", chart_values(make_grouped_chart(definition, breakdown, std::nullopt, id))}});
  }
  return breakdowns;
}

mustache::Map metric_values(const MetricDefinition& definition, const MetricSeries& series, const Partnership& partnership,
                         const Date& today, const std::string& url) {
  mustache::Map values = metric_view_values(make_metric_view(definition, &series, std::nullopt, today));
  mustache::List comparators;
  for (const Comparator& comparator : series.comparators) {
    comparators.push_back(mustache::Map{{"name", comparator.name.value},
                                     {"rows", value_rows(comparator.values, definition.unit.value)}});
  }
  std::string downloads = open_data_folder(partnership);
  values["chart"] = chart_values(make_chart(definition, series, area_name(partnership), std::nullopt, "chart-" + definition.id));
  values["rows"] = value_rows(series.values, definition.unit.value);
  values["has_rows"] = !series.values.empty();
  values["has_breakdowns"] = !series.breakdowns.empty();
  values["breakdowns"] = breakdown_values(definition, series);
  values["has_comparator_tables"] = !comparators.empty();
  values["comparator_tables"] = comparators;
  values["definition_html"] = markdown_block(definition_of(definition, &series));
  values["notes_html"] = markdown_block(series.notes.value);
  values["unit_name"] = std::string(term(definition.unit.value).in_words);
  values["csv_url"] = relative_url(url, downloads + kMetricsCsv);
  values["json_url"] = relative_url(url, downloads + kMetricsJson);
  return values;
}

void add_partnership_pages(const Partnership& partnership, const CdpData& data, const Date& today,
                           std::vector<GeneratedPage>& pages) {
  const std::string& name = partnership.name.value;
  std::string about = about_url(partnership);
  pages.push_back({route_at(about), partnership.folder, "About the " + name, "data/about",
                   [&partnership, &data, about] { return about_values(partnership, data, about); }, {}});
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

mustache::Map partnership_links(const Partnership& partnership, const std::string& from_url) {
  std::string downloads = open_data_folder(partnership);
  return mustache::Map{{"about_url", relative_url(from_url, about_url(partnership))},
                    {"has_priorities", !partnership.priorities.empty()},
                    {"priorities_url", relative_url(from_url, priorities_url(partnership))},
                    {"has_metrics", !partnership.metrics.empty()},
                    {"metrics_url", relative_url(from_url, metrics_url(partnership))},
                    {"csv_url", relative_url(from_url, downloads + kMetricsCsv)},
                    {"json_url", relative_url(from_url, downloads + kMetricsJson)}};
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

namespace {

mustache::Schema metric_card_schema() {
  using mustache::Schema;
  return metric_view_schema().with({{"url", Schema::text("A link to the metric's page.")}});
}

mustache::Schema national_schema() {
  using mustache::Schema;
  return Schema::list("The national priorities it serves.",
                      Schema::map("", {{"name", Schema::text("The national priority, e.g. Break drug supply chains.")}}));
}

mustache::Schema download_links() {
  using mustache::Schema;
  return Schema::map("", {{"csv_url", Schema::text("A link to the partnership's metrics as CSV.")},
                          {"json_url", Schema::text("A link to them as JSON.")}});
}

}  // namespace

const mustache::Schema& priorities_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "A partnership's priorities, by group.",
      {{"name", Schema::text("The partnership's name.")},
       {"groups", Schema::list("The groups of priorities, in the order they first appear.",
                               Schema::map("", {{"heading", Schema::text("The group's heading, e.g. Local priorities.")},
                                                {"priorities", Schema::list("The group's priorities.",
                                                                            Schema::map("", {{"number", Schema::text("The priority's number.")},
                                                                                             {"title_html", Schema::html("Its title, as HTML.")},
                                                                                             {"url", Schema::text("A link to its page.")},
                                                                                             {"national", national_schema()},
                                                                                             {"action_count", Schema::text("How many actions it has.")}}))}}))}});
  return schema;
}

const mustache::Schema& priority_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "One priority of a partnership.",
      {{"number", Schema::text("Its number.")},
       {"title_html", Schema::html("Its title, as HTML.")},
       {"group", Schema::text("Its group; \"\" for a local priority.")},
       {"national", national_schema()},
       {"what_we_know_html", Schema::html("What the partnership knows, as HTML.")},
       {"has_evidence", Schema::flag("Whether it gives evidence.")},
       {"evidence", Schema::list("The evidence.", Schema::map("", {{"figure", Schema::text("A figure.")},
                                                                   {"text_html", Schema::html("What it shows, as HTML.")}}))},
       {"what_we_will_do_html", Schema::html("What the partnership will do, as HTML.")},
       {"has_actions", Schema::flag("Whether it has actions.")},
       {"actions", Schema::list("Its actions.", action_schema())},
       {"caption", Schema::text("A caption for the table of actions.")},
       {"contribution_html", Schema::html("How it contributes to the national outcomes, as HTML.")},
       {"has_metrics", Schema::flag("Whether it has metrics with figures.")},
       {"metrics", Schema::list("Its metrics, as cards.", metric_card_schema())}});
  return schema;
}

const mustache::Schema& metrics_values_schema() {
  using mustache::Schema;
  static const Schema schema = download_links().with(
      {{"name", Schema::text("The partnership's name.")},
       {"outcomes", Schema::list("The outcomes it has metrics for.",
                                 Schema::map("", {{"name", Schema::text("The outcome's name.")},
                                                  {"kind", Schema::text("Strategic outcome or Intermediate outcome.")},
                                                  {"metrics", Schema::list("Its metrics, as cards.", metric_card_schema())}}))}});
  return schema;
}

const mustache::Schema& metric_values_schema() {
  using mustache::Schema;
  static const Schema schema = [] {
    Schema rows = Schema::list("Every value, oldest first.",
                               Schema::map("", {{"period", Schema::text("The period.")},
                                                {"value", Schema::text("The value.")},
                                                {"numerator", Schema::text("Its numerator; \"\" when not given.")},
                                                {"denominator", Schema::text("Its denominator; \"\" when not given.")},
                                                {"note_html", Schema::html("A note on the value, as HTML.")}}));
    return metric_view_schema().with(download_links().fields()).with(
        {{"chart", chart_schema()},
         {"rows", rows},
         {"has_rows", Schema::flag("Whether the partnership gives figures for the metric itself (not only by category).")},
         {"has_breakdowns", Schema::flag("Whether its figures are also given by category.")},
         {"breakdowns", Schema::list("Its figures by category (client group, age band, sex), one list per breakdown.",
                                     Schema::map("", {{"heading", Schema::text("What they are by, e.g. By client group.")},
                                                      {"chart", chart_schema()}}))},
         {"has_comparator_tables", Schema::flag("Whether there are comparators.")},
         {"comparator_tables", Schema::list("Each comparator's values.",
                                            Schema::map("", {{"name", Schema::text("The comparator.")}, {"rows", rows}}))},
         {"definition_html", Schema::html("The metric's definition, as HTML.")},
         {"notes_html", Schema::html("Notes on the partnership's figures, as HTML.")},
         {"unit_name", Schema::text("The unit, in words.")}});
  }();
  return schema;
}

const mustache::Schema& partnership_links_schema() {
  using mustache::Schema;
  static const Schema schema = download_links().with(
      {{"about_url", Schema::text("A link to the partnership's about page.")},
       {"has_priorities", Schema::flag("Whether it has priorities.")},
       {"priorities_url", Schema::text("A link to its priorities.")},
       {"has_metrics", Schema::flag("Whether it has metrics.")},
       {"metrics_url", Schema::text("A link to its metrics.")}});
  return schema;
}

}  // namespace cdp
