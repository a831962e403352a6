// The bad-input corpus: tests/bad/NN-name/ holds a small site (content/) that must not
// build, the exact lines the error output must contain (expected), and optional extra
// arguments (args). One line of `expected` is the count the output ends with ("3 errors",
// "1 error, 1 warning"): every case states exactly how many messages its mistakes give,
// so that one mistake never gives a second message that follows from the first. Every case must exit 1 with those messages, no crash, and the
// previous site/ unchanged. Sites that must build are in tests/good (good_sites_test).
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_names() { return case_folders(CDPSITE_TEST_DATA "/bad"); }

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// Files outside the site folder (beside content/) for the links out of it to point at.
void write_outside_files(const TempDir& dir) {
  dir.write("outside/secret.txt", "a private file outside the site folder");
  dir.write("outside/folder/notes.txt", "private notes outside the site folder");
  dir.write("outside/page.md", "+++\ntitle = \"Outside\"\n+++\nPrivate.\n");
  dir.write("outside/data.toml", "# private\n");
  dir.write("outside/page.mustache", "{{title}}");
  fs::copy(CDPSITE_TEST_DATA "/../themes/default", dir.path() / "outside/theme", fs::copy_options::recursive);
}

// A theme of the site's own, in its themes/ folder: a copy of the default theme.
void copy_default_theme_into_site(const TempDir& dir, const std::string& name) {
  fs::create_directories(dir.path() / "content/themes");
  fs::copy(CDPSITE_TEST_DATA "/../themes/default", dir.path() / "content/themes" / name, fs::copy_options::recursive);
}

// Links out of the site folder, of every kind the site reads: made here so that they
// point at real files wherever the test runs.
void make_links_out(const std::string& name, const TempDir& dir) {
  const fs::path content = dir.path() / "content";
  const fs::path outside = dir.path() / "outside";
  write_outside_files(dir);
  if (name.ends_with("link-out-page-file")) fs::create_symlink("/etc/passwd", content / "ws/passwd.txt");
  if (name.ends_with("link-out-folder")) fs::create_directory_symlink(outside / "folder", content / "shared");
  if (name.ends_with("link-out-markdown")) fs::create_symlink(outside / "page.md", content / "b.md");
  if (name.ends_with("link-out-static")) {
    fs::create_directories(content / "static");
    fs::create_symlink("../../outside/secret.txt", content / "static/secret.txt");
    fs::create_directory_symlink(outside / "folder", content / "static/private");
  }
  if (name.ends_with("link-out-data")) {
    fs::create_directories(content / "data");
    fs::create_symlink(outside / "data.toml", content / "ws/metrics.toml");
    fs::create_symlink(outside / "data.toml", content / "data/extra.toml");
  }
  if (name.ends_with("link-out-template")) {
    fs::create_directories(content / "templates");
    fs::create_symlink(outside / "page.mustache", content / "templates/page.mustache");
    fs::create_directory_symlink(outside / "theme/templates/partials", content / "templates/partials");
  }
  if (name.ends_with("link-out-theme")) {
    fs::create_directories(content / "themes");
    fs::create_directory_symlink(outside / "theme", content / "themes/mine");
  }
  if (name.ends_with("link-out-theme-file")) {
    copy_default_theme_into_site(dir, "mine");
    fs::create_symlink(outside / "secret.txt", content / "themes/mine/static/logo.svg");
    fs::remove(content / "themes/mine/templates/base.mustache");
    fs::create_symlink(outside / "theme/templates/base.mustache", content / "themes/mine/templates/base.mustache");
  }
  if (name.ends_with("link-out-site-toml")) fs::create_symlink(outside / "data.toml", content / "site.toml");
}

// Names Windows cannot hold are made here, so that the repository still checks out on
// Windows.
void make_names_windows_cannot_hold(const std::string& name, const TempDir& dir) {
  const std::string page = "+++\ntitle = \"A page\"\n+++\nText.\n";
  if (name.ends_with("device-name-static-file")) dir.write("content/static/NUL.txt", "nothing");
  if (name.ends_with("folder-ending-in-dot")) {
    dir.write("content/minutes./march.md", page);
    dir.write("content/minutes./april.md", page);
  }
  if (name.ends_with("forbidden-character-in-file-name")) dir.write("content/What next?.md", page);
  if (name.ends_with("page-file-device-name")) dir.write("content/news/Aux.md", page);
  if (name.ends_with("device-name-data-and-template")) {
    dir.write("content/data/Con.toml", "# a catalogue of the site's own metrics\n");
    dir.write("content/templates/aux/page.mustache", "{{title}}");
    dir.write("content/templates/aux/list.mustache", "{{title}}");
  }
}

// What cannot be committed to git is made here: a shortcode of 50,000 arguments, a
// dangling link, a blocked output, links out of the site folder.
void prepare(const std::string& name, const TempDir& dir) {
  if (name.ends_with("shortcode-with-many-arguments")) {
    std::string page = "+++\ntitle = \"P\"\n+++\n{{< metric \"numbers-in-treatment\"";
    for (int i = 0; i < 50000; ++i) page += " k" + std::to_string(i) + "=\"v\"";
    dir.write("content/ws/a.md", page + " >}}\n");
  }
  if (name.ends_with("unreadable-file")) fs::create_symlink("no-such-target.md", dir.path() / "content/a.md");
  if (name.ends_with("output-not-writable")) dir.write("blocked", "a file where a folder should be");
  if (name.find("link-out") != std::string::npos) make_links_out(name, dir);
  make_names_windows_cannot_hold(name, dir);
}

// Whether `line` is the count of messages a run ends with: "2 errors", "1 error, 3
// warnings", "60 errors (the first 50 are shown)".
bool is_count_line(const std::string& line) {
  static const std::regex count(R"(\d+ errors?(, \d+ warnings?)?( \(the first \d+( of each)? are shown\))?)");
  return std::regex_match(line, count);
}

// The count line of the error output `err` ("" when it has none).
std::string count_line_of(const std::string& err) {
  std::istringstream lines(err);
  std::string count;
  for (std::string line; std::getline(lines, line);) {
    if (is_count_line(line)) count = line;
  }
  return count;
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
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::istringstream lines(expected);
  int count_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (is_count_line(line)) {
      ++count_lines;
      EXPECT_EQ(count_line_of(result.err), line) << "the number of messages differs, in:\n" << result.err;
      continue;
    }
    EXPECT_NE(result.err.find(line), std::string::npos) << "expected: " << line << "\nin:\n" << result.err;
  }
  EXPECT_EQ(count_lines, 1) << "expected holds no count of the messages, e.g. \"1 error\"; the run gives: "
                            << count_line_of(result.err);
  EXPECT_EQ(result.err.find("internal error"), std::string::npos);
  // Whatever the files hold (lines and links of megabytes), at most 50 errors of bounded size.
  EXPECT_LT(result.err.size(), 64u * 1024) << "the error output is " << result.err.size() << " bytes";
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
