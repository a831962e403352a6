// The guide (guide/, a cdpsite site) is never wrong: it builds with no broken link, and
// every example in it is run. A fenced block's info string says what kind of example
// it is (ARCHITECTURE.md, "The guide's examples"):
//   ```sh run [exit=N]                 each line is a cdpsite command, run in a copy of
//                                      the example site's folder; each exits N (default 0)
//   ```sh not-run reason="..."         a command a test cannot run (serve, FTP, a double-click)
//   ```toml example=good file=PATH [append] [page=URL shows="TEXT"]
//   ```markdown example=good file=PATH [append] [page=URL shows="TEXT"]
//                                      written at PATH in a copy of the example site (after
//                                      what is there with `append`), which then builds; the
//                                      page at URL shows TEXT
//   ```toml example=bad file=PATH [append] expect="MESSAGE"
//                                      the same, and then `cdpsite check` fails with MESSAGE
// A toml, markdown or sh block without one of these fails the test, so that no example
// goes untested by accident. The guide also names everything cdpsite knows, tested from
// the code's own tables: every command's options (the reference, and the reverse), the
// authoring rules, the kinds of document, the shortcodes, the framework's metrics and
// every key the loaders accept.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "cli/commands.h"
#include "load/config.h"
#include "model/document_kinds.h"
#include "render/shortcodes.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kGuide = fs::path(CDPSITE_SOURCE_DIR) / "guide";
const fs::path kExample = fs::path(CDPSITE_SOURCE_DIR) / "content";

// One fenced block of a guide page.
struct Example {
  std::string page;                          // "guide/writing.md:42", where the block starts
  std::string language;                      // the info string's first word
  std::map<std::string, std::string> marks;  // the rest: key=value, key="value" or a bare key
  std::string text;                          // the block's lines
};

// The info string after the language: `run exit=1`, `example=bad expect="a b"`.
std::map<std::string, std::string> marks_of(const std::string& info) {
  static const std::regex kMark(R"re(([a-z-]+)(?:=(?:"([^"]*)"|(\S+)))?)re");
  std::map<std::string, std::string> marks;
  for (std::sregex_iterator it(info.begin(), info.end(), kMark), end; it != end; ++it) {
    marks[(*it)[1]] = (*it)[2].matched ? (*it)[2].str() : (*it)[3].str();
  }
  return marks;
}

// The value of an example's mark, "" when it has none.
std::string mark(const Example& example, const std::string& key) {
  auto found = example.marks.find(key);
  return found == example.marks.end() ? "" : found->second;
}

std::vector<Example> examples_in(const fs::path& file) {
  std::vector<Example> examples;
  std::istringstream lines(slurp(file));
  std::string line;
  Example* open = nullptr;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (open) {
      if (line.starts_with("```")) open = nullptr;
      else open->text += line + "\n";
      continue;
    }
    if (!line.starts_with("```")) continue;
    std::string info = line.substr(3);
    std::size_t space = info.find(' ');
    Example example;
    example.page = "guide/" + fs::relative(file, kGuide).generic_string() + ":" + std::to_string(number);
    example.language = info.substr(0, space);
    if (space != std::string::npos) example.marks = marks_of(info.substr(space + 1));
    examples.push_back(example);
    open = &examples.back();
  }
  return examples;
}

std::vector<Example> all_examples() {
  std::vector<Example> all;
  for (const auto& entry : fs::recursive_directory_iterator(kGuide)) {
    if (entry.path().extension() != ".md") continue;
    for (Example& example : examples_in(entry.path())) all.push_back(std::move(example));
  }
  return all;
}

