#include "load/front_matter.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

struct Parsed {
  bool ok = false;
  FrontMatter meta;
  FrontMatterSplit split;
  Diagnostics diagnostics;
};

std::unique_ptr<Parsed> parse(const std::string& text) {
  auto result = std::make_unique<Parsed>();
  SourceFile file("p.md", text);
  auto split = split_front_matter(file, result->diagnostics);
  if (!split) return result;
  result->split = *split;
  result->ok = parse_front_matter(file, *split, result->meta, result->diagnostics).has_value();
  return result;
}

std::string first_error(const Parsed& parsed) {
  auto sorted = parsed.diagnostics.sorted();
  if (sorted.empty()) return "";
  const Diagnostic& d = sorted.front();
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message;
}

TEST(FrontMatter, ReadsEveryKeyWithItsPosition) {
  auto parsed = parse("+++\ntitle = \"Annual report\"\ndate = 2024-10-01\nsummary = \"S\"\n"
                      "weight = 3\ndraft = true\nslug = \"ar-2024\"\ntoc = false\n[extra]\nx = 1\n+++\nBody\n");
  ASSERT_TRUE(parsed->ok) << first_error(*parsed);
  EXPECT_EQ(parsed->meta.title.value, "Annual report");
  EXPECT_EQ(parsed->meta.title.pos.line, 2);
  EXPECT_EQ(parsed->meta.title.pos.column, 9);
  EXPECT_EQ(parsed->meta.date.value, (Date{2024, 10, 1}));
  EXPECT_EQ(parsed->meta.weight.value, 3);
  EXPECT_TRUE(parsed->meta.draft.value);
  EXPECT_EQ(parsed->meta.slug.value, "ar-2024");
  EXPECT_FALSE(parsed->meta.toc.value);
  EXPECT_EQ(parsed->split.body_first_line, 12);
}

// A large site's pages are mostly not documents: they carry no room for a document's details.
TEST(FrontMatter, OnlyAPageGivingADocumentsDetailsHoldsThem) {
  auto page = parse("+++\ntitle = \"About us\"\n+++\nBody\n");
  ASSERT_TRUE(page->ok) << first_error(*page);
  EXPECT_EQ(page->meta.document_meta, nullptr);
  EXPECT_FALSE(page->meta.document().kind.present());
  for (const char* key : {"kind = \"annual report\"", "series = \"annual\"", "as_of = 2024-03-31",
                          "authors = [\"A\"]", "meeting = \"Board, May 2024\""}) {
    auto document = parse(std::string("+++\ntitle = \"Report\"\n") + key + "\n+++\nBody\n");
    ASSERT_TRUE(document->ok) << key << ": " << first_error(*document);
    ASSERT_NE(document->meta.document_meta, nullptr) << key;
  }
  auto report = parse("+++\nkind = \"annual report\"\nseries = \"annual\"\n+++\nBody\n");
  EXPECT_EQ(report->meta.document().series.value, "annual");
  EXPECT_EQ(report->meta.document().kind.pos.line, 2);
}

TEST(FrontMatter, NoFrontMatterMeansTheWholeFileIsBody) {
  auto parsed = parse("# Just text\n");
  ASSERT_TRUE(parsed->ok);
  EXPECT_FALSE(parsed->split.has_front_matter);
  EXPECT_EQ(parsed->split.body_offset, 0u);
  EXPECT_EQ(parsed->split.body_first_line, 1);
}

// Front matter ends at the first +++ line that is not inside a TOML multi-line string.
TEST(FrontMatter, APlusLineInsideAMultiLineStringIsPartOfTheText) {
  for (std::string quote : {"\"\"\"", "'''"}) {
    auto parsed = parse("+++\ntitle = \"T\"\nsummary = " + quote + "\nAgreed:\n+++\nthe plan\n" + quote +
                        "\nweight = 2 # \"\"\" in a comment\nseries = \"a\\\"\"\n+++\nBody\n");
    ASSERT_TRUE(parsed->ok) << quote << " " << first_error(*parsed);
    EXPECT_EQ(parsed->meta.summary.value, "Agreed:\n+++\nthe plan\n") << quote;
    EXPECT_EQ(parsed->meta.weight.value, 2);
    EXPECT_EQ(parsed->split.body_first_line, 11) << quote;
  }
}

