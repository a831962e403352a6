#include "core/install_paths.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/platform.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;

// Beside the binary first (a package works wherever it is installed), then the prefix it
// was built for, then the source tree (a binary run from build/).
TEST(InstallPaths, BesideTheBinaryThenThePrefixThenTheSourceTree) {
  std::vector<fs::path> folders = shared_folders();
  ASSERT_GE(folders.size(), 3u);
  EXPECT_EQ(folders[folders.size() - 2], fs::path(CDPSITE_DATA_DIR));
  EXPECT_EQ(folders.back(), fs::path(CDPSITE_SOURCE_DIR));
  std::optional<fs::path> binary = executable_path();
  ASSERT_TRUE(binary);
  fs::path installed = binary->parent_path().parent_path() / "share" / "cdpsite";
  auto beside = std::find(folders.begin(), folders.end(), installed);
  EXPECT_NE(beside, folders.end()) << installed;
  EXPECT_LT(beside - folders.begin(), static_cast<std::ptrdiff_t>(folders.size() - 2));
}

}  // namespace
}  // namespace cdp
