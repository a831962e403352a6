#pragma once
// Runs independent work items on every core.
#include <cstddef>
#include <functional>

namespace cdp {

// Calls work(i) for every i in [0, count), spread over the machine's cores. Returns
// when all calls have finished. `work` must not throw.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work);

}  // namespace cdp
