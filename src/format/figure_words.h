#pragma once
// Judgements about figures said in words, beside the figures they are about: the
// change since the last period, the status against a target and the comparison with
// England or the region, each with its reason, never colour alone. The rules are the
// model's (model/judgement.h); this file only words them.
#include <string>

#include "model/cdp.h"
#include "model/judgement.h"

namespace cdp {

// The change from `previous` to `current`, for a sentence after the current figure:
//   "up 64 (3.7%) from 1,750 in December 2022"
//   "down 2.1 percentage points from 50.4% in 2021/22" (percentages: points, no relative %)
//   "up 1.2 per 100,000 (21.1%) from 5.7 per 100,000 in 2018 to 2020"
//   "up £784,000 (85.6%) from £916,000 in 2022/23"
//   "no change from 41 in 2022/23"
// The relative change is left out when the previous figure is zero, and reads "less
// than 0.1%" when it rounds to nothing.
std::string change_in_words(const Observation& current, const Observation& previous, Unit unit);

struct TargetAssessment {
  TargetStatus status = TargetStatus::kNoTarget;  // the verdict
  std::string words;      // "target met", "on track" ...
  std::string reason;     // "1,900 in 2023/24 against a target of 2,000 by March 2025"
  std::string css_class;  // "status--met", "status--on-track" ...
};

// judge_target's verdict with its words and reason; a verdict on progress says where
// steady progress from the baseline would be. `latest` is the figure judged
// (value_for_target). After the deadline the words name it: "target met by March 2024".
TargetAssessment assess_target(const Observation& latest, double target, const Period& due, Better better, Unit unit,
                               const Date& today, const Observation* baseline);

struct ComparisonResult {
  Comparison comparison = Comparison::kSimilar;  // the verdict
  std::string words;      // "better than England (45.0%)", "similar to England (48.1%)"
  std::string css_class;  // "compare--better" ...
};

// compare_figures's verdict in words: "better than England (45.0%)", "similar to
// England (48.1%)", "worse than the South East (52.0%)"; with no better direction,
// "higher than" or "lower than".
ComparisonResult compare_with(double value, double other, const std::string& other_name, Unit unit, Better better,
                              FigurePlaces places = {}, const Similarity& similarity = {});

}  // namespace cdp
