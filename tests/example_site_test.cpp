// Builds the example site in content/ and checks that every internal link and every
// #anchor resolves: from disk (as a file:// reader would) and over HTTP under a
// sub-path (as a council web server would serve it).
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <sstream>
#include <thread>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include "pipeline/links.h"
#include "outputs/open_data.h"
#include "outputs/csv_row.h"
#include "support/html_scan.h"
#include "support/test_support.h"

extern char** environ;

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

class ExampleSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    result_ = new RunResult(run_cdpsite({"build", "--source", CDPSITE_TEST_DATA "/../content", "--output",
                                         (dir_->path() / "site").string()},
                                        dir_->path()));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete result_;
  }
  static fs::path site() { return dir_->path() / "site"; }
  static TempDir* dir_;
  static RunResult* result_;
};

TempDir* ExampleSite::dir_ = nullptr;
RunResult* ExampleSite::result_ = nullptr;

bool is_checked_link(const std::string& url) {
  return !url.empty() && !is_external_url(url);
}

std::set<std::string> ids_in(const std::string& html) {
  std::vector<std::string> ids = attribute_values(html, "id");
  return {ids.begin(), ids.end()};
}

// Every value a metrics.toml of the example gives, read with toml++ alone, as
// "area|metric id|value" (area: the partnership, or a comparator's name); a
// breakdown's values are the partnership's.
std::multiset<std::string> toml_values(const fs::path& metrics_toml, const std::string& partnership) {
  std::multiset<std::string> values;
  toml::table table = toml::parse_file(metrics_toml.string());
  auto add = [&](const std::string& area, const std::string& id, const toml::array* list) {
    if (!list) return;
    for (const toml::node& value : *list) {
      double number = value.as_table()->get("value")->value<double>().value();
      values.insert(area + "|" + id + "|" + csv_number(number));
    }
  };
  for (const toml::node& node : *table["metric"].as_array()) {
    const toml::table& metric = *node.as_table();
    std::string id = metric["id"].value<std::string>().value();
    add(partnership, id, metric["values"].as_array());
    if (const toml::array* comparators = metric["comparator"].as_array()) {
      for (const toml::node& comparator : *comparators) {
        const toml::table& entry = *comparator.as_table();
        add(entry["name"].value<std::string>().value(), id, entry["values"].as_array());
      }
    }
    if (const toml::array* breakdowns = metric["breakdown"].as_array()) {
      for (const toml::node& breakdown : *breakdowns) add(partnership, id, (*breakdown.as_table())["values"].as_array());
    }
  }
  return values;
}

// How many [[metric.assessment]] a metrics.toml of the example gives, read with toml++ alone.
std::size_t toml_assessments(const fs::path& metrics_toml) {
  std::size_t count = 0;
  toml::table table = toml::parse_file(metrics_toml.string());
  for (const toml::node& node : *table["metric"].as_array()) {
    if (const toml::array* assessments = (*node.as_table())["assessment"].as_array()) count += assessments->size();
  }
  return count;
}

TEST_F(ExampleSite, DownloadsHoldTheSameNumbersAsTheToml) {
  int partnerships = 0;
  for (const fs::directory_entry& folder : fs::directory_iterator(CDPSITE_TEST_DATA "/../content/partnerships")) {
    if (!fs::exists(folder.path() / "metrics.toml")) continue;
    ++partnerships;
    std::string slug = folder.path().filename().string();
    fs::path downloads = site() / "partnerships" / slug / "open-data";
    std::vector<std::vector<std::string>> rows = parse_csv(slurp(downloads / "metrics.csv"));
    ASSERT_GT(rows.size(), 1u) << slug;
    std::string name = rows[1][0];
    std::multiset<std::string> from_csv;
    std::size_t assessment_rows = 0;  // judgements in words: a row with no value
    for (std::size_t i = 1; i < rows.size(); ++i) {
      if (rows[i][9].empty()) {
        ++assessment_rows;
        continue;
      }
      from_csv.insert(rows[i][1] + "|" + rows[i][2] + "|" + rows[i][9]);
    }
    EXPECT_EQ(from_csv, toml_values(folder.path() / "metrics.toml", name)) << slug;
    EXPECT_EQ(assessment_rows, toml_assessments(folder.path() / "metrics.toml")) << slug;

    Poco::JSON::Parser parser;
    auto json = parser.parse(slurp(downloads / "metrics.json")).extract<Poco::JSON::Object::Ptr>();
    std::multiset<std::string> from_json;
    auto add = [&](const std::string& area, const std::string& id, const Poco::JSON::Array::Ptr& values) {
      for (std::size_t i = 0; i < values->size(); ++i) {
        from_json.insert(area + "|" + id + "|" + csv_number(values->getObject(i)->getValue<double>("value")));
      }
    };
    auto metrics = json->getArray("metrics");
    for (std::size_t i = 0; i < metrics->size(); ++i) {
      auto metric = metrics->getObject(i);
      std::string id = metric->getValue<std::string>("id");
      add(name, id, metric->getArray("values"));
      auto comparators = metric->getArray("comparators");
      for (std::size_t c = 0; c < comparators->size(); ++c) {
        add(comparators->getObject(c)->getValue<std::string>("name"), id, comparators->getObject(c)->getArray("values"));
      }
    }
    EXPECT_EQ(from_json, toml_values(folder.path() / "metrics.toml", name)) << slug;
  }
  EXPECT_EQ(partnerships, 3);
}

