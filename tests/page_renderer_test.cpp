#include "render/page_renderer.h"

#include <gtest/gtest.h>

#include "core/terminal.h"
#include "load/data_loader.h"
#include "load/site_loader.h"
#include "render/documents.h"
#include "routes/route_table.h"
#include "support/html_scan.h"
#include "support/test_support.h"

namespace cdp {
namespace {

// A one-partnership site, loaded as a build loads it, with the default theme.
class PageRendererTest : public ::testing::Test {
 protected:
  testing::TempDir dir;
  Diagnostics diagnostics;
  std::optional<Site> site;
  std::optional<CdpData> data;
  std::optional<TemplateSet> templates;
  RouteTable routes;
  std::vector<Document> documents;
  std::unique_ptr<SharedPageValues> shared;

  void SetUp() override {
    dir.write("content/site.toml", "title = \"Testshire\"\n");
    dir.write("content/ws/partnership.toml", "name = \"West Sussex\"\n");
    dir.write("content/ws/metrics.toml",
              "[[metric]]\nid = \"numbers-in-treatment\"\nvalues = [ { period = \"2022/23\", value = 1750 } ]\n");
    dir.write("content/ws/plan.md",
              "+++\ntitle = \"Our plan\"\n+++\nIn treatment: {{< metric \"numbers-in-treatment\" >}}.\n\n"
              "See [the notes](notes.md).\n");
    dir.write("content/ws/notes.md", "+++\ntitle = \"Notes\"\n+++\nNo figures here.\n");
    load();
  }

  void load() {
    site = load_site({dir.path() / "content", false}, diagnostics);
    ASSERT_TRUE(site) << format_diagnostics(diagnostics, false);
    data = load_cdp_data(*site, diagnostics);
    routes = plan_routes(*site, diagnostics);
    templates = TemplateSet::load(site->template_dirs, dir.path(), diagnostics);
    ASSERT_TRUE(data && templates) << format_diagnostics(diagnostics, false);
    documents = site_documents(*site);
    shared = std::make_unique<SharedPageValues>(*site);
  }

  Page& page(const std::string& rel_path) {
    for (const std::unique_ptr<Page>& page : site->pages) {
      if (page->rel_path == rel_path) return *page;
    }
    throw std::out_of_range(rel_path);
  }

  void render(Page& page, const LinkRewriter& links = {}) {
    render_body(page, *data, *templates, {}, links, diagnostics);
  }

  RenderInputs inputs() { return {*site, *data, *templates, documents, *shared}; }
};

TEST_F(PageRendererTest, TheBodysShortcodesShowTheDataAndItsLinksAreRewritten) {
  Page& plan = page("ws/plan.md");
  render(plan, [](const LinkRef& link) { return RewrittenLink(link.url == "notes.md" ? "../notes/index.html" : link.url); });
  EXPECT_FALSE(diagnostics.has_errors()) << format_diagnostics(diagnostics, false);
  EXPECT_NE(plan.rendered.html.find("<p>In treatment: 1,750 in 2022/23.</p>"), std::string::npos) << plan.rendered.html;
  EXPECT_NE(plan.rendered.html.find("<a href=\"../notes/index.html\">the notes</a>"), std::string::npos)
      << plan.rendered.html;
  EXPECT_TRUE(plan.uses_data);

  Page& notes = page("ws/notes.md");
  render(notes);
  EXPECT_FALSE(notes.uses_data) << "a page whose shortcodes show no data is not re-rendered when the data changes";
}

TEST_F(PageRendererTest, AShortcodesProblemIsReportedAtItsPlaceInTheFile) {
  dir.write("content/ws/plan.md", "+++\ntitle = \"Our plan\"\n+++\n{{< metric \"no-such-metric\" >}}\n");
  load();
  render(page("ws/plan.md"));
  std::string errors = format_diagnostics(diagnostics, false);
  EXPECT_NE(errors.find("plan.md:4:"), std::string::npos) << errors;
}

TEST_F(PageRendererTest, APageIsItsTemplateInsideTheLayoutAndItsSearchEntryNamesItsPartnership) {
  Page& plan = page("ws/plan.md");
  render(plan);
  PageJob job = job_for(plan);
  std::string html = render_html(inputs(), job, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << format_diagnostics(diagnostics, false);
  EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
  EXPECT_EQ(testing::element_html(html, "h1"), "Our plan");
  EXPECT_NE(testing::element_html(html, "main").find("1,750 in 2022/23"), std::string::npos);

  SearchEntry entry = search_entry(inputs(), job, html, 1000);
  EXPECT_EQ(entry.url, "ws/plan/");
  EXPECT_EQ(entry.title, "Our plan");
  EXPECT_EQ(entry.kind, "Page");
  EXPECT_EQ(entry.partnership, "West Sussex");
  EXPECT_NE(entry.text.find("In treatment: 1,750 in 2022/23."), std::string::npos) << entry.text;
  EXPECT_LE(search_entry(inputs(), job, html, 10).text.size(), 12u);
}

// The home page of a one-partnership site shows the partnership; the 404 page renders.
TEST_F(PageRendererTest, HomeShowsThePartnershipsAndTheNotFoundPageRenders) {
  std::string home = render_html(inputs(), job_for(site->sections.at("")), diagnostics);
  EXPECT_NE(home.find("ws/about/index.html"), std::string::npos) << "the only partnership's overview";
  std::string not_found = render_html(inputs(), not_found_job(), diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << format_diagnostics(diagnostics, false);
  EXPECT_NE(not_found.find("Page not found"), std::string::npos);
}

}  // namespace
}  // namespace cdp
