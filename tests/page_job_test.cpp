#include "render/page_job.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(PageJob, AMarkdownPageIsLaidOutAsAPage) {
  Page page;
  page.route = route_at("documents/report/");
  page.section = "documents";
  page.meta.title.value = "Annual report";
  page.meta.date = {Date{2024, 3, 31}, {FilePath("report.md"), 2, 1}};
  PageJob job = job_for(page);
  Site site;
  EXPECT_EQ(job.output, "documents/report/index.html");
  EXPECT_EQ(page_of(job), &page);
  EXPECT_EQ(template_for(job), "page");
  EXPECT_EQ(title_of(site, job), "Annual report");
  EXPECT_EQ(url_of(job), "documents/report/");
  EXPECT_EQ(section_of(job), "documents");
  EXPECT_EQ(date_of(job), (Date{2024, 3, 31}));
  EXPECT_EQ(search_kind(job), "Page");
  EXPECT_TRUE(is_listed(job));
  EXPECT_TRUE(is_searchable(job));
}

// Home and a section are both list pages; their titles come from their _index.md, else
// the site's title (home) or the folder's name.
TEST(PageJob, SectionListsAreHomeOrSectionAndTakeTheirIndexPagesDetails) {
  Site site;
  site.config.title.value = "West Sussex";
  Section home;
  home.route = route_at("");
  Section news;
  news.path = "news-and-updates";
  news.route = route_at("news-and-updates/");
  EXPECT_EQ(template_for(job_for(home)), "home");
  EXPECT_EQ(template_for(job_for(news)), "section");
  EXPECT_EQ(title_of(site, job_for(home)), "West Sussex");
  EXPECT_EQ(title_of(site, job_for(news)), "News and updates");
  EXPECT_EQ(search_kind(job_for(home)), "Home");
  EXPECT_EQ(search_kind(job_for(news)), "Section");
  EXPECT_EQ(section_of(job_for(news)), "news-and-updates");
  EXPECT_EQ(page_of(job_for(news)), nullptr);
  EXPECT_FALSE(date_of(job_for(news)));

  Page index;
  index.meta.title.value = "News";
  index.meta.date = {Date{2024, 1, 5}, {FilePath("news/_index.md"), 2, 1}};
  news.index = &index;
  EXPECT_EQ(title_of(site, job_for(news)), "News");
  EXPECT_EQ(date_of(job_for(news)), (Date{2024, 1, 5}));
}

TEST(PageJob, AMadePageUsesItsOwnTemplateAndSaysWhatItIsInSearch) {
  GeneratedPage metric;
  metric.route = route_at("ws/metrics/deaths/");
  metric.section = "ws";
  metric.title = "Deaths";
  metric.template_name = "data/metric";
  PageJob job = job_for(metric);
  Site site;
  EXPECT_EQ(template_for(job), "data/metric");
  EXPECT_EQ(title_of(site, job), "Deaths");
  EXPECT_EQ(section_of(job), "ws");
  EXPECT_EQ(search_kind(job), "Metric");
  EXPECT_TRUE(is_searchable(job));

  GeneratedPage search;
  search.route = route_at(kSearchUrl);
  search.template_name = "search";
  EXPECT_EQ(search_kind(job_for(search)), "Page");
  EXPECT_TRUE(is_listed(job_for(search)));
  EXPECT_FALSE(is_searchable(job_for(search))) << "the search page is not worth finding";
}

TEST(PageJob, TheNotFoundPageIsNeitherListedNorSearched) {
  PageJob job = not_found_job();
  EXPECT_EQ(job.output, "404.html");
  EXPECT_EQ(template_for(job), "404");
  EXPECT_EQ(url_of(job), "404.html");
  EXPECT_EQ(section_of(job), "");
  EXPECT_FALSE(is_listed(job));
  EXPECT_FALSE(is_searchable(job));
}

}  // namespace
}  // namespace cdp