// A command line of the guide, split as a shell would for plain words and "quotes".
std::vector<std::string> words_of(const std::string& command) {
  std::vector<std::string> words;
  std::string word;
  bool quoted = false, in_word = false;
  for (char c : command) {
    if (c == '"') quoted = !quoted, in_word = true;
    else if (c == ' ' && !quoted) {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else word += c, in_word = true;
  }
  if (in_word) words.push_back(word);
  return words;
}

// A fresh copy of the example site in `dir`/content.
void copy_example_site(const TempDir& dir) {
  fs::copy(kExample, dir.path() / "content", fs::copy_options::recursive);
}

void write_example(const TempDir& dir, const Example& example) {
  fs::path target = dir.path() / "content" / example.marks.at("file");
  fs::create_directories(target.parent_path());
  std::ofstream out(target, example.marks.count("append") ? std::ios::app | std::ios::binary : std::ios::binary);
  out << (example.marks.count("append") ? "\n" : "") << example.text;
}

TEST(Guide, BuildsWithNoBrokenLink) {
  TempDir dir;
  RunResult build = run_cdpsite({"build", "-s", kGuide.string(), "-o", (dir.path() / "out").string()}, dir.path());
  EXPECT_EQ(build.exit_code, 0) << build.err;
  EXPECT_EQ(build.err.find("warning"), std::string::npos) << build.err;
}

TEST(Guide, EveryExampleSaysWhatKindItIs) {
  std::vector<Example> examples = all_examples();
  ASSERT_FALSE(examples.empty());
  for (const Example& example : examples) {
    if (example.language != "sh" && example.language != "toml" && example.language != "markdown") continue;
    bool marked = example.marks.count("run") || example.marks.count("not-run") || example.marks.count("example");
    EXPECT_TRUE(marked) << example.page << ": say what kind of example this is (see tests/guide_test.cpp)";
    if (example.marks.count("not-run")) {
      EXPECT_FALSE(mark(example, "reason").empty()) << example.page << ": reason=\"why a test cannot run it\"";
    }
    if (example.marks.count("example")) {
      EXPECT_TRUE(example.marks.count("file")) << example.page << ": file=PATH";
    }
    if (mark(example, "example") == "bad") {
      EXPECT_FALSE(mark(example, "expect").empty()) << example.page << ": expect=\"the message\"";
    }
  }
}

TEST(Guide, EveryCommandRunsAsTheGuideSays) {
  for (const Example& example : all_examples()) {
    if (!example.marks.count("run")) continue;
    TempDir dir;
    copy_example_site(dir);
    int expected = example.marks.count("exit") ? std::stoi(example.marks.at("exit")) : 0;
    std::istringstream lines(example.text);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line.starts_with("#")) continue;
      std::vector<std::string> words = words_of(line.substr(0, line.find("  #")));
      ASSERT_FALSE(words.empty());
      ASSERT_EQ(words[0], "cdpsite") << example.page << ": a command the test runs starts with cdpsite";
      words.erase(words.begin());
      RunResult run = run_cdpsite(words, dir.path());
      EXPECT_EQ(run.exit_code, expected) << example.page << ": " << line << "\n" << run.err;
    }
  }
}

TEST(Guide, EveryGoodExampleBuildsAndShowsWhatItSays) {
  for (const Example& example : all_examples()) {
    if (mark(example, "example") != "good") continue;
    TempDir dir;
    copy_example_site(dir);
    write_example(dir, example);
    RunResult build = run_cdpsite({"build", "-s", "content", "-o", "out"}, dir.path());
    EXPECT_EQ(build.exit_code, 0) << example.page << "\n" << build.err;
    if (!example.marks.count("shows")) continue;
    std::string page = slurp(dir.path() / "out" / example.marks.at("page") / "index.html");
    EXPECT_NE(page.find(example.marks.at("shows")), std::string::npos)
        << example.page << ": the page " << example.marks.at("page") << " does not show " << example.marks.at("shows");
  }
}

TEST(Guide, EveryBadExampleGivesTheMessageTheGuideQuotes) {
  for (const Example& example : all_examples()) {
    if (mark(example, "example") != "bad") continue;
    TempDir dir;
    copy_example_site(dir);
    write_example(dir, example);
    RunResult check = run_cdpsite({"check", "-s", "content"}, dir.path());
    EXPECT_EQ(check.exit_code, 1) << example.page;
    EXPECT_NE(check.err.find(example.marks.at("expect")), std::string::npos)
        << example.page << ": expected the message\n  " << example.marks.at("expect") << "\ngot:\n" << check.err;
  }
}

// Every page of the guide, one after another.
std::string whole_guide() {
  std::string all;
  for (const auto& entry : fs::directory_iterator(kGuide)) {
    if (entry.path().extension() == ".md") all += slurp(entry.path());
  }
  return all;
}

// `text` without its fenced blocks (an example may name an option that does not exist).
std::string prose_of(const std::string& text) {
  std::string prose;
  std::istringstream lines(text);
  bool fenced = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("```")) fenced = !fenced;
    else if (!fenced) prose += line + "\n";
  }
  return prose;
}

// "--name" of every option of every command, as the program parses them.
std::set<std::string> command_line_options() {
  CLI::App app;
  CommandAction action;
  add_commands(app, action);
  std::set<std::string> options;
  std::vector<const CLI::App*> commands = {&app};
  while (!commands.empty()) {
    const CLI::App* command = commands.back();
    commands.pop_back();
    for (const CLI::Option* option : command->get_options()) {
      for (const std::string& name : option->get_lnames()) options.insert("--" + name);
    }
    for (const CLI::App* sub : command->get_subcommands({})) commands.push_back(sub);
  }
  return options;
}

