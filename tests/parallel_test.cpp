#include "core/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace cdp {
namespace {

// Every index once, and all of them done by the time it returns.
TEST(Parallel, RunsTheWorkForEveryIndexExactlyOnce) {
  for (std::size_t count : {0u, 1u, 7u, 1000u}) {
    std::vector<std::atomic<int>> runs(count);
    parallel_for(count, [&](std::size_t i) { runs[i].fetch_add(1); });
    for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(runs[i].load(), 1) << "index " << i << " of " << count;
  }
}

}  // namespace
}  // namespace cdp
