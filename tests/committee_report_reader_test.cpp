// read_committee_report (through parse_front_matter): a council committee report's
// heading in a document's front matter, and each mistake's message and position.
#include "load/committee_report_reader.h"

#include <gtest/gtest.h>

#include "load/front_matter.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

using testing::diagnostic_texts;

struct Parsed {
  FrontMatter meta;                 // what was read
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

Parsed parse(const std::string& keys) {
  Parsed parsed;
  Diagnostics diagnostics;
  SourceFile file("r.md", "+++\ntitle = \"Report\"\nkind = \"board report\"\n" + keys + "+++\nBody\n");
  std::optional<FrontMatterSplit> split = split_front_matter(file, diagnostics);
  if (split) parse_front_matter(file, *split, parsed.meta, diagnostics);
  parsed.errors = diagnostic_texts(diagnostics);
  return parsed;
}

TEST(CommitteeReportReader, ReadsEveryDetail) {
  Parsed parsed = parse(
      "report_by = \"Director of Public Health\"\nwritten_by = \"A. Officer\"\nportfolio = \"Health\"\n"
      "wards = [\"Abbey\", \"Darley\"]\nkey_decision = \"Yes\"\nfull_council = false\nexempt = true\n"
      "exempt_paragraph = 3\nforward_plan = \"FP/1\"\nrecommendations = [\"Approve it.\", \"Note it.\"]\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  const CommitteeReport& report = parsed.meta.document().committee;
  EXPECT_EQ(report.report_by.value, "Director of Public Health");
  EXPECT_EQ(report.wards.value, (std::vector<std::string>{"Abbey", "Darley"}));
  EXPECT_FALSE(report.all_wards);
  EXPECT_TRUE(report.key_decision.value);
  EXPECT_TRUE(report.full_council.present());
  EXPECT_FALSE(report.full_council.value);
  EXPECT_EQ(report.exempt_paragraph.value, 3);
  ASSERT_EQ(report.recommendations.size(), 2u);
  EXPECT_EQ(report.recommendations[1].value, "Note it.");
  EXPECT_EQ(report.recommendations[1].pos.line, 13);
}

TEST(CommitteeReportReader, AllWardsIsWrittenAll) {
  Parsed parsed = parse("wards = \"All wards\"\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  EXPECT_TRUE(parsed.meta.document().committee.all_wards);
  EXPECT_TRUE(parsed.meta.document().committee.any());
}

TEST(CommitteeReportReader, OneWardAsTextIsAnErrorWithTheListToWrite) {
  Parsed parsed = parse("wards = \"Abbey\"\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0],
            "r.md:4:9: `wards` should be a list of the wards affected, or \"all\" | write wards = [\"Abbey\"] for one "
            "ward, or wards = \"all\" for every ward");
}

// Sefton's cover table prints "(All Wards);": the hint says "all", not a one-ward list.
TEST(CommitteeReportReader, AllWardsAsAReportPrintsItIsToldToWriteAll) {
  Parsed parsed = parse("wards = \"(All Wards);\"\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0],
            "r.md:4:9: `wards` should be a list of the wards affected, or \"all\" | write wards = \"all\" for every ward");
}

TEST(CommitteeReportReader, AnEmptyListOfWardsIsAnError) {
  Parsed parsed = parse("wards = []\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_NE(parsed.errors[0].find("r.md:4:9: `wards` is an empty list"), std::string::npos) << parsed.errors[0];
  EXPECT_FALSE(parsed.meta.document().committee.any());
}

TEST(CommitteeReportReader, YesOrNoOnly) {
  Parsed parsed = parse("key_decision = \"maybe\"\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0],
            "r.md:4:16: `key_decision` should be yes or no | write key_decision = true (yes) or key_decision = false (no)");
}

TEST(CommitteeReportReader, AnExemptReportNeedsItsParagraph) {
  Parsed parsed = parse("exempt = true\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0],
            "r.md:4:10: an exempt report should say which paragraph of Schedule 12A makes it exempt | add the "
            "paragraph (1 to 7) of Schedule 12A to the Local Government Act 1972, e.g. exempt_paragraph = 3");
}

TEST(CommitteeReportReader, AParagraphOnlyForAnExemptReportAndOnlyOneToSeven) {
  Parsed not_exempt = parse("exempt = false\nexempt_paragraph = 3\n");
  ASSERT_EQ(not_exempt.errors.size(), 1u);
  EXPECT_EQ(not_exempt.errors[0],
            "r.md:5:20: `exempt_paragraph` is given, but the report is not marked exempt | add exempt = true, or "
            "remove exempt_paragraph");
  Parsed eight = parse("exempt = true\nexempt_paragraph = 8\n");
  ASSERT_EQ(eight.errors.size(), 1u);
  EXPECT_NE(eight.errors[0].find("Schedule 12A has no paragraph 8"), std::string::npos) << eight.errors[0];
}

TEST(CommitteeReportReader, DetailsOnAPageThatIsNotADocumentAreAnError) {
  Parsed parsed;
  Diagnostics diagnostics;
  SourceFile file("p.md", "+++\ntitle = \"About\"\nreport_by = \"Someone\"\n+++\nBody\n");
  std::optional<FrontMatterSplit> split = split_front_matter(file, diagnostics);
  ASSERT_TRUE(split);
  parse_front_matter(file, *split, parsed.meta, diagnostics);
  std::vector<std::string> errors = diagnostic_texts(diagnostics);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("this page gives a committee report's details, but they are shown only on a document"),
            std::string::npos)
      << errors[0];
}

}  // namespace
}  // namespace cdp
