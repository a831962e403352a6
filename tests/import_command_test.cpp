// `cdpsite import FILE.docx` run as a user runs it: the page and its folder are written,
// the summary printed, and the page passes `cdpsite check`; every bad input gets its
// plain-English message, exit 1, and nothing written.
#include <gtest/gtest.h>

#include "support/docx_builder.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(CDPSITE_TEST_DATA) / "import/docx";

void write_test_site(const TempDir& dir) {
  dir.write("content/site.toml", "title = \"Testshire CDP\"\n");
  dir.write("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n");
}

TEST(ImportCommand, AWordReportBecomesAPageThatPassesCheck) {
  TempDir dir;
  write_test_site(dir);
  RunResult imported = run_cdpsite({"import", (kCorpus / "pandoc-board-report.docx").string()}, dir.path());
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out,
            "Created " + shown_path("content/drug-treatment-places-in-testshire.md") + "\n"
            "  Came across: 1 footnote; 4 headings; 1 link; 7 list items; 16 paragraphs; 1 picture; 1 table\n"
            "  Kind: board report (guessed from the title; give --kind to choose another)\n");
  std::string page = slurp(dir.path() / "content/drug-treatment-places-in-testshire.md");
  EXPECT_TRUE(page.starts_with("+++\ntitle = \"Drug treatment places in Testshire\"\ndate = 2025-01-01\n")) << page;
  EXPECT_NE(page.find("| North | 604 | 690 |"), std::string::npos);
  EXPECT_NE(page.find("5 \\* 3, a\\_b\\_c, \\[draft\\]"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "content/drug-treatment-places-in-testshire/picture-1.png"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "content/drug-treatment-places-in-testshire/drug-treatment-places-in-testshire.docx"));
  RunResult check = run_cdpsite({"check"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  RunResult build = run_cdpsite({"build"}, dir.path());
  ASSERT_EQ(build.exit_code, 0) << build.err;
  std::string html = slurp(dir.path() / "site/drug-treatment-places-in-testshire/index.html");
  EXPECT_NE(html.find("The original report (Word document, "), std::string::npos);
}

TEST(ImportCommand, EveryCorpusFileImportsAndPassesCheck) {
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    TempDir dir;
    write_test_site(dir);
    RunResult imported = run_cdpsite({"import", entry.path().string(), "--name", "page"}, dir.path());
    ASSERT_EQ(imported.exit_code, 0) << entry.path() << imported.err;
    RunResult check = run_cdpsite({"check"}, dir.path());
    EXPECT_EQ(check.exit_code, 0) << entry.path() << check.err;
  }
}

TEST(ImportCommand, KindFolderNameAndReplace) {
  TempDir dir;
  write_test_site(dir);
  dir.write("content/partnerships/north/partnership.toml", "");
  std::string file = (kCorpus / "handmade-tracked-changes.docx").string();
  RunResult first = run_cdpsite({"import", file, "--kind", "Annual-Report", "--name", "report"}, dir.path());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(slurp(dir.path() / "content/partnerships/north/report.md").find("kind = \"annual report\""), std::string::npos);
  RunResult again = run_cdpsite({"import", file, "--name", "report"}, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "error: " + shown_path("content/partnerships/north/report.md") +
                           " already exists\n  hint: give another name with --name, or add --replace to replace the page and its folder\n1 error\n");
  RunResult replaced = run_cdpsite({"import", file, "--name", "report", "--kind", "news", "--replace", "--in", "elsewhere"}, dir.path());
  ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_NE(slurp(dir.path() / "content/elsewhere/report.md").find("kind = \"news\""), std::string::npos);
}

// Each bad file, by its name and bytes, and the first line the user is shown.
struct BadInput {
  std::string name;     // the file's name
  std::string bytes;    // its contents
  std::string message;  // the error's text
};

// The files under `root`, by relative path (their contents are the test's own input).
std::vector<std::string> file_names(const std::filesystem::path& root) {
  std::vector<std::string> names;
  for (const auto& [name, contents] : snapshot(root)) names.push_back(name);
  return names;
}

std::string ole_with(const std::u16string& stream) {
  std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  bytes.resize(512 + 128 * 2, '\0');
  for (std::size_t i = 0; i < stream.size(); ++i) bytes[512 + 2 * i] = static_cast<char>(stream[i]);
  bytes[512 + 64] = static_cast<char>((stream.size() + 1) * 2);
  return bytes;
}

std::string with_renamed_entry(std::string zip, const std::string& from, const std::string& to) {
  for (std::size_t at = zip.find(from); at != std::string::npos; at = zip.find(from, at + 1)) zip.replace(at, from.size(), to);
  return zip;
}

TEST(ImportCommand, BadInputsGetAPlainMessageAndNothingIsWritten) {
  std::vector<BadInput> inputs = {
      {"old.docx", ole_with(u"WordDocument"), "this is an old-style Word 97-2003 document (.doc) with a .docx name"},
      {"locked.docx", ole_with(u"EncryptedPackage"), "this Word document is protected by a password, so cdpsite cannot read it"},
      {"report.doc", ole_with(u"WordDocument"), "this is an old-style Word document (.doc), and cdpsite import reads .docx files"},
      {"report.pdf", "%PDF-1.7", "this is a PDF, which cdpsite cannot turn back into headings, lists and tables"},
      {"report.odt", "PK\x03\x04", "this is an OpenDocument text file, and cdpsite import reads Word documents (.docx)"},
      {"figures.xlsx", "PK\x03\x04", "this is a spreadsheet, and cdpsite import reads Word documents"},
      {"figures.csv", "a,b\n", "this is a spreadsheet, and cdpsite import reads Word documents"},
      {"renamed.docx", "%PDF-1.7", "this file is a PDF renamed to .docx, which cdpsite cannot turn back into a document"},
      {"text.docx", "just text", "this file is not a Word document, although its name ends in .docx"},
      {"damaged.docx", docx_of(paragraph("Hello")).substr(0, 60), "the Word file is damaged: its contents cannot be unpacked"},
      {"bomb.docx", docx_of(paragraph(std::string(4 << 20, ' '))),
       "the Word file would unpack to far more than it holds, as a deliberately harmful file does"},
      {"climbs.docx", with_renamed_entry(docx_of(paragraph("x"), {{"word/xevil", "x"}}), "word/xevil", "../../evil"),
       "the Word file holds a part named \"../../evil\", outside the document, as a deliberately harmful file does"},
      {"doctype.docx", zip_of({{"word/document.xml", "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"}}),
       "the Word file's part word/document.xml declares a DOCTYPE, which Word never writes and which can make a file read other files"},
      {"empty.docx", docx_of(paragraph("")), "the Word document has no text to import"},
      {"book.docx", zip_of({{"xl/workbook.xml", "<w/>"}}), "this is an Excel spreadsheet renamed to .docx, and cdpsite import reads Word documents"},
  };
  for (const BadInput& input : inputs) {
    TempDir dir;
    write_test_site(dir);
    dir.write(input.name, input.bytes);
    std::vector<std::string> before = file_names(dir.path());
    RunResult result = run_cdpsite({"import", input.name}, dir.path());
    EXPECT_EQ(result.exit_code, 1) << input.name;
    EXPECT_TRUE(result.err.starts_with(input.name + ": error: " + input.message + "\n  hint: ")) << input.name << ": " << result.err;
    EXPECT_EQ(result.out, "") << input.name;
    EXPECT_EQ(file_names(dir.path()), before) << input.name;
  }
}

}  // namespace
}  // namespace cdp::testing
