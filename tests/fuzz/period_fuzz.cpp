// Fuzzes period parsing: a parsed period must be a real, ordered range with words.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/period.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string problem;
  auto period = cdp::parse_period(std::string(reinterpret_cast<const char*>(data), size), &problem);
  if (!period) return 0;
  if (period->last() < period->first()) std::abort();
  if (!cdp::is_valid_date(period->first().year, period->first().month, period->first().day)) std::abort();
  if (period->display().empty() || period->label().empty()) std::abort();
  return 0;
}
