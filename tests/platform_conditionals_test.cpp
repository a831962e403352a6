// What differs between platforms lives in core/platform* and in per-platform files
// (NAME_posix.cpp, NAME_windows.cpp, the one CMake builds chosen by the platform); no
// other file under src/ tests which platform it is built for.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/fs.h"
#include "core/platform.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// The macros that name a platform or its compiler.
constexpr std::array<std::string_view, 4> kPlatformMacros = {"_WIN32", "__linux__", "__APPLE__", "_MSC_VER"};

// Whether `relative` (under src/, '/' separators) may hold a platform conditional.
bool is_platform_file(const std::string& relative) {
  return relative.starts_with("core/platform") || relative.ends_with("_posix.cpp") ||
         relative.ends_with("_windows.cpp");
}

// "FILE: MACRO" for each file under `root` that names a platform macro and may not.
std::vector<std::string> misplaced_conditionals(const fs::path& root) {
  std::vector<std::string> found;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string relative = u8_generic(entry.path().lexically_relative(root));
    if (is_platform_file(relative)) continue;
    std::string text = read_file(entry.path()).value_or("");
    for (std::string_view macro : kPlatformMacros) {
      if (text.find(macro) != std::string::npos) found.push_back(relative + ": " + std::string(macro));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

// Each per-platform file under `root` whose other platform's file is missing (the other
// platform's build would not link).
std::vector<std::string> unpaired_platform_files(const fs::path& root) {
  std::vector<std::string> unpaired;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
    std::string relative = u8_generic(entry.path().lexically_relative(root));
    std::string partner;
    if (relative.ends_with("_posix.cpp")) {
      partner = relative.substr(0, relative.size() - 10) + "_windows.cpp";
    } else if (relative.ends_with("_windows.cpp")) {
      partner = relative.substr(0, relative.size() - 12) + "_posix.cpp";
    } else {
      continue;
    }
    if (!fs::exists(root / partner)) unpaired.push_back(relative + " (no " + partner + ")");
  }
  std::sort(unpaired.begin(), unpaired.end());
  return unpaired;
}

TEST(PlatformConditionals, NoneOutsideThePlatformFiles) {
  EXPECT_EQ(misplaced_conditionals(CDPSITE_SOURCE_DIR "/src"), std::vector<std::string>{})
      << "move the platform's code behind a function in core/platform.h, or into NAME_posix.cpp and "
         "NAME_windows.cpp (CMake builds the one for the platform)";
}

TEST(PlatformConditionals, EveryPlatformFileHasItsOtherPlatformsFile) {
  EXPECT_EQ(unpaired_platform_files(CDPSITE_SOURCE_DIR "/src"), std::vector<std::string>{});
}

TEST(PlatformConditionals, FindsEachMacroOutsideThePlatformFiles) {
  TempDir dir;
  dir.write("model/date.cpp", "#ifdef _WIN32\n#endif\n");
  dir.write("serve/watcher.h", "#if defined(__linux__) || defined(__APPLE__)\n#endif\n");
  dir.write("cli/main.cpp", "#ifdef _MSC_VER\n#endif\n");
  dir.write("core/fs.cpp", "#ifndef _WIN32\n#endif\n");
  EXPECT_EQ(misplaced_conditionals(dir.path()),
            (std::vector<std::string>{"cli/main.cpp: _MSC_VER", "core/fs.cpp: _WIN32", "model/date.cpp: _WIN32",
                                      "serve/watcher.h: __APPLE__", "serve/watcher.h: __linux__"}));
}

TEST(PlatformConditionals, AllowsThemInCorePlatformAndPerPlatformFiles) {
  TempDir dir;
  dir.write("core/platform.cpp", "#ifdef _WIN32\n#endif\n");
  dir.write("core/platform_windows.cpp", "#ifdef _MSC_VER\n#endif\n");
  dir.write("serve/watcher_posix.cpp", "#ifdef __linux__\n#endif\n");
  dir.write("publish/system_trust_windows.cpp", "#ifdef _WIN32\n#endif\n");
  EXPECT_EQ(misplaced_conditionals(dir.path()), std::vector<std::string>{});
  EXPECT_EQ(unpaired_platform_files(dir.path()),
            (std::vector<std::string>{"core/platform_windows.cpp (no core/platform_posix.cpp)",
                                      "publish/system_trust_windows.cpp (no publish/system_trust_posix.cpp)",
                                      "serve/watcher_posix.cpp (no serve/watcher_windows.cpp)"}));
}

}  // namespace
}  // namespace cdp
