// `cdpsite import figures`, the real binary on a real folder: a Fingertips download
// becomes the partnership's imported file and its pages; a second import changes
// nothing; --dry-run and every failure write nothing.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

const std::string kHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,"
    "Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,"
    "Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
    "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal\r\n";

const std::string kRows =
    "92432,Deaths from drug misuse,,,E92000001,England,England,Persons,All ages,,,2020 - 22,5.2,5.1,5.3,,,9000,,,,,"
    ",20200000,,\r\n"
    "92432,Deaths from drug misuse,E92000001,England,E12000008,South East region,Region,Persons,All ages,,,2020 - 22,"
    "4.8,4.6,5.0,,,1200,,,,,,20200000,,\r\n"
    "92432,Deaths from drug misuse,E12000008,South East region,E10000032,West Sussex,County,Persons,All ages,,,"
    "2020 - 22,4.51,3.92,5.18,,,120,,,Increasing and getting worse,Better,Similar,20200000,,\r\n"
    "92432,Deaths from drug misuse,E12000008,South East region,E10000032,West Sussex,County,Persons,All ages,,,"
    "2021 - 23,,,,,,,,Value suppressed for disclosure control,,,,20210000,,\r\n"
    "92432,Deaths from drug misuse,E12000008,South East region,E06000043,Brighton and Hove,UA,Persons,All ages,,,"
    "2020 - 22,9.9,,,,,,,,,,,20200000,,\r\n";

void write_partnership(const TempDir& dir) {
  dir.write("content/site.toml", "title = \"Test\"\n");
  dir.write("content/ws/_index.md", "+++\ntitle = \"West Sussex\"\n+++\nOur partnership.\n");
  dir.write("content/ws/partnership.toml", "name = \"West Sussex DAP\"\narea_codes = [\"E10000032\"]\n");
  dir.write("content/ws/metrics.toml", "[[metric]]\nid = \"drug-misuse-deaths\"\nfingertips_id = 92432\n");
}

TEST(ImportFiguresCommand, WritesTheImportedFileAndItsFiguresReachThePages) {
  TempDir dir;
  write_partnership(dir);
  dir.write("Fingertips Export.csv", "\xEF\xBB\xBF" + kHeader + kRows);
  RunResult imported = run_cdpsite({"import", "figures", "Fingertips Export.csv"}, dir.path());
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("Metrics touched (1): drug-misuse-deaths\n  1 values new\n  0 values changed\n"
                              "  1 values now missing\n    drug-misuse-deaths, 2021 to 2023: missing (Value "
                              "suppressed for disclosure control)\n"),
            std::string::npos)
      << imported.out;
  EXPECT_NE(imported.out.find("1 rows for other areas"), std::string::npos) << imported.out;
  std::string owned = slurp(dir.path() / "content/ws/imported/fingertips-export.toml");
  EXPECT_TRUE(owned.starts_with(
      "# written by cdpsite import figures from Fingertips Export.csv: edits here are lost\n"))
      << owned;
  EXPECT_NE(owned.find("{ period = \"2020 to 2022\", value = 4.5, lower = 3.9, upper = 5.2, numerator = 120 }"),
            std::string::npos)
      << owned;
  EXPECT_NE(owned.find("name = \"South East region\""), std::string::npos);
  EXPECT_EQ(slurp(dir.path() / "content/ws/metrics.toml"),
            "[[metric]]\nid = \"drug-misuse-deaths\"\nfingertips_id = 92432\n");
  RunResult build = run_cdpsite({"build"}, dir.path());
  ASSERT_EQ(build.exit_code, 0) << build.err;
  std::string page = slurp(dir.path() / "site/ws/metrics/drug-misuse-deaths/index.html");
  EXPECT_NE(page.find("4.5 per 100,000</span> <span class=\"meta\">in 2020 to 2022</span> <span class=\"meta\">(95% "
                      "confidence interval 3.9 to 5.2 per 100,000)</span>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("Not available"), std::string::npos);
  std::string csv = slurp(dir.path() / "site/ws/open-data/metrics.csv");
  EXPECT_NE(csv.find(",lower_95,upper_95,missing_reason\r\n"), std::string::npos);
  EXPECT_NE(csv.find(",3.9,5.2,\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",,,Value suppressed for disclosure control\r\n"), std::string::npos) << csv;
}

TEST(ImportFiguresCommand, ASecondImportOfTheSameFileChangesNothing) {
  TempDir dir;
  write_partnership(dir);
  dir.write("f.csv", kHeader + kRows);
  ASSERT_EQ(run_cdpsite({"import", "figures", "f.csv"}, dir.path()).exit_code, 0);
  auto before = snapshot(dir.path() / "content");
  RunResult again = run_cdpsite({"import", "figures", "f.csv"}, dir.path());
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("Nothing changed: " + shown_path("content/ws/imported/f.toml") + " is as it was."),
            std::string::npos)
      << again.out;
  EXPECT_EQ(snapshot(dir.path() / "content"), before);
}

TEST(ImportFiguresCommand, AChangedFigureIsListedOldToNew) {
  TempDir dir;
  write_partnership(dir);
  dir.write("f.csv", kHeader + kRows);
  ASSERT_EQ(run_cdpsite({"import", "figures", "f.csv"}, dir.path()).exit_code, 0);
  std::string changed = kRows;
  changed.replace(changed.find("4.51,3.92"), 9, "4.93,3.92");
  dir.write("f.csv", kHeader + changed);
  RunResult dry = run_cdpsite({"import", "figures", "f.csv", "--dry-run"}, dir.path());
  EXPECT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("drug-misuse-deaths, 2020 to 2022: 4.5 -> 4.9"), std::string::npos) << dry.out;
  EXPECT_EQ(slurp(dir.path() / "content/ws/imported/f.toml").find("value = 4.9"), std::string::npos);
  ASSERT_EQ(run_cdpsite({"import", "figures", "f.csv"}, dir.path()).exit_code, 0);
  EXPECT_NE(slurp(dir.path() / "content/ws/imported/f.toml").find("value = 4.9"), std::string::npos);
}

TEST(ImportFiguresCommand, DryRunWritesNothing) {
  TempDir dir;
  write_partnership(dir);
  dir.write("f.csv", kHeader + kRows);
  auto before = snapshot(dir.path());
  RunResult dry = run_cdpsite({"import", "figures", "f.csv", "--dry-run"}, dir.path());
  EXPECT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("Dry run: nothing was written"), std::string::npos) << dry.out;
  EXPECT_EQ(snapshot(dir.path()), before);
}

