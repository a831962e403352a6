// Pasted HTML's block tree to Markdown: headings at levels the outline allows, nested
// lists, tables, links (safe addresses only), bold and italic, text escaped; anything
// that is not such a tree refused.
#include "import/pasted_blocks.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::string markdown(const std::string& blocks) {
  return markdown_from_pasted_blocks("{\"blocks\":[" + blocks + "]}").value_or("(refused)");
}

TEST(PastedBlocks, HeadingsStartAtLevelTwoAndNeverSkip) {
  EXPECT_EQ(markdown(R"J({"kind":"heading","level":1,"inlines":[{"text":"Board report"}]},
                        {"kind":"heading","level":3,"inlines":[{"text":"Summary"}]},
                        {"kind":"paragraph","inlines":[{"text":"Text."}]},
                        {"kind":"heading","level":2,"inlines":[{"text":"Next"}]})J"),
            "## Board report\n\n### Summary\n\nText.\n\n### Next\n");
}

TEST(PastedBlocks, BoldItalicAndLinksKeepTheirMarksAroundTheWords) {
  EXPECT_EQ(markdown(R"J({"kind":"paragraph","inlines":[{"text":"We "},{"text":"treated ","bold":true},
                        {"text":"more","italic":true},{"text":" people, see "},
                        {"text":"the report","link":"https://example.org/r.pdf"},{"text":"."}]})J"),
            "We **treated** *more* people, see [the report](https://example.org/r.pdf).\n");
}

TEST(PastedBlocks, UnsafeAddressesLeaveTheirTextOnly) {
  EXPECT_EQ(markdown(R"J({"kind":"paragraph","inlines":[{"text":"click","link":"javascript:alert(1)"},
                        {"text":" and ","link":""},{"text":"mail","link":"mailto:a@b.org"}]})J"),
            "click and [mail](mailto:a@b.org)\n");
}

TEST(PastedBlocks, ListsKeepTheirNesting) {
  EXPECT_EQ(markdown(R"J({"kind":"list","ordered":true,"items":[
                          [{"kind":"paragraph","inlines":[{"text":"First"}]},
                           {"kind":"list","ordered":false,"items":[[{"kind":"paragraph","inlines":[{"text":"inner"}]}]]}],
                          [{"kind":"paragraph","inlines":[{"text":"Second"}]}]]})J"),
            "1. First\n\n   - inner\n2. Second\n");
}

TEST(PastedBlocks, TablesHaveAHeadingRowAndEscapedBars) {
  EXPECT_EQ(markdown(R"J({"kind":"table","rows":[[[{"text":"Area"}],[{"text":"Deaths"}]],
                                                 [[{"text":"A|B"}],[{"text":"12"}]],[[{"text":"C"}]]]})J"),
            "| Area | Deaths |\n| --- | --- |\n| A\\|B | 12 |\n| C |  |\n");
}

TEST(PastedBlocks, TextThatWouldBeMarkdownStaysText) {
  EXPECT_EQ(markdown(R"J({"kind":"paragraph","inlines":[{"text":"# not a heading *or* [link] {{< metric \"x\" >}}"}]},
                        {"kind":"paragraph","inlines":[{"text":"2024. A year"}]},
                        {"kind":"paragraph","inlines":[{"text":"- not a list <b>"}]})J"),
            "\\# not a heading \\*or\\* \\[link\\] \\{\\{\\< metric \"x\" \\>\\}\\}\n\n2024\\. A year\n\n\\- not a list \\<b\\>\n");
}

TEST(PastedBlocks, QuotesAndEmptyBlocks) {
  EXPECT_EQ(markdown(R"J({"kind":"quote","blocks":[{"kind":"paragraph","inlines":[{"text":"Said."}]}]},
                        {"kind":"paragraph","inlines":[{"text":"   "}]})J"),
            "> Said.\n");
}

TEST(PastedBlocks, WhatIsNotABlockTreeIsRefused) {
  EXPECT_EQ(markdown_from_pasted_blocks("not json"), std::nullopt);
  EXPECT_EQ(markdown_from_pasted_blocks("{\"other\":1}"), std::nullopt);
  EXPECT_EQ(markdown_from_pasted_blocks("[1,2]"), std::nullopt);
  EXPECT_EQ(markdown_from_pasted_blocks(std::string(100000, '[')), std::nullopt);
}

TEST(PastedBlocks, DeepNestingIsFlattenedNotRefused) {
  std::string list = R"J({"kind":"paragraph","inlines":[{"text":"deep"}]})J";
  for (int i = 0; i < 12; ++i) list = R"J({"kind":"list","items":[[)J" + list + "]]}";
  std::optional<std::string> written = markdown_from_pasted_blocks("{\"blocks\":[" + list + "]}");
  ASSERT_TRUE(written);
  EXPECT_NE(written->find("deep"), std::string::npos);
}

}  // namespace
}  // namespace cdp
