#pragma once
// A report's judgements of a metric with no figure (model/cdp.h Assessment) said in
// words, each with a CSS class for its colour, never colour alone:
//   "worse than England in 2018 to 2020"           compare--worse
//   "lower than the South East (better)"           compare--better (deaths: lower is better)
//   "increasing and getting worse in 2022/23"      compare--worse
//   "stable"                                       compare--similar
#include <optional>
#include <string>
#include <vector>

#include "model/cdp.h"

namespace cdp {

struct AssessmentWords {
  std::string words;      // "worse than England in 2018 to 2020"
  std::string css_class;  // "compare--worse"
  bool is_comparison;     // a comparison with an area (else a trend)
};

// The words of each assessment of `series` whose period ended by `as_of` (all when
// absent; one without a period always), in the order written: its comparison, then
// its trend. `better` is the metric's better direction.
std::vector<AssessmentWords> assessment_words(const MetricSeries& series, Better better,
                                              const std::optional<Date>& as_of);

}  // namespace cdp
