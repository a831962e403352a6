#include "import/docx_numbering.h"

#include <gtest/gtest.h>

#include "support/docx_builder.h"

namespace cdp {
namespace {

std::string level(int ilvl, const std::string& format, const std::string& text, int start = 1, const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) + "\"/><w:numFmt w:val=\"" +
         format + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

DocxNumbering numbering_of_xml(const std::string& children) {
  return DocxNumbering(read_xml(testing::word_part("w:numbering", children), "word/numbering.xml"));
}

std::string next_text(DocxNumbering& numbering, const std::string& id, int ilvl) {
  std::optional<ParagraphNumber> number = numbering.next({id, ilvl});
  return number ? number->text : "(none)";
}

TEST(DocxNumbering, Formats) {
  EXPECT_EQ(formatted_number(3, "decimal"), "3");
  EXPECT_EQ(formatted_number(3, "lowerLetter"), "c");
  EXPECT_EQ(formatted_number(28, "upperLetter"), "BB");
  EXPECT_EQ(formatted_number(4, "lowerRoman"), "iv");
  EXPECT_EQ(formatted_number(1994, "upperRoman"), "MCMXCIV");
  EXPECT_EQ(formatted_number(7, "decimalZero"), "07");
  EXPECT_EQ(formatted_number(2, "bullet"), "");
}

TEST(DocxNumbering, CountsLevelsAsWordShowsThem) {
  DocxNumbering numbering = numbering_of_xml(
      "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") +
      level(2, "lowerRoman", "(%3)") + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
  EXPECT_EQ(next_text(numbering, "1", 0), "1.");
  EXPECT_EQ(next_text(numbering, "1", 1), "1.1");
  EXPECT_EQ(next_text(numbering, "1", 1), "1.2");
  EXPECT_EQ(next_text(numbering, "1", 2), "(i)");
  EXPECT_EQ(next_text(numbering, "1", 2), "(ii)");
  EXPECT_EQ(next_text(numbering, "1", 0), "2.");
  EXPECT_EQ(next_text(numbering, "1", 1), "2.1");
  EXPECT_EQ(next_text(numbering, "0", 0), "(none)");
  EXPECT_EQ(next_text(numbering, "9", 0), "(none)");
}

TEST(DocxNumbering, ListsSharingAnAbstractListContinueUnlessTheyOverrideTheStart) {
  DocxNumbering numbering = numbering_of_xml(
      "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "lowerLetter", "%1)", 1) + "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
  EXPECT_EQ(next_text(numbering, "1", 0), "a)");
  EXPECT_EQ(next_text(numbering, "2", 0), "b)");
  std::optional<ParagraphNumber> restarted = numbering.next({"3", 0});
  ASSERT_TRUE(restarted);
  EXPECT_EQ(restarted->text, "a)");
  EXPECT_TRUE(restarted->restarted);
  EXPECT_EQ(next_text(numbering, "3", 0), "b)");
}

TEST(DocxNumbering, StartsBulletsSimpleNumbersAndRestartRules) {
  DocxNumbering numbering = numbering_of_xml(
      "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.", 5) + level(1, "bullet", "\xE2\x80\xA2") +
      level(2, "decimal", "%3.", 1, "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum><w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>");
  std::optional<ParagraphNumber> first = numbering.next({"4", 0});
  ASSERT_TRUE(first);
  EXPECT_EQ(first->value, 5);
  EXPECT_TRUE(first->simple);
  std::optional<ParagraphNumber> bullet = numbering.next({"4", 1});
  ASSERT_TRUE(bullet);
  EXPECT_TRUE(bullet->bullet);
  EXPECT_EQ(next_text(numbering, "4", 2), "1.");
  EXPECT_EQ(next_text(numbering, "4", 0), "6.");
  EXPECT_EQ(next_text(numbering, "4", 2), "2.");  // lvlRestart 0: never restarts
}

}  // namespace
}  // namespace cdp
