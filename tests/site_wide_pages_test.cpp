// The pages and files every site gets: the feed, documents by kind and year with
// previous and next in a series, the search page, the accessibility statement, the
// regional comparison, and the home page of a site with one partnership.
#include "render/site_wide_pages.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <gtest/gtest.h>

#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

std::string partnership_toml(const std::string& name, const std::string& footprint) {
  return "name = \"" + name + "\"\nfootprint = [" + footprint + "]\nestablished = \"November 2022\"\n";
}

std::string deaths_toml(const std::string& value) {
  return "[[metric]]\nid = \"drug-misuse-deaths\"\nvalues = [ { period = \"2018-20\", value = " + value +
         " } ]\n[[metric.comparator]]\nname = \"England\"\nvalues = [ { period = \"2018-20\", value = 5.0 } ]\n";
}

std::string document(const std::string& title, const std::string& date, const std::string& extra) {
  return "+++\ntitle = \"" + title + "\"\ndate = " + date + "\nsummary = \"About " + title + ".\"\n" + extra +
         "+++\nText of " + title + ".\n";
}

// Two partnerships; one publishes a series of annual reports and a strategy.
void write_two_partnerships(const TempDir& dir) {
  write_site(dir, {
      {"site.toml", "title = \"Region\"\nbase_url = \"https://x.gov.uk/drugs/\"\n"},
      {"_index.md", "+++\ntitle = \"Region\"\n+++\nWelcome.\n"},
      {"north/partnership.toml", partnership_toml("North CDP", "\"Adur\", \"Arun\", \"Worthing\"")},
      {"north/metrics.toml", deaths_toml("5.7")},
      {"north/report-2023.md", document("Annual report 2023", "2023-10-01",
                                        "kind = \"annual report\"\nseries = \"annual\"\nperiod = \"2022/23\"\n"
                                        "authors = [\"Ann Author\"]\nmeeting = \"Board, 12 October 2023\"\n")},
      {"north/report-2024.md", document("Annual report 2024", "2024-10-01",
                                        "kind = \"annual report\"\nseries = \"annual\"\nas_of = 2024-03-31\n")},
      {"north/report-2025.md", document("Annual report 2025", "2025-10-01", "kind = \"annual report\"\nseries = \"annual\"\n")},
      {"north/strategy.md", document("Strategy", "2023-04-01", "kind = \"strategy\"\n")},
      {"south/partnership.toml", partnership_toml("South CDP", "\"Southend\"")},
      {"south/metrics.toml", deaths_toml("3.1")},
  });
}

Poco::AutoPtr<Poco::XML::Document> parse_xml(const std::string& text) {
  Poco::XML::DOMParser parser;
  return parser.parseString(text);
}

std::vector<std::string> texts_of(Poco::XML::Document& document, const std::string& tag) {
  std::vector<std::string> texts;
  Poco::AutoPtr<Poco::XML::NodeList> nodes = document.getElementsByTagName(tag);
  for (unsigned long i = 0; i < nodes->length(); ++i) texts.push_back(nodes->item(i)->innerText());
  return texts;
}

