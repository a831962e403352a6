#include "render/shortcodes.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "core/html.h"
#include "core/suggest.h"
#include "model/as_of.h"
#include "model/metric_suggestions.h"
#include "render/about_page.h"
#include "charts/chart.h"
#include "render/partnership_pages.h"
#include "format/format.h"
#include "render/funding_values.h"
#include "render/governance_view.h"
#include "charts/grouped_chart.h"
#include "markdown/markdown.h"
#include "render/metric_view.h"
#include "markdown/shortcode_parser.h"

namespace cdp {

namespace {

// Letters and digits only, so Markdown passes the token through untouched.

// Everything one shortcode needs while it is expanded.
struct Expansion {
  const ShortcodeCall& written;      // the shortcode as written
  const ShortcodeContext& context;   // the page
  Diagnostics& diagnostics;          // where problems go
  bool failed = false;               // a problem was reported

  void error(const SourcePos& pos, std::string message, std::string hint) {
    failed = true;
    diagnostics.add(error_at(*context.file, pos, std::move(message), std::move(hint)));
  }
  const Located<std::string>* named(const std::string& key) const {
    auto it = written.named.find(key);
    return it == written.named.end() ? nullptr : &it->second;
  }
  // The shortcode's HTML from its template, shortcodes/NAME.
  std::string render(const std::string& tmpl, const mustache::Value& values) const {
    return context.templates->render(tmpl, values, diagnostics);
  }
};

struct Spec {
  std::vector<std::string> arguments;                  // named arguments it accepts
  std::size_t positional = 0;                          // how many positional arguments it takes
  std::function<std::string(Expansion&)> render;            // its HTML ("" after an error)
  bool block = false;                                  // makes a block (a card, a table, a list)
};

std::vector<std::string> partnership_slugs(const CdpData& data) {
  std::vector<std::string> slugs;
  for (const Partnership& partnership : data.partnerships) slugs.push_back(partnership.slug.value);
  return slugs;
}

const Partnership* partnership_for(Expansion& call) {
  const Located<std::string>* slug = call.named("partnership");
  if (!slug) {
    if (!call.context.partnership) {
      std::vector<std::string> slugs = partnership_slugs(*call.context.data);
      call.error(call.written.pos, "this page is not in a partnership's folder, so the shortcode does not know whose data to show",
                 slugs.empty() ? "there are no partnerships yet: make one with cdpsite new partnership \"Name\", "
                                 "and put this page in its folder"
                               : "add partnership=\"slug\", one of: " + quoted_list(slugs));
    }
    return call.context.partnership;
  }
  for (const Partnership& partnership : call.context.data->partnerships) {
    if (partnership.slug.value == slug->value) return &partnership;
  }
  call.error(slug->pos, "there is no partnership \"" + slug->value + "\"", did_you_mean(slug->value, partnership_slugs(*call.context.data)));
  return nullptr;
}

const MetricDefinition* metric_for(Expansion& call, const Located<std::string>& id) {
  auto it = call.context.data->catalogue.find(id.value);
  if (it != call.context.data->catalogue.end()) return &it->second;
  call.error(id.pos, "there is no metric \"" + id.value + "\"", metric_id_hint(id.value, call.context.data->catalogue));
  return nullptr;
}

std::string choose_format(Expansion& call, const MetricView& view) {
  const Located<std::string>* format = call.named("format");
  std::string name = format ? format->value : "words";
  static const std::vector<std::string> formats = {"words", "value", "change", "target", "comparison", "trend", "sentence"};
  if (name == "words") return view.value_in_words;
  if (name == "value") return view.value;
  if (name == "change") return view.change;
  if (name == "target") return view.target_words.empty() ? "" : view.target_words + ": " + view.target_reason;
  if (name == "comparison") {
    if (!view.comparisons.empty()) return view.comparisons.front().words;
    return view.assessed_comparison.empty() ? "no comparator figure for " + view.period : view.assessed_comparison;
  }
  if (name == "trend") {
    if (view.assessed_trend.empty()) {
      call.error(format->pos, "the metric \"" + view.id + "\" has no trend in its data",
                 "add one to its [[metric]] in metrics.toml: [[metric.assessment]] with trend = \"increasing\", "
                 "\"decreasing\" or \"stable\"");
    }
    return view.assessed_trend;
  }
  if (name == "sentence") return view.value_in_words + (view.change.empty() ? "" : ", " + view.change);
  call.error(format->pos, "`format` cannot be \"" + name + "\"", did_you_mean(name, formats));
  return "";
}

// The metric's series restricted to one period when period="..." is given.
std::optional<MetricSeries> series_for(Expansion& call, const Partnership& partnership, const MetricDefinition& metric) {
  auto it = partnership.metrics.find(metric.id);
  if (it == partnership.metrics.end()) {
    call.error(call.written.pos, partnership.name.value + " has no figures for the metric \"" + metric.id + "\"",
               "add its values to metrics.toml in the partnership's folder");
    return std::nullopt;
  }
  const Located<std::string>* period_text = call.named("period");
  if (!period_text) return it->second;
  std::string problem;
  std::optional<Period> period = parse_period(period_text->value, &problem, DashedYears::kCalendar);
  if (!period) {
    call.error(period_text->pos, "`period` is not a period cdpsite understands: " + problem, accepted_period_forms());
    return std::nullopt;
  }
  MetricSeries only = it->second;
  std::erase_if(only.values, [&](const Observation& o) { return period->last() < o.period.value.last(); });
  if (only.values.empty() || !(only.values.back().period.value == *period)) {
    std::string known;
    for (const Observation& o : it->second.values) known += (known.empty() ? "" : ", ") + o.period.value.display();
    call.error(period_text->pos, "there is no value for " + period->display(), "the periods with values are: " + known);
    return std::nullopt;
  }
  return only;
}

// A metric with no figure to show: without an as_of date every value counts, so the
// metric has none yet; with one, none is known by that date.
void report_no_value(Expansion& call, const std::string& id) {
  if (!call.context.as_of) {
    call.error(call.written.pos, "the metric \"" + id + "\" has no values yet",
               "add its values to metrics.toml, e.g. values = [ { period = \"2023/24\", value = 10 } ]");
    return;
  }
  call.error(call.written.pos, "the metric \"" + id + "\" has no value known by this page's as_of date",
             "choose a later as_of, or give an earlier value in metrics.toml");
}

// Whether the shortcode asks for a judgement that the data give in words with no figure.
bool said_without_figure(Expansion& call, const MetricView& view) {
  const Located<std::string>* format = call.named("format");
  if (!format) return false;
  return (format->value == "comparison" && !view.assessed_comparison.empty()) ||
         (format->value == "trend" && !view.assessed_trend.empty());
}

std::optional<MetricView> metric_view_for(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  const MetricDefinition* metric = metric_for(call, call.written.positional.at(0));
  if (!partnership || !metric) return std::nullopt;
  std::optional<MetricSeries> series = series_for(call, *partnership, *metric);
  if (!series) return std::nullopt;
  std::optional<Date> as_of = call.context.as_of;
  return make_metric_view(*metric, &*series, as_of, call.context.today);
}

std::string render_metric(Expansion& call) {
  std::optional<MetricView> view = metric_view_for(call);
  if (!view) return "";
  if (!view->has_value && !said_without_figure(call, *view)) {
    report_no_value(call, view->id);
    return "";
  }
  return escape_html(choose_format(call, *view));
}

std::string render_metric_card(Expansion& call) {
  std::optional<MetricView> view = metric_view_for(call);
  if (!view) return "";
  return call.render("shortcodes/metric-card", mustache::Map{{"metric", metric_view_values(*view)}});
}

std::string render_chart(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  const MetricDefinition* metric = metric_for(call, call.written.positional.at(0));
  if (!partnership || !metric) return "";
  std::optional<MetricSeries> series = series_for(call, *partnership, *metric);
  if (!series) return "";
  // The shortcode's place in the file makes the chart's ids unique on the page.
  std::string id = "chart-" + metric->id + "-" + std::to_string(call.written.offset);
  Chart chart = make_chart(*metric, *series, area_name(*partnership), call.context.as_of, id);
  if (chart.svg.empty()) {
    report_no_value(call, metric->id);
    return "";
  }
  return call.render("shortcodes/chart", mustache::Map{{"chart", chart_values(std::move(chart))}});
}

std::string render_members(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  if (!partnership) return "";
  return call.render("shortcodes/members", mustache::Map{{"sectors", sectors_of(*partnership)}});
}

std::string render_funding(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  if (!partnership) return "";
  return call.render("shortcodes/funding", funding_table_values(*partnership));
}

std::string render_actions(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  const Located<std::string>* wanted = call.named("priority");
  if (!partnership) return "";
  if (!wanted) {
    call.error(call.written.pos, "the actions shortcode needs priority=\"...\"", "write {{< actions priority=\"1\" >}}");
    return "";
  }
  std::vector<std::string> ids;
  for (const Priority& priority : partnership->priorities) {
    ids.push_back(std::to_string(priority.number.value));
    if (std::to_string(priority.number.value) != wanted->value && priority.id != wanted->value) continue;
    mustache::List actions;
    for (const Action& action : priority.actions) actions.push_back(action_values(action));
    return call.render(
        "shortcodes/actions", mustache::Map{{"caption", "Actions for priority " + std::to_string(priority.number.value) +
                                                         ": " + priority.title.value},
                                         {"has_actions", !actions.empty()},
                                         {"actions", actions}});
  }
  call.error(wanted->pos, partnership->name.value + " has no priority " + wanted->value, did_you_mean(wanted->value, ids));
  return "";
}

// The breakdown `by` names (or the metric's only one), as a grouped chart with its table.
std::string render_breakdown(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  const MetricDefinition* metric = metric_for(call, call.written.positional.at(0));
  if (!partnership || !metric) return "";
  std::optional<MetricSeries> series = series_for(call, *partnership, *metric);
  if (!series) return "";
  const Located<std::string>* by = call.named("by");
  std::vector<std::string> names;
  for (const Breakdown& breakdown : series->breakdowns) {
    names.push_back(breakdown.by.value);
    if (by ? breakdown.by.value != by->value : series->breakdowns.size() != 1) continue;
    std::string id = "chart-" + metric->id + "-by-" + std::to_string(call.written.offset);
    Chart chart = make_grouped_chart(*metric, breakdown, call.context.as_of, id);
    return call.render("shortcodes/chart", mustache::Map{{"chart", chart_values(std::move(chart))}});
  }
  if (names.empty()) {
    call.error(call.written.pos, partnership->name.value + " gives no breakdown of " + metric->id,
               "add a [[metric.breakdown]] to its metrics.toml, or use {{< chart \"" + metric->id + "\" >}}");
  } else if (!by) {
    call.error(call.written.pos, metric->id + " has " + std::to_string(names.size()) + " breakdowns: say which",
               "write by=\"" + names.front() + "\"");
  } else {
    call.error(by->pos, metric->id + " has no breakdown by " + by->value, did_you_mean(by->value, names));
  }
  return "";
}

std::string render_milestones(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  if (!partnership) return "";
  if (partnership->milestones.empty()) {
    call.error(call.written.pos, partnership->name.value + " reports on none of the national milestones",
               "give each milestone's status with [[milestone]] in its partnership.toml");
    return "";
  }
  return call.render("shortcodes/milestones",
                     mustache::Map{{"milestones", milestones_values(call.context.data->milestones, partnership->milestones)}});
}

std::string render_meetings(Expansion& call) {
  const Partnership* partnership = partnership_for(call);
  if (!partnership) return "";
  if (!partnership->meetings.any()) {
    call.error(call.written.pos, partnership->name.value + " says nothing of its meetings",
               "add a [meetings] table to its partnership.toml");
    return "";
  }
  return call.render("shortcodes/meetings", mustache::Map{{"meetings", meetings_values(partnership->meetings)}});
}

const std::map<std::string, Spec>& specs() {
  static const std::map<std::string, Spec> all = {
      {"metric", {{"partnership", "period", "format"}, 1, render_metric, false}},
      {"metric-card", {{"partnership", "period"}, 1, render_metric_card, true}},
      {"chart", {{"partnership", "period"}, 1, render_chart, true}},
      {"members", {{"partnership"}, 0, render_members, true}},
      {"funding", {{"partnership"}, 0, render_funding, true}},
      {"actions", {{"partnership", "priority"}, 0, render_actions, true}},
      {"breakdown", {{"partnership", "by"}, 1, render_breakdown, true}},
      {"milestones", {{"partnership"}, 0, render_milestones, true}},
      {"meetings", {{"partnership"}, 0, render_meetings, true}},
  };
  return all;
}

// Whether the shortcode is the only thing on its line(s) of the body.
bool alone_on_its_line(const ShortcodeCall& call, std::string_view body) {
  std::size_t line_start = body.rfind('\n', call.offset == 0 ? 0 : call.offset - 1);
  line_start = line_start == std::string_view::npos || call.offset == 0 ? 0 : line_start + 1;
  std::size_t line_end = body.find('\n', call.offset + call.length);
  if (line_end == std::string_view::npos) line_end = body.size();
  auto blank = [](std::string_view text) {
    return text.find_first_not_of(" \t\r") == std::string_view::npos;
  };
  return blank(body.substr(line_start, call.offset - line_start)) &&
         blank(body.substr(call.offset + call.length, line_end - call.offset - call.length));
}

// Reports the first argument the shortcode does not have, and how many more there are:
// one error per shortcode, however many thousands of arguments it was given.
void report_unknown_arguments(Expansion& call, const Spec& spec) {
  const std::pair<const std::string, Located<std::string>>* first = nullptr;
  std::size_t unknown = 0;
  for (const auto& argument : call.written.named) {
    if (std::find(spec.arguments.begin(), spec.arguments.end(), argument.first) != spec.arguments.end()) continue;
    const SourcePos& at = argument.second.pos;
    if (!first || std::tie(at.line, at.column) < std::tie(first->second.pos.line, first->second.pos.column)) {
      first = &argument;
    }
    ++unknown;
  }
  if (!first) return;
  std::string more = unknown > 1 ? " (nor " + std::to_string(unknown - 1) + " more of the arguments given)" : "";
  call.error(first->second.pos, "the " + call.written.name + " shortcode has no argument `" + first->first + "`" + more,
             did_you_mean(first->first, spec.arguments));
}

bool arguments_fit(Expansion& call, const Spec& spec) {
  report_unknown_arguments(call, spec);
  if (call.written.positional.size() != spec.positional) {
    call.error(call.written.pos,
               "the " + call.written.name + " shortcode takes " + std::to_string(spec.positional) +
                   " value(s) without a name, not " + std::to_string(call.written.positional.size()),
               spec.positional == 1 ? "write {{< " + call.written.name + " \"numbers-in-treatment\" >}}"
                                    : "give its values as key=\"value\"");
  }
  return !call.failed;
}

std::string render_call(const ShortcodeCall& shortcode, std::string_view body, const ShortcodeContext& context,
                        Diagnostics& diagnostics) {
  Expansion call{shortcode, context, diagnostics};
  if (shortcode.literal) return escape_html(shortcode.text);
  auto spec = specs().find(shortcode.name);
  if (spec == specs().end()) {
    call.error(shortcode.pos, "there is no shortcode called \"" + shortcode.name + "\"",
               did_you_mean(shortcode.name, shortcode_names()));
    return "";
  }
  if (!arguments_fit(call, spec->second)) return "";
  if (spec->second.block && !alone_on_its_line(shortcode, body)) {
    call.error(shortcode.pos, "the " + shortcode.name + " shortcode makes a block of its own, so it must be on a line by itself",
               "put it on its own line, with a blank line before and after it");
    return "";
  }
  return spec->second.render(call);
}

}  // namespace

const std::vector<std::string>& shortcode_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& [name, spec] : specs()) all.push_back(name);
    return all;
  }();
  return names;
}

