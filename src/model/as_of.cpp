#include "model/as_of.h"

namespace cdp {

namespace {

bool known_by(const Observation& observation, const std::optional<Date>& as_of) {
  return !as_of || !(*as_of < observation.period.value.last());
}

}  // namespace

const Observation* latest_as_of(const std::vector<Observation>& values, const std::optional<Date>& as_of) {
  const Observation* latest = nullptr;
  for (const Observation& observation : values) {  // sorted by period
    if (known_by(observation, as_of)) latest = &observation;
  }
  return latest;
}

const Observation* previous_as_of(const std::vector<Observation>& values, const std::optional<Date>& as_of) {
  const Observation* previous = nullptr;
  const Observation* latest = nullptr;
  for (const Observation& observation : values) {
    if (!known_by(observation, as_of)) continue;
    previous = latest;
    latest = &observation;
  }
  return previous;
}

const Observation* comparator_value(const Comparator& comparator, const Period& period,
                                    const std::optional<Date>& as_of) {
  for (const Observation& observation : comparator.values) {
    if (observation.period.value == period && known_by(observation, as_of)) return &observation;
  }
  return latest_as_of(comparator.values, as_of);
}

const Target* target_as_of(const MetricSeries& series, const std::optional<Date>& as_of) {
  const Target* chosen = nullptr;
  for (const Target& target : series.targets) {
    bool set_by_then = !as_of || !target.set_on.present() || !(*as_of < target.set_on.value);
    if (set_by_then) chosen = &target;
  }
  return chosen;
}

}  // namespace cdp
