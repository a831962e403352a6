#pragma once
// The CDP data model: what a Combating Drugs Partnership publishes. Loaded from TOML by load/data_loader; every value remembers the
// file, line and column it came from, so that validation can point at it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/meetings.h"
#include "model/milestones.h"
#include "model/period.h"
#include "model/site.h"
#include "model/vocabulary.h"

namespace cdp {

// A named role in the partnership (Senior Responsible Owner, partnership lead, ...),
// held by a named person or, where a report names no one, by a post.
struct Role {
  Located<std::string> role;          // "Senior Responsible Owner"
  Located<std::string> person;        // "Alison Challenger" ("" when held by a post)
  Located<std::string> job_title;     // the person's job title, "Director of Public Health"
  Located<std::string> post;          // the post that holds the role, "Director of Public Health" ("" with a person)
  Located<std::string> organisation;  // "West Sussex County Council"
  Located<std::string> reports_to;    // the role's own reporting line, "Joint Combating Drugs Unit"
};

// A member organisation of the partnership.
struct Member {
  Located<std::string> organisation;  // "Sussex Police"
  Located<std::string> sector;        // "Police", "Health", "Local authority", ...
};

// A body the partnership reports to or works with.
struct GovernanceLink {
  Located<std::string> body;          // "Joint Combating Drugs Unit"
  Located<std::string> relationship;  // "reports to", "works with"
};

struct Contact {
  Located<std::string> officer;             // the named contact officer, "Becky Harrington"
  std::vector<Located<std::string>> emails; // public contact addresses, in the order given
  Located<std::string> phone;    // public phone number, as written ("01234 567890")
  Located<std::string> url;      // web page for the partnership
  Located<std::string> address;  // postal address
};

struct Action {
  Located<std::string> title;          // what will be done (inline Markdown)
  Located<std::string> owner;          // who leads it
  Located<Period> due;                 // when it is due ("March 2025")
  Located<ActionStatus> status;        // progress
  Located<Period> completed;           // when it was completed (only with status complete)
};

// A figure given as evidence for a priority ("78%" of unmet need for alcohol).
struct Evidence {
  Located<std::string> figure;  // the figure as written, "78%"
  Located<std::string> text;    // what it measures (inline Markdown)
};

struct Priority {
  Located<int> number;                             // 1, 2, 3 within the partnership
  std::string id;                                  // "priority-3" or the given id
  SourcePos id_pos;                                // where the id (or number) is written
  Located<std::string> title;                      // inline Markdown
  Located<std::string> group;                      // "Cross-cutting", "System", "People"
  std::vector<Located<NationalPriority>> national; // From Harm to Hope priorities served
  Located<std::string> what_we_know;               // Markdown
  std::vector<Evidence> evidence;                  // figures behind what we know
  Located<std::string> what_we_will_do;            // Markdown
  std::vector<Action> actions;                     // committed actions
  Located<std::string> contribution;               // how it contributes nationally (Markdown)
  std::vector<Located<std::string>> metrics;       // ids of metrics that show progress, each where written
};

// One value of a metric's time series.
struct Observation {
  Located<Period> period;         // when the value applies
  Located<double> figure;         // the figure, in the metric's unit
  int decimals = -1;              // places it is shown with: the metric's `decimals`, else as written
                                  // ("58" 0, "58.0" 1); -1 for the unit's usual places
  Located<double> numerator;      // for rates and percents, when given
  Located<double> denominator;    // for rates and percents, when given
  Located<std::string> note;      // caveat (inline Markdown)
  Located<std::string> category;  // a breakdown's category ("opiate"); "" for the metric's own figures
  Located<double> lower;          // the 95% confidence interval's lower limit, when given
  Located<double> upper;          // its upper limit, when given
  // Why there is no figure for the period ("suppressed: fewer than 5 people"): a missing
  // value is kept as such, never as 0. Present only on values in a `missing` list.
  Located<std::string> missing;
  // A value written by hand that replaces an imported one for the same period (and
  // category), on purpose; without it, the two together are an error.
  bool replaces_import = false;
};

struct Target {
  Located<double> value;   // the target value
  Located<Period> by;      // when it should be reached
  Located<Date> set_on;    // when the target was set (for as_of: a target not yet set is not shown)
  Located<std::string> set_by;  // who set it: "the Government", "the partnership" ("" when not said)
};

// A judgement a report makes in words with no figure ("below the national average",
// "has increased over the year"): a comparison with an area, a trend, or both.
struct Assessment {
  Located<Period> period;          // when it applies; absent for the metric as a whole
  Located<std::string> against;    // the area compared with: "England", "the South East"
  Located<Comparison> comparison;  // better, similar, worse, higher or lower than `against`
  Located<Trend> trend;            // increasing, decreasing or stable
};

// One metric's figures split by category (client group, age band, sex).
struct Breakdown {
  Located<std::string> by;                       // what the categories are: "client group"
  std::vector<Located<std::string>> categories;  // every category, in the order written
  std::vector<Observation> values;               // each with its category, sorted by period
  std::vector<Observation> missing;              // periods (with category) given with no figure, and why
};

// A comparator series: England, the region, or another area.
struct Comparator {
  Located<std::string> name;          // "England", "South East"
  std::vector<Observation> values;    // its own time series
  std::vector<Observation> missing;   // periods given with no figure, and why
};

// A metric's definition: from the national framework catalogue or a site's own.
struct MetricDefinition {
  std::string id;                      // "numbers-in-treatment"
  SourcePos pos;                       // where it is defined
  Located<std::string> name;           // "Numbers in treatment (adults)"
  Located<Unit> unit;                  // count, percent, rate per 100,000, money, ratio
  Located<Better> better;              // which direction is better
  Located<std::string> outcome;        // outcome group id, "increase-engagement-in-treatment"
  Located<bool> headline;              // a headline (not supporting) metric of its outcome
  Located<std::string> source;         // who publishes the figures
  Located<std::string> definition;     // what exactly is counted (Markdown)
  Located<int> decimals;               // places every figure is shown with, whatever was written
  Located<int> fingertips_id;          // OHID Fingertips indicator id, for `cdpsite import figures`
  bool from_framework = false;         // shipped with the tool
};

// A partnership's figures for one metric.
struct MetricSeries {
  std::string id;                         // the metric's id
  SourcePos pos;                          // where this series starts
  std::vector<Observation> values;        // sorted by period
  std::vector<Observation> missing;       // periods given with no figure (`missing` says why), sorted by period
  std::optional<Observation> baseline;    // starting point for progress
  std::vector<Target> targets;            // targets, oldest first
  std::vector<Comparator> comparators;    // England, region
  std::vector<Assessment> assessments;    // judgements in words with no figure, as written
  std::vector<Breakdown> breakdowns;      // its figures by category, never mixed with `values`
  Located<std::string> notes;             // notes on the series (Markdown)
  // The partnership's own words for a metric defined elsewhere (the framework, or
  // another file): they replace the catalogue's on its pages and in its open data.
  Located<std::string> source;            // who publishes its figures ("" to use the catalogue's)
  Located<std::string> definition;        // what exactly is counted (Markdown; "" to use the catalogue's)
  Located<int> decimals;                  // places its figures are shown with (absent: the catalogue's)
  Located<int> fingertips_id;             // the Fingertips indicator its figures are imported from
                                          // (absent: the catalogue's)
};

// The source and definition a partnership's figures are shown with: its own when its
// metrics.toml gives them, else the catalogue's.
inline const std::string& source_of(const MetricDefinition& definition, const MetricSeries* series) {
  return series && series->source.present() ? series->source.value : definition.source.value;
}
inline const std::string& definition_of(const MetricDefinition& definition, const MetricSeries* series) {
  return series && series->definition.present() ? series->definition.value : definition.definition.value;
}

// A grant received by the partnership's area.
struct Grant {
  Located<std::string> name;    // "Supplemental Substance Misuse Recovery Grant"
  Located<std::string> area;    // "Derby City"
  Located<Period> year;         // "2022/23", or several years: "2022/23 to 2024/25"
  Located<double> amount;       // pounds; absent when the report does not give it
  Located<std::string> purpose; // what the grant is for (inline Markdown)
};

// An outcome of the National Combating Drugs Outcomes Framework.
struct Outcome {
  std::string id;                 // "reduce-drug-use"
  SourcePos pos;                  // where its id is written
  std::string name;               // "Reduce drug use"
  Located<OutcomeKind> kind{OutcomeKind::kIntermediate, {}};  // strategic or intermediate (the default)
};

struct Partnership {
  Located<std::string> slug;                 // given `slug` (with its position), else the folder name
  std::string folder;                        // section path of its folder ("partnerships/west-sussex")
  SourcePos pos;                             // partnership.toml
  Located<std::string> name;                 // full name
  Located<std::string> short_name;           // "WS DAP"
  Located<std::vector<std::string>> footprint;  // districts and boroughs
  std::vector<Located<std::string>> area_codes;  // ONS codes of its areas ("E06000044"), for imports
  Located<Period> established;               // "September 2022"
  std::vector<GovernanceLink> governance;    // bodies it reports to or works with
  std::vector<Role> roles;                   // named roles
  std::vector<Member> members;               // member organisations by sector
  Meetings meetings;                         // first meeting, frequency, meetings held, decisions
  std::vector<MilestoneReport> milestones;   // where it stands on the national milestones
  Contact contact;                           // public contact
  Located<std::string> vision;               // vision statement (Markdown)
  std::vector<Priority> priorities;          // in number order
  std::map<std::string, MetricSeries> metrics;  // by metric id
  std::vector<Grant> funding;                // grants
};

// Every partnership's data and the metric catalogue.
struct CdpData {
  std::vector<Outcome> outcomes;                        // the framework's six outcomes
  std::map<std::string, MetricDefinition> catalogue;    // framework and local metrics by id
  std::vector<MilestoneDefinition> milestones;          // the national milestones, in the guidance's order
  std::vector<Partnership> partnerships;                // sorted by name
  // Every data file read, by the path its values' positions give, so that a problem in
  // the Markdown of a text field can be placed within the text.
  std::map<std::string, SourceFilePtr> files;
};

}  // namespace cdp