ExpandedBody expand_shortcodes(std::string_view body, const ShortcodeContext& context, Diagnostics& diagnostics) {
  ExpandedBody expanded;
  std::vector<ShortcodeCall> calls = find_shortcodes(body, *context.file, context.body_offset, diagnostics);
  if (calls.empty()) {
    expanded.markdown = std::string(body);
    return expanded;
  }
  std::size_t copied = 0;
  for (const ShortcodeCall& call : calls) {
    expanded.markdown.append(body.substr(copied, call.offset - copied));
    expanded.markdown += shortcode_token(expanded.outputs.size());
    expanded.outputs.push_back(render_call(call, body, context, diagnostics));
    copied = call.offset + call.length;
  }
  expanded.markdown.append(body.substr(copied));
  return expanded;
}

const mustache::Schema& metric_card_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map("", {{"metric", metric_view_schema()}});
  return schema;
}

const mustache::Schema& chart_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map("", {{"chart", chart_schema()}});
  return schema;
}

const mustache::Schema& members_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "", {{"sectors", Schema::list("The partnership's members by sector, sectors in alphabetical order.",
                                    Schema::map("", {{"sector", Schema::text("The sector, or Other.")},
                                                     {"members", Schema::list("The members of that sector.",
                                                                              Schema::map("", {{"organisation", Schema::text("The member organisation.")}}))}}))}});
  return schema;
}

const mustache::Schema& funding_shortcode_schema() { return funding_table_schema(); }

const mustache::Schema& actions_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "", {{"caption", Schema::text("Actions for priority N: its title.")},
           {"has_actions", Schema::flag("Whether the priority has actions.")},
           {"actions", Schema::list("Its actions.", action_schema())}});
  return schema;
}

const mustache::Schema& milestones_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map("", {{"milestones", milestones_schema()}});
  return schema;
}

const mustache::Schema& meetings_shortcode_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map("", {{"meetings", meetings_schema()}});
  return schema;
}

}  // namespace cdp
