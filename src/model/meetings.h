#pragma once
// A partnership's meetings: when its board first met, how often it meets, how many
// times it has met, and what it decided when (partnership.toml's [meetings]).
#include <vector>

#include "model/date.h"
#include "model/located.h"
#include "model/period.h"
#include "model/vocabulary.h"

namespace cdp {

// One decision of the board, as its minutes record it.
struct Decision {
  Located<Period> date;      // when it was made: a month ("February 2023") or a day
  Located<std::string> text; // what was decided (inline Markdown): "Needs assessment noted; plan approved."
};

struct Meetings {
  Located<Period> first;                 // the first meeting: a month or a day
  Located<MeetingFrequency> frequency;   // how often the board meets
  Located<int> held;                     // meetings held to date
  Located<Date> held_as_of;              // the date `held` was counted on
  std::vector<Decision> decisions;       // oldest first (in the order written when on the same date)

  // Whether partnership.toml says anything about its meetings.
  bool any() const { return first.present() || frequency.present() || held.present() || !decisions.empty(); }
};

// The value of a <time datetime> for a month or a day: "2023-02", "2023-02-14".
std::string machine_date(const Period& period);

}  // namespace cdp
