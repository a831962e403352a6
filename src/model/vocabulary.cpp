#include "model/vocabulary.h"

#include <algorithm>
#include <array>

namespace cdp {

namespace {

constexpr std::array kUnits = {
    UnitTerm{Unit::kCount, "count", "a count", "Number"},
    UnitTerm{Unit::kPercent, "percent", "a percentage", "Percentage"},
    UnitTerm{Unit::kRatePer100k, "rate_per_100k", "a rate per 100,000", "Rate per 100,000"},
    UnitTerm{Unit::kMoney, "money", "an amount in pounds", "Pounds"},
    UnitTerm{Unit::kRatio, "ratio", "a ratio", "Ratio"},
};

constexpr std::array kBetter = {
    BetterTerm{Better::kHigher, "higher"},
    BetterTerm{Better::kLower, "lower"},
    BetterTerm{Better::kNeither, "neither"},
};

constexpr std::array kNationalPriorities = {
    NationalPriorityTerm{NationalPriority::kSupply, "supply", "Break drug supply chains"},
    NationalPriorityTerm{NationalPriority::kTreatment, "treatment",
                         "Deliver a world-class treatment and recovery system"},
    NationalPriorityTerm{NationalPriority::kDemand, "demand", "Achieve a generational shift in the demand for drugs"},
};

constexpr std::array kActionStatuses = {
    ActionStatusTerm{ActionStatus::kPlanned, "planned", "Planned", "status--planned"},
    ActionStatusTerm{ActionStatus::kNotStarted, "not started", "Not started", "status--not-started"},
    ActionStatusTerm{ActionStatus::kInProgress, "in progress", "In progress", "status--in-progress"},
    ActionStatusTerm{ActionStatus::kOnTrack, "on track", "On track", "status--on-track"},
    ActionStatusTerm{ActionStatus::kAtRisk, "at risk", "At risk", "status--at-risk"},
    ActionStatusTerm{ActionStatus::kDelayed, "delayed", "Delayed", "status--delayed"},
    ActionStatusTerm{ActionStatus::kComplete, "complete", "Complete", "status--complete"},
};

constexpr std::array kDocumentKinds = {
    DocumentKindTerm{DocumentKind::kStrategy, "strategy", "Strategy", "Strategies", "strategies"},
    DocumentKindTerm{DocumentKind::kAnnualReport, "annual report", "Annual report", "Annual reports",
                     "annual-reports"},
    DocumentKindTerm{DocumentKind::kBoardReport, "board report", "Board report", "Board reports", "board-reports"},
    DocumentKindTerm{DocumentKind::kUpdate, "update", "Update", "Updates", "updates"},
    DocumentKindTerm{DocumentKind::kNews, "news", "News", "News", "news"},
};

constexpr std::array kOutcomeKinds = {
    OutcomeKindTerm{OutcomeKind::kStrategic, "strategic", "Strategic outcome"},
    OutcomeKindTerm{OutcomeKind::kIntermediate, "intermediate", "Intermediate outcome"},
};

constexpr std::array kMeetingFrequencies = {
    MeetingFrequencyTerm{MeetingFrequency::kMonthly, "monthly", "monthly"},
    MeetingFrequencyTerm{MeetingFrequency::kEveryTwoMonths, "every two months", "every two months"},
    MeetingFrequencyTerm{MeetingFrequency::kQuarterly, "quarterly", "quarterly"},
    MeetingFrequencyTerm{MeetingFrequency::kEverySixMonths, "every six months", "every six months"},
    MeetingFrequencyTerm{MeetingFrequency::kAnnually, "annually", "once a year"},
};

constexpr std::array kMeetingFrequencySpellings = {
    MeetingFrequencySpelling{"every month", MeetingFrequency::kMonthly},
    MeetingFrequencySpelling{"bimonthly", MeetingFrequency::kEveryTwoMonths},
    MeetingFrequencySpelling{"bi monthly", MeetingFrequency::kEveryTwoMonths},
    MeetingFrequencySpelling{"every 2 months", MeetingFrequency::kEveryTwoMonths},
    MeetingFrequencySpelling{"every other month", MeetingFrequency::kEveryTwoMonths},
    MeetingFrequencySpelling{"every three months", MeetingFrequency::kQuarterly},
    MeetingFrequencySpelling{"every 3 months", MeetingFrequency::kQuarterly},
    MeetingFrequencySpelling{"every quarter", MeetingFrequency::kQuarterly},
    MeetingFrequencySpelling{"every 6 months", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"six monthly", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"half yearly", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"twice a year", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"twice yearly", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"biannually", MeetingFrequency::kEverySixMonths},
    MeetingFrequencySpelling{"yearly", MeetingFrequency::kAnnually},
    MeetingFrequencySpelling{"annual", MeetingFrequency::kAnnually},
    MeetingFrequencySpelling{"once a year", MeetingFrequency::kAnnually},
    MeetingFrequencySpelling{"every year", MeetingFrequency::kAnnually},
};

constexpr std::array kMilestoneStatuses = {
    MilestoneStatusTerm{MilestoneStatus::kMet, "met", "Met", "status--complete"},
    MilestoneStatusTerm{MilestoneStatus::kInProgress, "in progress", "In progress", "status--on-track"},
    MilestoneStatusTerm{MilestoneStatus::kNotStarted, "not started", "Not started", "status--not-started"},
    MilestoneStatusTerm{MilestoneStatus::kNotReported, "", "Not reported", "status--not-reported"},
};

constexpr std::array kTargetStatuses = {
    TargetStatusTerm{TargetStatus::kMet, "target met", "status--met"},
    TargetStatusTerm{TargetStatus::kOnTrack, "on track", "status--on-track"},
    TargetStatusTerm{TargetStatus::kNotOnTrack, "not on track", "status--not-on-track"},
    TargetStatusTerm{TargetStatus::kNotYetMet, "not yet met", "status--not-yet-met"},
    TargetStatusTerm{TargetStatus::kNotMet, "target not met", "status--not-met"},
    TargetStatusTerm{TargetStatus::kNoTarget, "no target", "status--no-target"},
};

constexpr std::array kComparisons = {
    ComparisonTerm{Comparison::kBetter, "better", "better than ", "compare--better"},
    ComparisonTerm{Comparison::kSimilar, "similar", "similar to ", "compare--similar"},
    ComparisonTerm{Comparison::kWorse, "worse", "worse than ", "compare--worse"},
    ComparisonTerm{Comparison::kHigher, "higher", "higher than ", "compare--higher"},
    ComparisonTerm{Comparison::kLower, "lower", "lower than ", "compare--lower"},
};

constexpr std::array kTrends = {
    TrendTerm{Trend::kIncreasing, "increasing", "increasing"},
    TrendTerm{Trend::kDecreasing, "decreasing", "decreasing"},
    TrendTerm{Trend::kStable, "stable", "stable"},
};

// The row of `terms` for `value`; every value of each enumeration has a row.
template <typename Term, typename Enum>
const Term& row_for(std::span<const Term> terms, Enum Term::*field, Enum value) {
  return *std::find_if(terms.begin(), terms.end(), [&](const Term& row) { return row.*field == value; });
}

}  // namespace

std::span<const UnitTerm> unit_terms() { return kUnits; }
std::span<const BetterTerm> better_terms() { return kBetter; }
std::span<const NationalPriorityTerm> national_priority_terms() { return kNationalPriorities; }
std::span<const ActionStatusTerm> action_status_terms() { return kActionStatuses; }
std::span<const DocumentKindTerm> document_kind_terms() { return kDocumentKinds; }
std::span<const OutcomeKindTerm> outcome_kind_terms() { return kOutcomeKinds; }
std::span<const MeetingFrequencyTerm> meeting_frequency_terms() { return kMeetingFrequencies; }
std::span<const MeetingFrequencySpelling> meeting_frequency_spellings() { return kMeetingFrequencySpellings; }
std::span<const MilestoneStatusTerm> milestone_status_terms() { return kMilestoneStatuses; }
std::span<const TargetStatusTerm> target_status_terms() { return kTargetStatuses; }
std::span<const ComparisonTerm> comparison_terms() { return kComparisons; }
std::span<const TrendTerm> trend_terms() { return kTrends; }

const UnitTerm& term(Unit unit) { return row_for(unit_terms(), &UnitTerm::unit, unit); }
const BetterTerm& term(Better better) { return row_for(better_terms(), &BetterTerm::better, better); }
const NationalPriorityTerm& term(NationalPriority priority) {
  return row_for(national_priority_terms(), &NationalPriorityTerm::priority, priority);
}
const ActionStatusTerm& term(ActionStatus status) {
  return row_for(action_status_terms(), &ActionStatusTerm::status, status);
}
const DocumentKindTerm& term(DocumentKind kind) { return row_for(document_kind_terms(), &DocumentKindTerm::kind, kind); }
const OutcomeKindTerm& term(OutcomeKind kind) { return row_for(outcome_kind_terms(), &OutcomeKindTerm::kind, kind); }
const MeetingFrequencyTerm& term(MeetingFrequency frequency) {
  return row_for(meeting_frequency_terms(), &MeetingFrequencyTerm::frequency, frequency);
}
const MilestoneStatusTerm& term(MilestoneStatus status) {
  return row_for(milestone_status_terms(), &MilestoneStatusTerm::status, status);
}
const TargetStatusTerm& term(TargetStatus status) {
  return row_for(target_status_terms(), &TargetStatusTerm::status, status);
}
const ComparisonTerm& term(Comparison comparison) {
  return row_for(comparison_terms(), &ComparisonTerm::comparison, comparison);
}

const TrendTerm& term(Trend trend) { return row_for(trend_terms(), &TrendTerm::trend, trend); }

}  // namespace cdp
