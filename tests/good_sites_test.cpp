// The good-site corpus: tests/good/NN-name/ holds a small site (content/) that must
// build, and what the build must produce (expected), one check a line:
//   PATH h1 TEXT        the text of the first <h1> of output file PATH contains TEXT
//   PATH contains TEXT  output file PATH exists and contains TEXT
//   PATH lacks TEXT     output file PATH exists and does not contain TEXT
//   absent PATH         there is no output file or folder PATH
//   warns TEXT          the build's error output holds the line TEXT (a warning)
// Blank lines and lines starting with # are comments. Every case must exit 0, with
// nothing on stderr but the warnings it expects (and no "error:").
#include <sstream>

#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_names() { return case_folders(CDPSITE_TEST_DATA "/good"); }

// What cannot be committed to git is made here: a huge page, a symlink loop.
void prepare(const std::string& name, const TempDir& dir) {
  if (name.ends_with("huge-file")) {
    std::string body = "+++\ntitle = \"Huge\"\n+++\n";
    while (body.size() < 5'000'000) body += "A long paragraph of text about treatment and recovery services. ";
    dir.write("content/huge.md", body + "The last sentence of a huge page.\n");
  }
  if (name.ends_with("symlink-loop")) fs::create_directory_symlink(".", dir.path() / "content/loop");
}

// Checks one line of `expected` against the built site in `site`.
void check(const fs::path& site, const std::string& line) {
  std::istringstream in(line);
  std::string path, verb;
  in >> path >> verb;
  std::string text;
  std::getline(in >> std::ws, text);
  if (path == "absent") {
    EXPECT_FALSE(fs::exists(site / verb)) << verb << " should not be built";
    return;
  }
  ASSERT_TRUE(fs::is_regular_file(site / path)) << path << " was not built";
  std::string content = slurp(site / path);
  if (verb == "h1") {
    std::string h1 = text_of(element_html(content, "h1"));
    EXPECT_NE(h1.find(text), std::string::npos) << path << ": <h1> is \"" << h1 << "\", expected " << text;
  } else if (verb == "contains") {
    EXPECT_NE(content.find(text), std::string::npos) << path << " lacks: " << text;
  } else if (verb == "lacks") {
    EXPECT_EQ(content.find(text), std::string::npos) << path << " contains: " << text;
  } else {
    ADD_FAILURE() << "expected: unknown check \"" << line << "\"";
  }
}

class GoodSites : public ::testing::TestWithParam<std::string> {};

TEST_P(GoodSites, BuildWithoutErrorsAndProduceWhatIsExpected) {
  fs::path source = fs::path(CDPSITE_TEST_DATA "/good") / GetParam();
  TempDir dir;
  fs::copy(source / "content", dir.path() / "content", fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  prepare(GetParam(), dir);
  RunResult result = run_cdpsite({"build", "--source", "content", "--output", "site", "--quiet"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream expected(slurp(source / "expected"));
  int checks = 0;
  bool warns = false;
  for (std::string line; std::getline(expected, line);) {
    if (line.empty() || line.starts_with("#")) continue;
    SCOPED_TRACE(line);
    if (line.starts_with("warns ")) {
      warns = true;
      EXPECT_NE(result.err.find(line.substr(6) + "\n"), std::string::npos) << "expected: " << line << "\nin:\n" << result.err;
    } else {
      check(dir.path() / "site", line);
    }
    ++checks;
  }
  if (!warns) {
    EXPECT_EQ(result.err, "");
  }
  EXPECT_EQ(result.err.find("error:"), std::string::npos) << result.err;
  EXPECT_GT(checks, 0) << "expected holds no checks";
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoodSites, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return "case_" + name;
                         });

TEST(GoodSites, CorpusHasEveryCase) { EXPECT_GE(case_names().size(), 5u); }

}  // namespace
}  // namespace cdp::testing