// Each bad file: its message at FILE:row:column, exit 1, and nothing written.
TEST(ImportFiguresCommand, BadInputIsReportedAtItsRowAndColumnAndNothingIsWritten) {
  const std::pair<std::string, std::string> cases[] = {
      {"Indicator ID,Area Name,Value\r\n", "f.csv:1:1: error: this is not a Fingertips download: it has no column "
                                           "Area Code and Time period"},
      {kHeader + kRows.substr(0, kRows.find("5.2,5.1")) + "five,5.1,5.3,,,9000,,,,,,20200000,,\r\n",
       "f.csv:2:13: error: the Value \"five\" is not a number"},
      {kHeader + "92432,D,,,E92000001,England,England,Persons,All ages,,,Summer 2022,5,,,,,,,,,,,,,\r\n",
       "f.csv:2:12: error: cdpsite cannot read the Time period \"Summer 2022\""},
      {kHeader + "92432,D,,,England,England,England,Persons,All ages,,,2022,5,,,,,,,,,,,,,\r\n",
       "f.csv:2:5: error: \"England\" has 7 characters"},
      {kHeader + kRows +
           "92432,Deaths from drug misuse,E12000008,South East region,E10000032,West Sussex,District,Persons,All ages,,,"
           "2020 - 22,4.99,3.92,5.18,,,120,,,,,,20200000,,\r\n",
       "f.csv:7:1: error: this row gives other figures than row 4"},
  };
  for (const auto& [text, expected] : cases) {
    TempDir dir;
    write_partnership(dir);
    dir.write("f.csv", text);
    auto before = snapshot(dir.path());
    RunResult run = run_cdpsite({"import", "figures", "f.csv"}, dir.path());
    EXPECT_EQ(run.exit_code, 1) << expected;
    EXPECT_NE(run.err.find(expected), std::string::npos) << run.err;
    EXPECT_EQ(snapshot(dir.path()), before) << expected;
  }
}

TEST(ImportFiguresCommand, AFileWithNoneOfItsAreasSaysWhichAreasItHolds) {
  TempDir dir;
  write_partnership(dir);
  dir.write("f.csv", kHeader + kRows.substr(0, kRows.find("92432,Deaths from drug misuse,E12000008")));
  RunResult run = run_cdpsite({"import", "figures", "f.csv"}, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("f.csv has no rows for West Sussex DAP's areas: it holds South East region (E12000008), "
                         "England (E92000001)"),
            std::string::npos)
      << run.err;
}

TEST(ImportFiguresCommand, AFigureAlsoWrittenByHandIsRefusedAndTheImportedFileKept) {
  TempDir dir;
  write_partnership(dir);
  dir.write("content/ws/metrics.toml", "[[metric]]\nid = \"drug-misuse-deaths\"\nfingertips_id = 92432\n"
                                        "values = [ { period = \"2020 to 2022\", value = 4.4 } ]\n");
  dir.write("f.csv", kHeader + kRows);
  auto before = snapshot(dir.path());
  RunResult run = run_cdpsite({"import", "figures", "f.csv"}, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("metrics.toml:4:23: error: the figure of \"drug-misuse-deaths\" for 2020 to 2022 is written "
                         "here and also imported at "),
            std::string::npos)
      << run.err;
  EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(ImportFiguresCommand, APartnershipWithoutAreaCodesIsToldToAddThem) {
  TempDir dir;
  write_partnership(dir);
  dir.write("content/ws/partnership.toml", "name = \"West Sussex DAP\"\n");
  dir.write("f.csv", kHeader + kRows);
  RunResult run = run_cdpsite({"import", "figures", "f.csv"}, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("add their ONS codes to its partnership.toml, e.g. area_codes = [\"E10000032\"]"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace cdp::testing
