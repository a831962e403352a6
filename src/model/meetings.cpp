#include "model/meetings.h"

namespace cdp {

std::string machine_date(const Period& period) {
  std::string day = iso(period.first());
  return period.kind() == PeriodKind::kDay ? day : day.substr(0, 7);
}

}  // namespace cdp