// Where `name` is shown as written in a file: `name`, or as a table, [name] or [a.name].
bool names(const std::string& guide, const std::string& name) {
  return guide.find("`" + name + "`") != std::string::npos || guide.find("[" + name + "]") != std::string::npos ||
         guide.find("." + name + "]") != std::string::npos;
}

// The string literals of `text`.
std::vector<std::string> literals_in(std::string_view text) {
  std::vector<std::string> found;
  for (std::size_t open = text.find('"'); open != std::string_view::npos; open = text.find('"', open)) {
    std::size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) break;
    found.emplace_back(text.substr(open + 1, close - open - 1));
    open = close + 1;
  }
  return found;
}

// Every key a data or settings file may hold, read from the loaders' own lists: the
// braced list of each reject_unknown_keys call, and the body of each function *_keys().
std::set<std::string> keys_the_loaders_know() {
  std::set<std::string> keys;
  for (const auto& entry : fs::directory_iterator(fs::path(CDPSITE_SOURCE_DIR) / "src" / "load")) {
    if (entry.path().extension() != ".cpp") continue;
    std::string source = slurp(entry.path());
    for (std::size_t at = source.find(".reject_unknown_keys("); at != std::string::npos;
         at = source.find(".reject_unknown_keys(", at + 1)) {
      std::size_t brace = source.find('{', at), end = source.find(';', at);
      if (brace > end) continue;
      for (std::string& key : literals_in(std::string_view(source).substr(brace, source.find('}', brace) - brace))) {
        keys.insert(key);
      }
    }
    static const std::regex kDefinition(R"re(\nconst std::vector<std::string>& \w+_keys\([^)]*\) \{\n)re");
    for (std::sregex_iterator it(source.begin(), source.end(), kDefinition), end; it != end; ++it) {
      std::size_t body = it->position() + it->length();
      for (std::string& key : literals_in(std::string_view(source).substr(body, source.find("\n}", body) - body))) {
        keys.insert(key);
      }
    }
  }
  return keys;
}

TEST(Guide, TheReferenceNamesEveryOptionAndNoOther) {
  std::set<std::string> options = command_line_options();
  ASSERT_TRUE(options.count("--ftps-ca"));
  std::string reference = slurp(kGuide / "reference.md");
  for (const std::string& option : options) {
    EXPECT_TRUE(std::regex_search(reference, std::regex(option + "[^a-z-]"))) << "guide/reference.md does not name " << option;
  }
  std::string prose = prose_of(reference);
  static const std::regex kOption(R"re(--[a-z][a-z-]*)re");
  for (std::sregex_iterator it(prose.begin(), prose.end(), kOption), end; it != end; ++it) {
    EXPECT_TRUE(options.count(it->str())) << "guide/reference.md names " << it->str() << ", which no command has";
  }
}

TEST(Guide, NamesEveryRuleKindShortcodeAndMetric) {
  std::string guide = whole_guide();
  for (const std::string& rule : authoring_rule_names()) EXPECT_TRUE(names(guide, rule)) << "the rule " << rule;
  for (const KindOfDocument& kind : known_document_kinds({})) {
    EXPECT_TRUE(names(guide, kind.kind)) << "the kind of document " << kind.kind;
  }
  for (const std::string& shortcode : shortcode_names()) {
    EXPECT_TRUE(names(guide, shortcode)) << "the shortcode " << shortcode;
  }
  toml::table framework = toml::parse_file((fs::path(CDPSITE_SOURCE_DIR) / "data" / "outcomes-framework.toml").string());
  const toml::array* metrics = framework["metric"].as_array();
  ASSERT_TRUE(metrics && !metrics->empty());
  for (const toml::node& metric : *metrics) {
    std::string row = "| `" + metric.as_table()->get("id")->value_or(std::string()) + "` | " +
                      metric.as_table()->get("name")->value_or(std::string()) + " |";
    EXPECT_NE(guide.find(row), std::string::npos) << "guide/data.md's table of metrics lacks " << row;
  }
}

TEST(Guide, NamesEveryKeyOfTheDataAndSettings) {
  std::string guide = whole_guide();
  std::set<std::string> keys = keys_the_loaders_know();
  ASSERT_TRUE(keys.count("reports_to") && keys.count("set_on") && keys.count("exempt_paragraph"));
  for (const std::string& key : keys) EXPECT_TRUE(names(guide, key)) << "the guide does not name the key " << key;
}

}  // namespace
}  // namespace cdp::testing
