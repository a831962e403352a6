// The order of src/'s folders, as ARCHITECTURE.md writes it, holds: a file includes only
// its own folder and the folders before it, so no include goes up a layer.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace cdp {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = CDPSITE_SOURCE_DIR;

std::string text_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The folders in the ```layers block of ARCHITECTURE.md, bottom up: folder -> rank.
std::map<std::string, int> layer_ranks() {
  std::string architecture = text_of(kSourceDir / "ARCHITECTURE.md");
  std::size_t start = architecture.find("```layers\n");
  std::size_t end = architecture.find("```", start + 10);
  std::map<std::string, int> ranks;
  if (start == std::string::npos || end == std::string::npos) return ranks;
  std::istringstream words(architecture.substr(start + 10, end - start - 10));
  std::string folder;
  for (int rank = 0; words >> folder; ++rank) ranks.emplace(folder, rank);
  return ranks;
}

// "render/page_job.h:3: includes outputs/ (a later layer)" for every include that
// goes up the order.
std::vector<std::string> includes_that_go_up(const std::map<std::string, int>& ranks) {
  static const std::regex kInclude(R"(^\s*#\s*include\s+"([a-z_]+)/)");
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(kSourceDir / "src")) {
    if (!entry.is_regular_file()) continue;
    fs::path relative = fs::relative(entry.path(), kSourceDir / "src");
    std::string folder = relative.begin()->string();
    std::istringstream lines(text_of(entry.path()));
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      std::smatch match;
      if (!std::regex_search(line, match, kInclude)) continue;
      auto included = ranks.find(match[1]);
      std::string where = relative.generic_string() + ":" + std::to_string(number) + ": includes " +
                          match[1].str() + "/";
      if (included == ranks.end()) found.push_back(where + ", a folder ARCHITECTURE.md does not list");
      else if (ranks.count(folder) && included->second > ranks.at(folder)) found.push_back(where + ", a later layer");
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

TEST(Architecture, EveryFolderOfSrcHasItsPlaceInTheOrder) {
  std::map<std::string, int> ranks = layer_ranks();
  ASSERT_FALSE(ranks.empty()) << "ARCHITECTURE.md has no ```layers block";
  for (const auto& entry : fs::directory_iterator(kSourceDir / "src")) {
    if (!entry.is_directory()) continue;
    EXPECT_TRUE(ranks.count(entry.path().filename().string()))
        << "src/" << entry.path().filename().string() << "/ is not in ARCHITECTURE.md's order of layers";
  }
}

TEST(Architecture, NoIncludeGoesUpALayer) {
  std::map<std::string, int> ranks = layer_ranks();
  ASSERT_FALSE(ranks.empty());
  std::vector<std::string> up = includes_that_go_up(ranks);
  std::string list;
  for (const std::string& line : up) list += line + "\n";
  EXPECT_TRUE(up.empty()) << list;
}

// The test can fail: with the order reversed, the includes of today go up.
TEST(Architecture, TheCheckFindsAnIncludeThatGoesUp) {
  std::map<std::string, int> reversed;
  std::map<std::string, int> ranks = layer_ranks();
  for (const auto& [folder, rank] : ranks) reversed[folder] = static_cast<int>(ranks.size()) - rank;
  std::vector<std::string> up = includes_that_go_up(reversed);
  EXPECT_FALSE(up.empty());
  bool render_on_core = std::any_of(up.begin(), up.end(), [](const std::string& line) {
    return line.starts_with("render/") && line.find("includes core/, a later layer") != std::string::npos;
  });
  EXPECT_TRUE(render_on_core);
}

}  // namespace
}  // namespace cdp
