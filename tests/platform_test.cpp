#include "core/platform.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(FindHeldFile, NoneWhenNothingHoldsTheFolder) {
  TempDir dir;
  fs::create_directories(dir.path() / "site/about");
  std::ofstream(dir.path() / "site/about/index.html") << "x";
  EXPECT_FALSE(find_held_file(dir.path() / "site").has_value());
}

#ifdef _WIN32
// As an editor, OneDrive or antivirus holds a file: open with no sharing.
TEST(FindHeldFile, NamesTheFileAnotherProgramHolds) {
  TempDir dir;
  fs::create_directories(dir.path() / "site/about");
  std::ofstream(dir.path() / "site/index.html") << "x";
  std::ofstream(dir.path() / "site/about/index.html") << "x";
  fs::path held = dir.path() / "site/about/index.html";
  HANDLE handle = CreateFileW(held.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
  ASSERT_NE(handle, INVALID_HANDLE_VALUE);
  std::optional<fs::path> found = find_held_file(dir.path() / "site");
  CloseHandle(handle);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->lexically_normal(), held.lexically_normal());
  EXPECT_FALSE(find_held_file(dir.path() / "site").has_value()) << "let go: nothing held";
}
#endif

}  // namespace
}  // namespace cdp
