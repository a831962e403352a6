#pragma once
// The rules for a judgement a report makes in words with no figure (model/cdp.h
// Assessment), as Fingertips shows them: a comparison with an area is better, similar
// or worse for a metric with a better direction, higher, similar or lower for one
// without; a trend is "increasing and getting better" only where the metric says which
// way is better. format/assessment_words.h says them in words.
#include "model/vocabulary.h"

namespace cdp {

// What a trend means for a metric.
enum class TrendVerdict {
  kGettingBetter,  // moving in the metric's better direction
  kGettingWorse,   // moving against it
  kNoJudgement,    // stable, or a metric with no better direction
};

// The verdict `written` carries for a metric whose better direction is `better`: a
// figure "higher" than England's is better where higher is better, worse where lower
// is; better, worse and similar stay as they are, and so does everything for a metric
// with no better direction.
Comparison comparison_verdict(Comparison written, Better better);

// Whether `written` can be said of such a metric: better and worse need a better direction.
bool comparison_fits(Comparison written, Better better);

// Whether `trend` is getting better, getting worse, or neither for such a metric.
TrendVerdict trend_verdict(Trend trend, Better better);

}  // namespace cdp