class SitePages : public ::testing::Test {
 protected:
  void SetUp() override {
    write_two_partnerships(dir_);
    RunResult result = run_cdpsite({"build", "-q", "-s", ".", "-o", "out"}, dir_.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  std::string page(const std::string& path) const { return slurp(dir_.path() / "out" / path); }
  TempDir dir_;
};

TEST_F(SitePages, FeedIsAtomWithTheDocumentsNewestFirst) {
  Poco::AutoPtr<Poco::XML::Document> feed = parse_xml(page("feed.xml"));
  Poco::XML::Element* root = feed->documentElement();
  EXPECT_EQ(root->localName(), "feed");
  EXPECT_EQ(root->namespaceURI(), "http://www.w3.org/2005/Atom");
  std::vector<std::string> titles = texts_of(*feed, "title");
  ASSERT_EQ(titles.size(), 5u);  // the feed's, then four documents
  EXPECT_EQ(titles[1], "Annual report 2025");
  EXPECT_EQ(titles[4], "Strategy");
  std::vector<std::string> ids = texts_of(*feed, "id");
  EXPECT_EQ(ids[0], "https://x.gov.uk/drugs/");
  EXPECT_EQ(ids[1], "https://x.gov.uk/drugs/north/report-2025/");
  std::vector<std::string> updated = texts_of(*feed, "updated");
  EXPECT_EQ(updated[0], "2025-10-01T00:00:00Z") << "the newest entry's date, not the build's";
  for (const std::string& time : updated) EXPECT_EQ(time.size(), 20u) << time;  // RFC 3339
  EXPECT_NE(page("index.html").find("type=\"application/atom+xml\""), std::string::npos);
}

TEST_F(SitePages, SitemapListsEveryPageAndRobotsPointsAtIt) {
  Poco::AutoPtr<Poco::XML::Document> sitemap = parse_xml(page("sitemap.xml"));
  std::vector<std::string> locations = texts_of(*sitemap, "loc");
  for (const char* url : {"https://x.gov.uk/drugs/", "https://x.gov.uk/drugs/north/report-2024/",
                                 "https://x.gov.uk/drugs/search/", "https://x.gov.uk/drugs/compare/",
                                 "https://x.gov.uk/drugs/north/metrics/drug-misuse-deaths/"}) {
    EXPECT_NE(std::find(locations.begin(), locations.end(), url), locations.end()) << url;
  }
  for (const std::string& url : locations) EXPECT_EQ(url.find("404"), std::string::npos) << url;
  EXPECT_NE(page("robots.txt").find("Sitemap: https://x.gov.uk/drugs/sitemap.xml"), std::string::npos);
}

TEST_F(SitePages, DocumentsAreListedByKindThenYearNewestFirst) {
  std::string list = text_of(element_html(page("north/documents/index.html"), "main"));
  std::size_t reports = list.find("Annual reports");
  std::size_t strategies = list.find("Strategies");
  ASSERT_NE(reports, std::string::npos) << list;
  ASSERT_NE(strategies, std::string::npos) << list;
  EXPECT_LT(strategies, reports) << "strategies come first";
  EXPECT_LT(list.find("2025", reports), list.find("2024", reports));
  EXPECT_LT(list.find("2024", reports), list.find("2023", reports));
  EXPECT_NE(list.find("covering 2022/23"), std::string::npos) << list;
  EXPECT_EQ(page("south/documents/index.html"), "") << "a partnership with no documents gets no list";
  EXPECT_NE(page("documents/index.html").find("Annual report 2025"), std::string::npos);
  EXPECT_NE(page("north/index.html").find("documents/index.html"), std::string::npos);
}

TEST_F(SitePages, DocumentsShowTheirDetailsAndTheirNeighboursInTheSeries) {
  std::string first = page("north/report-2023/index.html");
  EXPECT_NE(first.find("Annual report</dd>"), std::string::npos);
  EXPECT_NE(first.find("2022/23"), std::string::npos);
  EXPECT_NE(first.find("Ann Author"), std::string::npos);
  EXPECT_NE(first.find("Board, 12 October 2023"), std::string::npos);
  EXPECT_EQ(first.find("rel=\"prev\""), std::string::npos) << "the first has no previous";
  EXPECT_NE(first.find("<a href=\"../report-2024/index.html\" rel=\"next\">"), std::string::npos);
  std::string middle = page("north/report-2024/index.html");
  EXPECT_NE(middle.find("<a href=\"../report-2023/index.html\" rel=\"prev\">"), std::string::npos);
  EXPECT_NE(middle.find("<a href=\"../report-2025/index.html\" rel=\"next\">"), std::string::npos);
  EXPECT_NE(middle.find("as they stood on 31 March 2024"), std::string::npos);
  EXPECT_EQ(page("north/strategy/index.html").find("series-nav"), std::string::npos) << "not in a series";
}

TEST_F(SitePages, SeveralPartnershipsGetAnIndexAndAComparison) {
  std::string home = page("index.html");
  EXPECT_NE(home.find("North CDP"), std::string::npos);
  EXPECT_NE(home.find("Covers Adur, Arun and Worthing."), std::string::npos);
  EXPECT_NE(home.find("compare/index.html"), std::string::npos);
  std::string compare = text_of(element_html(page("compare/index.html"), "main"));
  EXPECT_NE(compare.find("Deaths related to drug misuse"), std::string::npos) << compare;
  EXPECT_NE(compare.find("5.7 per 100,000"), std::string::npos) << compare;
  EXPECT_NE(compare.find("3.1 per 100,000"), std::string::npos) << compare;
  EXPECT_NE(compare.find("What each partnership publishes"), std::string::npos) << compare;
}

TEST_F(SitePages, SearchWorksWithoutAServerAndSaysWhatToDoWithoutJavaScript) {
  std::string search = page("search/index.html");
  std::string fallback = element_html(element_html(search, "main"), "div");
  EXPECT_NE(fallback.find("needs JavaScript"), std::string::npos) << search;
  EXPECT_NE(fallback.find("../documents/index.html"), std::string::npos) << fallback;
  EXPECT_NE(fallback.find("../north/metrics/index.html"), std::string::npos) << fallback;
  EXPECT_NE(search.find("<script src=\"../search-index.js\">"), std::string::npos);
  EXPECT_NE(search.find("<script src=\"../js/search.js\">"), std::string::npos);
  std::string index = page("search-index.js");
  EXPECT_NE(index.find("\"t\":\"Annual report 2024\",\"k\":\"Annual report\",\"p\":\"North CDP\""), std::string::npos)
      << index;
  EXPECT_NE(index.find("\"k\":\"Metric\""), std::string::npos);
  EXPECT_EQ(index.find("\"u\":\"search/\""), std::string::npos) << "the search page is not a result";
}

TEST_F(SitePages, EveryPageLinksToTheAccessibilityStatement) {
  EXPECT_NE(page("accessibility/index.html").find("Enforcement procedure"), std::string::npos);
  EXPECT_NE(page("north/report-2023/index.html").find("../../accessibility/index.html"), std::string::npos);
}

TEST(SitePagesOne, OnePartnershipIsTheHomePage) {
  TempDir dir;
  write_site(dir, {{"_index.md", "+++\ntitle = \"North\"\n+++\nWelcome.\n"},
                   {"partnerships/north/partnership.toml", partnership_toml("North CDP", "\"Adur\"")},
                   {"partnerships/north/metrics.toml", deaths_toml("5.7")}});
  RunResult result = run_cdpsite({"build", "-q", "-s", ".", "-o", "out"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string home = slurp(dir.path() / "out/index.html");
  EXPECT_NE(home.find("partnerships/north/about/index.html"), std::string::npos) << home;
  EXPECT_NE(home.find("partnerships/north/metrics/drug-misuse-deaths/index.html"), std::string::npos)
      << "headline figures on the home page";
  EXPECT_NE(home.find("Established"), std::string::npos);
  EXPECT_EQ(home.find("The partnerships"), std::string::npos) << "no index to click through";
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/compare")) << "nothing to compare";
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/feed.xml")) << "no base_url, no feed";
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/sitemap.xml"));
  EXPECT_EQ(slurp(dir.path() / "out/robots.txt"), "User-agent: *\nAllow: /\n");
}

TEST(SitePagesOne, APartnershipAtTheTopOfTheSiteIsTheHomePage) {
  TempDir dir;
  write_site(dir, {{"_index.md", "+++\ntitle = \"North\"\n+++\nWelcome.\n"},
                   {"partnership.toml", partnership_toml("North CDP", "\"Adur\"")},
                   {"metrics.toml", deaths_toml("5.7")},
                   {"report.md", document("Annual report 2024", "2024-10-01", "kind = \"annual report\"\n")}});
  RunResult result = run_cdpsite({"build", "-q", "-s", ".", "-o", "out"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string home = slurp(dir.path() / "out/index.html");
  EXPECT_NE(home.find("href=\"about/index.html\""), std::string::npos) << home;
  EXPECT_NE(home.find("href=\"documents/index.html\""), std::string::npos) << home;
  EXPECT_NE(slurp(dir.path() / "out/documents/index.html").find("Annual report 2024"), std::string::npos);
  EXPECT_NE(slurp(dir.path() / "out/metrics/drug-misuse-deaths/index.html").find("5.7 per 100,000"),
            std::string::npos);
}

TEST(SitePagesOwn, ASitesOwnPagesAndFilesWin) {
  TempDir dir;
  write_site(dir, {{"accessibility.md", "+++\ntitle = \"Our own statement\"\n+++\nWritten by us.\n"},
                   {"static/robots.txt", "User-agent: *\nDisallow: /drafts/\n"}});
  RunResult result = run_cdpsite({"build", "-q", "-s", ".", "-o", "out"}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(slurp(dir.path() / "out/accessibility/index.html").find("Written by us."), std::string::npos);
  EXPECT_EQ(slurp(dir.path() / "out/robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
}

// "Every document of ...": a body's name takes "the"; other names are left alone.
TEST(NameInSentence, ABodysNameTakesThe) {
  EXPECT_EQ(name_in_sentence("Testshire Combating Drugs Partnership"), "the Testshire Combating Drugs Partnership");
  EXPECT_EQ(name_in_sentence("The Southend Drug and Alcohol Partnership"), "the Southend Drug and Alcohol Partnership");
  EXPECT_EQ(name_in_sentence("Testshire CDP"), "the Testshire CDP");
  EXPECT_EQ(name_in_sentence("Drugs in Testshire"), "Drugs in Testshire");
  EXPECT_EQ(name_in_sentence("Partnership"), "Partnership");
}

}  // namespace
}  // namespace cdp::testing
