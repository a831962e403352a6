#include "serve/live_reload.h"

#include <thread>

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(LiveReload, WaiterSeesTheNextEvent) {
  LiveReload reload;
  std::string event;
  std::uint64_t seen = reload.current();
  std::thread sender([&] { reload.broadcast("css"); });
  std::uint64_t now = reload.wait(seen, 5000, event);
  sender.join();
  EXPECT_EQ(now, seen + 1);
  EXPECT_EQ(event, "css");
}

TEST(LiveReload, TimesOutWithoutAnEvent) {
  LiveReload reload;
  std::string event;
  EXPECT_EQ(reload.wait(0, 10, event), 0u);
  EXPECT_EQ(event, "");
}

TEST(LiveReload, ShutDownWakesWaiters) {
  LiveReload reload;
  std::string event;
  std::thread stopper([&] { reload.shut_down(); });
  EXPECT_EQ(reload.wait(0, 5000, event), 0u);
  stopper.join();
  EXPECT_TRUE(reload.is_shut_down());
}

}  // namespace
}  // namespace cdp
