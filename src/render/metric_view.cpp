#include "render/metric_view.h"

#include <map>

#include "model/as_of.h"
#include "format/assessment_words.h"
#include "format/figure_words.h"
#include "format/format.h"
#include "markdown/markdown.h"

namespace cdp {

namespace {

// A target is judged on the latest figure by its deadline; with none by then, it is
// not judged.
void add_target(MetricView& view, const MetricDefinition& definition, const MetricSeries& series,
                const std::optional<Date>& as_of, const Date& today) {
  const Target* target = target_as_of(series, as_of);
  if (!target) return;
  const Observation* judged = value_for_target(series.values, target->by.value, as_of);
  if (!judged) return;
  const Observation* baseline = series.baseline ? &*series.baseline : nullptr;
  TargetAssessment assessment = assess_target(*judged, target->value.value, target->by.value, definition.better.value,
                                              definition.unit.value, as_of.value_or(today), baseline);
  view.target_words = assessment.words;
  view.target_reason = assessment.reason;
  if (target->set_by.present()) view.target_reason += " (set by " + target->set_by.value + ")";
  view.target_class = assessment.css_class;
}

void add_comparisons(MetricView& view, const MetricDefinition& definition, const MetricSeries& series,
                     const Observation& latest, const std::optional<Date>& as_of) {
  for (const Comparator& comparator : series.comparators) {
    const Observation* other = comparator_value(comparator, latest.period.value, as_of);
    if (!other || !(other->period.value == latest.period.value)) continue;
    ComparisonResult result = compare_with(latest.figure.value, other->figure.value, comparator.name.value,
                                           definition.unit.value, definition.better.value,
                                           {latest.decimals, other->decimals});
    view.comparisons.push_back({result.words, result.css_class});
  }
}

void add_assessments(MetricView& view, const MetricDefinition& definition, const MetricSeries& series,
                     const std::optional<Date>& as_of) {
  for (const AssessmentWords& said : assessment_words(series, definition.better.value, as_of)) {
    view.assessments.push_back({said.words, said.css_class});
    std::string& first = said.is_comparison ? view.assessed_comparison : view.assessed_trend;
    if (first.empty()) first = said.words;
  }
}

}  // namespace

MetricView make_metric_view(const MetricDefinition& definition, const MetricSeries* series,
                            const std::optional<Date>& as_of, const Date& today) {
  MetricView view;
  view.id = definition.id;
  view.name = definition.name.value;
  view.source = source_of(definition, series);
  if (series) add_assessments(view, definition, *series, as_of);
  const Observation* latest = series ? latest_as_of(series->values, as_of) : nullptr;
  if (!latest) return view;
  view.has_value = true;
  view.value = format_value(latest->figure.value, definition.unit.value, latest->decimals);
  view.period = latest->period.value.display();
  view.period_phrase = latest->period.value.with_preposition();
  view.value_in_words = view.value + " " + view.period_phrase;
  if (const Observation* previous = previous_as_of(series->values, as_of)) {
    view.change = change_in_words(*latest, *previous, definition.unit.value);
  }
  add_target(view, definition, *series, as_of, today);
  add_comparisons(view, definition, *series, *latest, as_of);
  return view;
}

mustache::Map metric_view_values(const MetricView& view) {
  auto judgements = [](const std::vector<ComparisonView>& views) {
    mustache::List list;
    for (const ComparisonView& judgement : views) {
      list.push_back(mustache::Map{{"words", judgement.words}, {"css_class", judgement.css_class}});
    }
    return list;
  };
  mustache::List comparisons = judgements(view.comparisons);
  return mustache::Map{{"id", view.id},
                    {"name", view.name},
                    {"has_value", view.has_value},
                    {"value", view.value},
                    {"period", view.period},
                    {"period_phrase", view.period_phrase},
                    {"value_in_words", view.value_in_words},
                    {"has_change", !view.change.empty()},
                    {"change", view.change},
                    {"has_target", !view.target_words.empty()},
                    {"target_words", view.target_words},
                    {"target_reason", view.target_reason},
                    {"target_class", view.target_class},
                    {"has_comparisons", !view.comparisons.empty()},
                    {"comparisons", comparisons},
                    {"has_assessments", !view.assessments.empty()},
                    {"assessments", judgements(view.assessments)},
                    {"source", view.source}};
}

mustache::Map action_values(const Action& action) {
  const ActionStatusTerm& status = term(action.status.value);
  return mustache::Map{{"title_html", render_inline_markdown(action.title.value)},
                    {"owner", action.owner.value},
                    {"due", action.due.present() ? action.due.value.display() : std::string()},
                    {"status_words", std::string(status.words)},
                    {"status_class", std::string(status.css_class)},
                    {"completed", action.completed.present() ? action.completed.value.display() : std::string()}};
}

const mustache::Schema& metric_view_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "A metric's latest figure, in words.",
      {{"id", Schema::text("The metric's id.")},
       {"name", Schema::text("The metric's name.")},
       {"has_value", Schema::flag("Whether a value is known (by the page's as_of date).")},
       {"value", Schema::text("The latest value, e.g. 1,814.")},
       {"period", Schema::text("Its period, e.g. December 2023.")},
       {"period_phrase", Schema::text("Its period as a phrase, e.g. in December 2023.")},
       {"value_in_words", Schema::text("The value and its period, e.g. 1,814 in December 2023.")},
       {"has_change", Schema::flag("Whether there is an earlier value to compare with.")},
       {"change", Schema::text("The change, e.g. up 64 (3.7%) from 1,750 in 2022/23.")},
       {"has_target", Schema::flag("Whether the metric has a target.")},
       {"target_words", Schema::text("How it stands against its target, e.g. on track.")},
       {"target_reason", Schema::text("Why, e.g. 1,814 in December 2023 against a target of 2,000 by March 2025, "
                                      "with who set it when known: (set by the Government).")},
       {"target_class", Schema::text("A CSS class for that, e.g. status--on-track.")},
       {"has_comparisons", Schema::flag("Whether there are comparators with a value.")},
       {"comparisons", Schema::list("How it compares with each comparator.",
                                    Schema::map("", {{"words", Schema::text("The comparison in words.")},
                                                     {"css_class", Schema::text("A CSS class for it.")}}))},
       {"has_assessments", Schema::flag("Whether the data give judgements in words with no figure.")},
       {"assessments", Schema::list("Each judgement in words with no figure, e.g. worse than England in 2018 to 2020, "
                                    "increasing and getting better.",
                                    Schema::map("", {{"words", Schema::text("The judgement in words.")},
                                                     {"css_class", Schema::text("A CSS class for its colour, e.g. compare--worse.")}}))},
       {"source", Schema::text("Who publishes the metric.")}});
  return schema;
}

const mustache::Schema& action_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "An action of a priority.",
      {{"title_html", Schema::html("What will be done, as HTML.")},
       {"owner", Schema::text("Who leads it.")},
       {"due", Schema::text("When it is due, e.g. 2024/25; \"\" when not given.")},
       {"status_words", Schema::text("Its status in words, e.g. On track.")},
       {"status_class", Schema::text("A CSS class for its status.")},
       {"completed", Schema::text("When it was completed, e.g. March 2024; \"\" when not given.")}});
  return schema;
}

}  // namespace cdp
