// Every logic file src/FOLDER/NAME.cpp has its own test file, tests/NAME_test.cpp, so
// that a reader finds a file's tests by its name and a new file without tests fails CI.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace cdp {
namespace {

namespace fs = std::filesystem;

// The logic files allowed no test file of their own ("folder/name", each platform's
// file of it included), each with the reason. At most three: a file without tests
// needs a reason good enough to write here.
const std::set<std::string> kWithoutTests = {
    "cli/main",  // only calls run_cli (cli/app.cpp, tested); the test binary has its own main
    // Built only without libssh2 (a Windows build without scripts/windows's libssh2), where
    // --sftp is refused in plain words; every tested build has SFTP (sftp_target_test).
    "publish/sftp_missing",
};

// A per-platform file, NAME_windows.cpp or NAME_posix.cpp, is one concept built for one
// platform: tests/NAME_test.cpp tests whichever file the platform builds (the Windows
// build runs the unit tests under Wine, scripts/test-windows).
const std::vector<std::string> kPlatformSuffixes = {"_windows", "_posix"};

// "serve/watcher_windows.cpp" -> "watcher"; "model/site.cpp" -> "site".
std::string concept_of(const fs::path& source) {
  std::string name = source.stem().string();
  for (const std::string& suffix : kPlatformSuffixes) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return name;
}

// "serve/watcher_windows.cpp" -> "serve/watcher": a file as the concept it holds.
std::string concept_path(const std::string& file) {
  return (fs::path(file).parent_path() / concept_of(file)).generic_string();
}

// The logic files under src/ without tests/NAME_test.cpp, as "folder/name.cpp", sorted.
std::set<std::string> logic_files_without_tests(const fs::path& root) {
  std::set<std::string> missing;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root / "src")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".cpp") continue;
    if (fs::exists(root / "tests" / (concept_of(entry.path()) + "_test.cpp"))) continue;
    missing.insert(entry.path().lexically_relative(root / "src").generic_string());
  }
  return missing;
}

std::string listed(const std::set<std::string>& files) {
  std::string text;
  for (const std::string& file : files) text += "\n  src/" + file;
  return text;
}

TEST(TestFiles, EveryLogicFileHasATestFileByItsName) {
  ASSERT_LE(kWithoutTests.size(), 3u) << "at most three logic files may go without a test file of their own";
  std::set<std::string> missing = logic_files_without_tests(CDPSITE_SOURCE_DIR);
  std::set<std::string> unexplained;
  for (const std::string& file : missing) {
    if (!kWithoutTests.contains(concept_path(file))) unexplained.insert(file);
  }
  EXPECT_TRUE(unexplained.empty()) << "these files need tests/NAME_test.cpp (src/FOLDER/NAME.cpp):"
                                   << listed(unexplained);
  std::set<std::string> untested_concepts;
  for (const std::string& file : missing) untested_concepts.insert(concept_path(file));
  std::set<std::string> tested_now;
  for (const std::string& allowed : kWithoutTests) {
    if (!untested_concepts.contains(allowed)) tested_now.insert(allowed + ".cpp");
  }
  EXPECT_TRUE(tested_now.empty()) << "these files have tests (or are gone) now; take them off kWithoutTests:"
                                  << listed(tested_now);
}

TEST(TestFiles, APerPlatformFileIsTestedByItsConceptsTest) {
  EXPECT_EQ(concept_of("src/serve/watcher_windows.cpp"), "watcher");
  EXPECT_EQ(concept_of("src/core/fs_posix.cpp"), "fs");
  EXPECT_EQ(concept_of("src/routes/windows_names.cpp"), "windows_names");
  EXPECT_EQ(concept_of("src/model/site.cpp"), "site");
  EXPECT_EQ(concept_path("cli/main_windows.cpp"), "cli/main");
}

}  // namespace
}  // namespace cdp