// The text of every page reached from the home page in at most `clicks` clicks.
std::string text_within_clicks(const fs::path& site, int clicks) {
  std::set<fs::path> seen = {site / "index.html"};
  std::vector<fs::path> frontier = {site / "index.html"};
  std::string text;
  for (int depth = 0; depth <= clicks && !frontier.empty(); ++depth) {
    std::vector<fs::path> next;
    for (const fs::path& page : frontier) {
      std::string html = slurp(page);
      text += text_of(html) + "\n";
      for (const std::string& href : attribute_values(html, "href")) {
        if (!is_checked_link(href) || href.starts_with("#")) continue;
        fs::path target = (page.parent_path() / href.substr(0, href.find('#'))).lexically_normal();
        if (target.extension() == ".html" && seen.insert(target).second) next.push_back(target);
      }
    }
    frontier = std::move(next);
  }
  return text;
}

TEST_F(ExampleSite, EveryFactOfTheSourceDocumentsIsWithinThreeClicksOfHome) {
  std::string text = text_within_clicks(site(), 3);
  std::istringstream facts(slurp(CDPSITE_TEST_DATA "/example_facts.txt"));
  int checked = 0;
  for (std::string fact; std::getline(facts, fact);) {
    if (fact.empty() || fact.starts_with("#")) continue;
    ++checked;
    EXPECT_NE(text.find(fact), std::string::npos) << "not within three clicks of home: " << fact;
  }
  EXPECT_GE(checked, 60);
}

// Any one partnership alone builds, with that partnership as the home page.
TEST_F(ExampleSite, EachPartnershipAloneBuildsAsTheHomePage) {
  const fs::path content = CDPSITE_TEST_DATA "/../content";
  for (const char* only : {"west-sussex", "derby-derbyshire", "southend"}) {
    TempDir dir;
    fs::copy(content, dir.path() / "content", fs::copy_options::recursive);
    for (const fs::directory_entry& folder : fs::directory_iterator(dir.path() / "content/partnerships")) {
      if (folder.is_directory() && folder.path().filename() != only) fs::remove_all(folder.path());
    }
    // The example's own home and about pages introduce all three: a partnership's
    // site has its own.
    dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
    fs::remove(dir.path() / "content/about.md");
    RunResult result = run_cdpsite({"build", "-q", "-s", "content", "-o", "site"}, dir.path());
    ASSERT_EQ(result.exit_code, 0) << only << ":\n" << result.err;
    std::string home = slurp(dir.path() / "site/index.html");
    EXPECT_NE(home.find(std::string("partnerships/") + only + "/about/index.html"), std::string::npos) << only;
    EXPECT_EQ(home.find("The partnerships"), std::string::npos) << only;
  }
}

TEST_F(ExampleSite, Builds) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_TRUE(fs::exists(site() / "index.html"));
  EXPECT_TRUE(fs::exists(site() / "partnerships/index.html"));
  EXPECT_TRUE(fs::exists(site() / "partnerships/southend/strategy-2023-25/index.html"));
}

TEST_F(ExampleSite, EveryLinkAndAnchorResolvesFromDisk) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  auto files = snapshot(site());
  int checked = 0;
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html") || path == "404.html") continue;
    std::vector<std::string> urls = attribute_values(html, "href");
    std::vector<std::string> sources = attribute_values(html, "src");
    urls.insert(urls.end(), sources.begin(), sources.end());
    for (const std::string& url : urls) {
      if (!is_checked_link(url)) continue;
      std::string target_path = url.substr(0, url.find('#'));
      std::string anchor = url.find('#') == std::string::npos ? "" : url.substr(url.find('#') + 1);
      std::string target = target_path.empty()
                               ? path
                               : (fs::path(path).parent_path() / target_path).lexically_normal().generic_string();
      ASSERT_TRUE(files.count(target)) << path << " links to " << url << " (" << target << ")";
      if (!anchor.empty()) {
        EXPECT_TRUE(ids_in(files[target]).count(anchor)) << path << " links to " << url;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 20);
}

// A static file server (python3 -m http.server) over a folder that holds the site
// under a sub-path, as council hosting often does.
class StaticServer {
 public:
  explicit StaticServer(const fs::path& root) {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    port_ = probe.address().port();
    probe.close();
    std::string port = std::to_string(port_), dir = root.string();
    const char* argv[] = {"python3", "-m", "http.server", "--bind", "127.0.0.1", port.c_str(),
                          "--directory", dir.c_str(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawnp(&pid_, "python3", &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
  }
  ~StaticServer() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  int get(const std::string& path) const {
    for (int attempt = 0; attempt < 100; ++attempt) {
      try {
        Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = session.receiveResponse(response);
        body.ignore(std::numeric_limits<std::streamsize>::max());
        return response.getStatus();
      } catch (const Poco::Exception&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // server still starting
      }
    }
    return -1;
  }

 private:
  int port_ = 0;   // loopback port the server listens on
  pid_t pid_ = 0;  // the server process
};

TEST_F(ExampleSite, EveryLinkResolvesWhenServedUnderASubPath) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  TempDir web;
  fs::create_directories(web.path() / "public-health");
  fs::create_directory_symlink(site(), web.path() / "public-health/drugs-partnership");
  StaticServer server(web.path());
  const std::string base = "http://127.0.0.1/public-health/drugs-partnership/";
  auto files = snapshot(site());
  std::set<std::string> requested;
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html") || path == "404.html") continue;
    Poco::URI page(base + path);
    for (const std::string& url : attribute_values(html, "href")) {
      if (!is_checked_link(url)) continue;
      Poco::URI target(page, url);
      std::string request = target.getPath();
      if (!requested.insert(request).second) continue;
      EXPECT_TRUE(request.starts_with("/public-health/drugs-partnership/")) << path << " -> " << url;
      EXPECT_EQ(server.get(request), 200) << path << " links to " << url << " (" << request << ")";
    }
  }
  EXPECT_GT(requested.size(), 5u);
}

}  // namespace
}  // namespace cdp::testing
