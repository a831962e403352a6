// The bad-input corpus: tests/bad/NN-name/ holds a small site (content/) that must not
// build, the exact lines the error output must contain (expected), and optional extra
// arguments (args). Every case must exit 1 with those messages, no crash, and the
// previous site/ unchanged. Sites that must build are in tests/good (good_sites_test).
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(CDPSITE_TEST_DATA "/bad")) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// What cannot be committed to git is made here: a dangling link, a blocked output.
void prepare(const std::string& name, const TempDir& dir) {
  if (name.ends_with("unreadable-file")) fs::create_symlink("no-such-target.md", dir.path() / "content/a.md");
  if (name.ends_with("output-not-writable")) dir.write("blocked", "a file where a folder should be");
}

class BadInputs : public ::testing::TestWithParam<std::string> {};

TEST_P(BadInputs, FailCleanlyWithTheExpectedMessage) {
  fs::path source = fs::path(CDPSITE_TEST_DATA "/bad") / GetParam();
  TempDir dir;
  fs::copy(source / "content", dir.path() / "content", fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  prepare(GetParam(), dir);
  dir.write("site/index.html", "the previous build");
  std::vector<std::string> args = {"build", "--source", "content"};
  std::vector<std::string> extra = words_of(slurp(source / "args"));
  if (extra.empty()) extra = {"--output", "site"};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult result = run_cdpsite(args, dir.path());
  std::string expected = slurp(source / "expected");
  ASSERT_FALSE(expected.empty()) << "every bad case names the messages it must print";
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::istringstream lines(expected);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_NE(result.err.find(line), std::string::npos) << "expected: " << line << "\nin:\n" << result.err;
  }
  EXPECT_EQ(result.err.find("internal error"), std::string::npos);
  auto site = snapshot(dir.path() / "site");
  EXPECT_EQ(site.size(), 1u);
  EXPECT_EQ(site["index.html"], "the previous build");
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputs, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return "case_" + name;
                         });

TEST(BadInputs, CorpusHasAtLeastFortyCases) { EXPECT_GE(case_names().size(), 40u); }

}  // namespace
}  // namespace cdp::testing
