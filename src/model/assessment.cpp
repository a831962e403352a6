#include "model/assessment.h"

namespace cdp {

Comparison comparison_verdict(Comparison written, Better better) {
  if (better == Better::kNeither) return written;
  if (written == Comparison::kHigher) return better == Better::kHigher ? Comparison::kBetter : Comparison::kWorse;
  if (written == Comparison::kLower) return better == Better::kLower ? Comparison::kBetter : Comparison::kWorse;
  return written;
}

bool comparison_fits(Comparison written, Better better) {
  bool judges = written == Comparison::kBetter || written == Comparison::kWorse;
  return !judges || better != Better::kNeither;
}

TrendVerdict trend_verdict(Trend trend, Better better) {
  if (trend == Trend::kStable || better == Better::kNeither) return TrendVerdict::kNoJudgement;
  bool up = trend == Trend::kIncreasing;
  return up == (better == Better::kHigher) ? TrendVerdict::kGettingBetter : TrendVerdict::kGettingWorse;
}

}  // namespace cdp
