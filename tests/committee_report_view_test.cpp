// committee_report_values, wards_in_words and exempt_in_words: what a document's page
// shows of a committee report's heading.
#include "render/committee_report_view.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::string text(const mustache::Value& value) { return std::string(value.as_string()); }

TEST(CommitteeReportView, WardsInWords) {
  EXPECT_EQ(wards_in_words({"Abbey"}), "Abbey");
  EXPECT_EQ(wards_in_words({"Abbey", "Darley"}), "Abbey and Darley");
  EXPECT_EQ(wards_in_words({"Abbey", "Arboretum", "Darley"}), "Abbey, Arboretum and Darley");
}

TEST(CommitteeReportView, ExemptSaysTheParagraph) {
  CommitteeReport report;
  report.exempt = {false, {"r.md", 1, 1}};
  EXPECT_EQ(exempt_in_words(report), "No");
  report.exempt = {true, {"r.md", 1, 1}};
  report.exempt_paragraph = {3, {"r.md", 2, 1}};
  EXPECT_EQ(exempt_in_words(report), "Yes, under paragraph 3 of Schedule 12A to the Local Government Act 1972");
}

TEST(CommitteeReportView, OnlyTheDetailsGivenInTheOrderAReportHeadsThem) {
  CommitteeReport report;
  report.key_decision = {false, {"r.md", 3, 1}};
  report.report_by = {"Director of Public Health", {"r.md", 4, 1}};
  report.wards.pos = {"r.md", 5, 1};
  report.all_wards = true;
  report.recommendations.push_back({"Approve *it*.", {"r.md", 6, 1}});
  mustache::Map values = committee_report_values(report);
  const mustache::List& rows = *values.at("committee_details").as_list();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(text(rows[0].as_map()->at("term")), "Report by");
  EXPECT_EQ(text(rows[1].as_map()->at("words")), "All wards");
  EXPECT_EQ(text(rows[2].as_map()->at("term")), "Key decision");
  EXPECT_EQ(text(rows[2].as_map()->at("words")), "No");
  const mustache::List& recommendations = *values.at("recommendations").as_list();
  EXPECT_EQ(text(recommendations[0].as_map()->at("text_html")), "Approve <em>it</em>.");
  EXPECT_TRUE(*values.at("has_recommendations").as_bool());
  EXPECT_FALSE(*committee_report_values(CommitteeReport{}).at("has_committee_details").as_bool());
}

}  // namespace
}  // namespace cdp
