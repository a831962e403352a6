#include "render/governance_view.h"

#include <cctype>

#include "markdown/markdown.h"

namespace cdp {

namespace {

std::string held_sentence(const Meetings& meetings) {
  int held = meetings.held.value;
  std::string count = held == 1 ? "1 meeting" : std::to_string(held) + " meetings";
  return "had held " + count + " by " + long_date(meetings.held_as_of.value) + ".";
}

mustache::List decision_items(const Meetings& meetings) {
  mustache::List items;
  for (const Decision& decision : meetings.decisions) {
    items.push_back(mustache::Map{{"date", decision.date.value.display()},
                                  {"datetime", machine_date(decision.date.value)},
                                  {"text_html", render_inline_markdown(decision.text.value)}});
  }
  return items;
}

}  // namespace

std::string meetings_summary(const Meetings& meetings) {
  std::vector<std::string> facts;
  if (meetings.first.present()) facts.push_back("first met " + meetings.first.value.with_preposition() + ".");
  if (meetings.frequency.present()) facts.push_back("meets " + std::string(term(meetings.frequency.value).words) + ".");
  if (meetings.held.present() && meetings.held_as_of.present()) facts.push_back(held_sentence(meetings));
  std::string summary;
  for (const std::string& fact : facts) summary += (summary.empty() ? "The partnership " : " It ") + fact;
  return summary;
}

std::string frequency_fact(const Meetings& meetings) {
  if (!meetings.frequency.present()) return "";
  std::string words(term(meetings.frequency.value).words);
  words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

mustache::Map meetings_values(const Meetings& meetings) {
  mustache::List decisions = decision_items(meetings);
  return mustache::Map{{"summary", meetings_summary(meetings)},
                       {"has_decisions", !decisions.empty()},
                       {"decisions", decisions}};
}

const mustache::Schema& meetings_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "Its meetings, from [meetings] in partnership.toml.",
      {{"summary", Schema::text("When it first met, how often it meets and how many meetings it has held, in "
                                "sentences; \"\" when none of these is given.")},
       {"has_decisions", Schema::flag("Whether it lists decisions of its board.")},
       {"decisions", Schema::list("The board's decisions, oldest first.",
                                  Schema::map("", {{"date", Schema::text("When, e.g. February 2023.")},
                                                   {"datetime", Schema::text("The same for <time datetime>, e.g. 2023-02.")},
                                                   {"text_html", Schema::html("What was decided, as HTML.")}}))}});
  return schema;
}

mustache::List milestones_values(const std::vector<MilestoneDefinition>& milestones,
                                 const std::vector<MilestoneReport>& reports) {
  mustache::List rows;
  for (const MilestoneDefinition& milestone : milestones) {
    const MilestoneReport* report = report_on(milestone, reports);
    const MilestoneStatusTerm& status = term(report ? report->status.value : MilestoneStatus::kNotReported);
    std::string date = report && report->date.present() ? report->date.value.display() : "";
    rows.push_back(mustache::Map{{"title", milestone.title},
                                 {"guidance", milestone.guidance},
                                 {"status", std::string(status.words)},
                                 {"status_class", std::string(status.css_class)},
                                 {"date", date}});
  }
  return rows;
}

const mustache::Schema& milestones_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::list(
      "Every national milestone, in the guidance's order, with the partnership's status on it.",
      Schema::map("", {{"title", Schema::text("The milestone, e.g. Nominate a Senior Responsible Owner.")},
                       {"guidance", Schema::text("What the national guidance asks.")},
                       {"status", Schema::text("Met, In progress, Not started, or Not reported when the "
                                               "partnership does not say.")},
                       {"status_class", Schema::text("A CSS class for the status, e.g. status--complete.")},
                       {"date", Schema::text("When it was met, e.g. November 2022; \"\" when not given.")}}));
  return schema;
}

}  // namespace cdp