TEST(FrontMatter, AMultiLineStringThatOpensAndClosesOnOneLineLeavesNothingOpen) {
  auto parsed = parse("+++\ntitle = \"\"\"One line\"\"\"\n+++\nBody\n");
  ASSERT_TRUE(parsed->ok) << first_error(*parsed);
  EXPECT_EQ(parsed->meta.title.value, "One line");
  EXPECT_EQ(parsed->split.body_first_line, 4);
}

TEST(FrontMatter, CrlfLineEndingsWorkWithRightPositions) {
  auto parsed = parse("+++\r\ntitle = \"T\"\r\nweight = \"x\"\r\n+++\r\nBody\r\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_EQ(first_error(*parsed), "3:10 `weight` should be a whole number (without quotes), e.g. weight = 10, not text");
}

TEST(FrontMatter, ByteOrderMarkIsSkipped) {
  auto parsed = parse("\xEF\xBB\xBF+++\ntitle = \"T\"\n+++\n");
  ASSERT_TRUE(parsed->ok) << first_error(*parsed);
  EXPECT_EQ(parsed->meta.title.value, "T");
}

TEST(FrontMatter, DateAsTextIsAccepted) {
  auto parsed = parse("+++\ndate = \"2024-02-29\"\n+++\n");
  ASSERT_TRUE(parsed->ok);
  EXPECT_EQ(parsed->meta.date.value, (Date{2024, 2, 29}));
}

TEST(FrontMatter, ImpossibleDateIsAnError) {
  auto parsed = parse("+++\ndate = \"2023-02-29\"\n+++\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_NE(first_error(*parsed).find("2:8 `date` should be a date written year-month-day"), std::string::npos);
}

TEST(FrontMatter, UnclosedBlockIsReported) {
  auto parsed = parse("+++\ntitle = \"T\"\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_EQ(first_error(*parsed), "1:1 the front matter opened by +++ on line 1 is never closed");
}

TEST(FrontMatter, YamlFrontMatterIsExplained) {
  auto parsed = parse("---\ntitle: T\n---\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_NE(first_error(*parsed).find("not YAML between --- lines"), std::string::npos);
}

TEST(FrontMatter, TomlSyntaxErrorIsPlacedInTheFile) {
  auto parsed = parse("+++\ntitle = \"T\"\nsummary = unquoted\n+++\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_EQ(first_error(*parsed).substr(0, 5), "3:11 ");
}

TEST(FrontMatter, UnknownKeyGetsADidYouMean) {
  auto parsed = parse("+++\nsumary = \"S\"\n+++\n");
  EXPECT_FALSE(parsed->ok);
  auto sorted = parsed->diagnostics.sorted();
  ASSERT_EQ(sorted.size(), 1u);
  EXPECT_EQ(sorted[0].message, "unknown key `sumary` in front matter");
  EXPECT_EQ(sorted[0].hint, "did you mean `summary`?");
}

TEST(FrontMatter, SlugMustFitInAnAddress) {
  auto parsed = parse("+++\nslug = \"Annual Report\"\n+++\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_NE(first_error(*parsed).find("cannot be used in a web address"), std::string::npos);
}

TEST(FrontMatter, FrontMatterMustBeATableOfKeys) {
  auto parsed = parse("+++\n\"just a string\"\n+++\n");
  EXPECT_FALSE(parsed->ok);
  EXPECT_EQ(first_error(*parsed).substr(0, 2), "2:");
}

}  // namespace
}  // namespace cdp
