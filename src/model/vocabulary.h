#pragma once
// The CDP vocabulary: every enumeration of the model with one table each, giving how
// TOML spells a value, the words a page shows for it and its CSS class. The loader,
// the open data, the charts and the templates all read these tables, so a word is
// written once.
#include <map>
#include <span>
#include <string>
#include <string_view>

namespace cdp {

// What a metric's figures measure.
enum class Unit { kCount, kPercent, kRatePer100k, kMoney, kRatio };

// Which way is better for a metric.
enum class Better { kHigher, kLower, kNeither };

// The three national strategic priorities of From Harm to Hope.
enum class NationalPriority { kSupply, kTreatment, kDemand };

// Progress of an action a priority commits to, in the words councils' reports use.
enum class ActionStatus { kPlanned, kNotStarted, kInProgress, kOnTrack, kAtRisk, kDelayed, kComplete };

// The kinds of document a partnership publishes.
enum class DocumentKind { kStrategy, kAnnualReport, kBoardReport, kUpdate, kNews };

// Whether an outcome of the framework is strategic or intermediate.
enum class OutcomeKind { kStrategic, kIntermediate };

// How often a partnership's board meets.
enum class MeetingFrequency { kMonthly, kEveryTwoMonths, kQuarterly, kEverySixMonths, kAnnually };

// Where a partnership stands on a national milestone.
enum class MilestoneStatus { kMet, kInProgress, kNotStarted, kNotReported };

// Status of a metric against its target (model/judgement.h decides it).
enum class TargetStatus {
  kMet,         // the latest figure reaches the target
  kOnTrack,     // not yet reached, but at least where steady progress from the baseline would be
  kNotOnTrack,  // not yet reached, and behind steady progress from the baseline
  kNotYetMet,   // not yet reached, still time, and no baseline (or no figure since it) to judge progress by
  kNotMet,      // the target date has passed without reaching it
  kNoTarget,    // there is no target
};

// A figure beside a comparator's (model/judgement.h decides it).
enum class Comparison {
  kBetter,   // beyond "similar", in the better direction
  kSimilar,  // within the Similarity tolerance
  kWorse,    // beyond "similar", in the worse direction
  kHigher,   // beyond "similar" and higher, for a metric with no better direction
  kLower,    // beyond "similar" and lower, for a metric with no better direction
};

// Which way a metric moved, as a report says it in words (model/cdp.h Assessment).
enum class Trend { kIncreasing, kDecreasing, kStable };

struct UnitTerm {
  Unit unit;
  std::string_view toml;        // "rate_per_100k": in metrics.toml and the open data
  std::string_view in_words;    // "a rate per 100,000": for "measured as ..."
  std::string_view axis_title;  // "Rate per 100,000": a chart's value axis
};

struct BetterTerm {
  Better better;
  std::string_view toml;  // "higher": in metrics.toml and the open data
};

struct NationalPriorityTerm {
  NationalPriority priority;
  std::string_view toml;   // "supply"
  std::string_view words;  // "Break drug supply chains"
};

struct ActionStatusTerm {
  ActionStatus status;
  std::string_view toml;       // "not started"
  std::string_view words;      // "Not started"
  std::string_view css_class;  // "status--not-started"
};

struct DocumentKindTerm {
  DocumentKind kind;
  std::string_view toml;     // "annual report": front matter's `kind`
  std::string_view name;     // "Annual report"
  std::string_view plural;   // "Annual reports": a list's heading
  std::string_view list_id;  // "annual-reports": that heading's anchor
};

struct OutcomeKindTerm {
  OutcomeKind kind;
  std::string_view toml;   // "strategic"
  std::string_view words;  // "Strategic outcome"
};

struct MeetingFrequencyTerm {
  MeetingFrequency frequency;
  std::string_view toml;   // "every two months": partnership.toml's [meetings] frequency
  std::string_view words;  // "every two months": after "meets" on the about page
};

// Another way councils write a frequency ("bimonthly", "twice a year"), read as the
// frequency it names.
struct MeetingFrequencySpelling {
  std::string_view spelling;    // "bimonthly"
  MeetingFrequency frequency;   // MeetingFrequency::kEveryTwoMonths
};

struct MilestoneStatusTerm {
  MilestoneStatus status;
  std::string_view toml;       // "in progress": a [[milestone]]'s status ("" for not reported, never written)
  std::string_view words;      // "In progress"
  std::string_view css_class;  // "status--in-progress"
};

struct TargetStatusTerm {
  TargetStatus status;
  std::string_view words;      // "target met"
  std::string_view css_class;  // "status--met"
};

struct ComparisonTerm {
  Comparison comparison;
  std::string_view toml;       // "better": an assessment's `comparison` in metrics.toml and the open data
  std::string_view words;      // "better than " (the area follows)
  std::string_view css_class;  // "compare--better"
};

struct TrendTerm {
  Trend trend;
  std::string_view toml;   // "increasing": an assessment's `trend` in metrics.toml and the open data
  std::string_view words;  // "increasing" (model/assessment.h adds whether that is good)
};

std::span<const UnitTerm> unit_terms();
std::span<const BetterTerm> better_terms();
std::span<const NationalPriorityTerm> national_priority_terms();
std::span<const ActionStatusTerm> action_status_terms();
std::span<const DocumentKindTerm> document_kind_terms();
std::span<const OutcomeKindTerm> outcome_kind_terms();
std::span<const MeetingFrequencyTerm> meeting_frequency_terms();
std::span<const MeetingFrequencySpelling> meeting_frequency_spellings();
std::span<const MilestoneStatusTerm> milestone_status_terms();
std::span<const TargetStatusTerm> target_status_terms();
std::span<const ComparisonTerm> comparison_terms();
std::span<const TrendTerm> trend_terms();

const UnitTerm& term(Unit unit);
const BetterTerm& term(Better better);
const NationalPriorityTerm& term(NationalPriority priority);
const ActionStatusTerm& term(ActionStatus status);
const DocumentKindTerm& term(DocumentKind kind);
const OutcomeKindTerm& term(OutcomeKind kind);
const MeetingFrequencyTerm& term(MeetingFrequency frequency);
const MilestoneStatusTerm& term(MilestoneStatus status);
const TargetStatusTerm& term(TargetStatus status);
const ComparisonTerm& term(Comparison comparison);
const TrendTerm& term(Trend trend);

// A table's TOML spellings to their values, for TomlReader::read_choice.
template <typename Term, typename Enum>
std::map<std::string, Enum> toml_choices(std::span<const Term> terms, Enum Term::*value) {
  std::map<std::string, Enum> choices;
  for (const Term& row : terms) choices.emplace(std::string(row.toml), row.*value);
  return choices;
}

}  // namespace cdp
