#pragma once
// Figures as people see them. Rounding is half away from zero on the decimal a person
// reads (48.25 -> 48.3, 0.05 -> 0.1), not on the binary double underneath, and every
// judgement about figures (change, target status, comparison) is made on figures
// rounded as they are shown, so that the words never contradict the numbers beside
// them.
#include <string>

#include "model/vocabulary.h"

namespace cdp {

// A magnitude split at the decimal point, as text.
struct DecimalParts {
  std::string whole;     // digits before the point, at least "0"
  std::string fraction;  // digits after it, exactly as many as asked for
};

// `magnitude` (finite, not negative) rounded half away from zero to `decimals` places
// (clamped to 0..20).
DecimalParts round_decimal(double magnitude, int decimals);

// `value` rounded like round_decimal, as a number again.
double rounded(double value, int decimals);

// The places a figure in `unit` is shown with: counts 0 (1 when not whole),
// percentages 1, rates 1, ratios 2, money 0 (money shows pence below £1,000 instead:
// money_decimals).
int shown_decimals(Unit unit, double value);

// Money is shown in pence under £1,000 and in whole pounds (or coarser) above.
int money_decimals(double pounds);

// The places a figure is shown with: `decimals` when it is known (0 or more: the
// metric's `decimals`, or the places it was written with, so that 58 reads "58%" and
// 58.0 "58.0%"), else the unit's usual places (shown_decimals). Money keeps its own rule.
int places_shown(Unit unit, double value, int decimals);

// The figure as it is shown in its unit, as a number.
double as_shown(double value, Unit unit, int decimals = -1);

// The places two figures compared were written with (-1: not known).
struct FigurePlaces {
  int value = -1;  // ours
  int other = -1;  // the comparator's
};

}  // namespace cdp
