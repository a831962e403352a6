#include "import/markdown_writer.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

Block block_of(Block::Kind kind, Inlines inlines, int level = 1) {
  Block block;
  block.kind = kind;
  block.inlines = std::move(inlines);
  block.level = level;
  return block;
}

std::string markdown_of(std::vector<Block> blocks, const MarkdownOptions& options = {}) {
  ImportedDocument document;
  document.blocks = std::move(blocks);
  return write_markdown(document, options).markdown;
}

TEST(MarkdownWriter, EscapesEveryCharacterThatWouldChangeMeaning) {
  EXPECT_EQ(escape_markdown("5 * 3 _a_ [x](y) <b> a|b ~~s~~ #1 `c` \\", false),
            "5 \\* 3 \\_a\\_ \\[x\\](y) \\<b\\> a\\|b \\~\\~s\\~\\~ \\#1 \\`c\\` \\\\");
  EXPECT_EQ(escape_markdown("{{< metric \"x\" >}} and {{% y %}} and {{plain}}", false),
            "\\{{\\< metric \"x\" \\>}} and \\{{% y %}} and {{plain}}");
  EXPECT_EQ(escape_markdown("Health & Wellbeing &amp; &#169;", false), "Health & Wellbeing \\&amp; \\&\\#169;");
}

TEST(MarkdownWriter, EscapesWhatWouldStartABlockAtALinesStart) {
  EXPECT_EQ(escape_markdown("1. Purpose", true), "1\\. Purpose");
  EXPECT_EQ(escape_markdown("12) Twelve", true), "12\\) Twelve");
  EXPECT_EQ(escape_markdown("1.1 Scope", true), "1.1 Scope");
  EXPECT_EQ(escape_markdown("- item", true), "\\- item");
  EXPECT_EQ(escape_markdown("+ item", true), "\\+ item");
  EXPECT_EQ(escape_markdown("===", true), "\\===");
  EXPECT_EQ(escape_markdown("1. Purpose", false), "1. Purpose");
}

TEST(MarkdownWriter, HeadingsShiftSoTheBodyStartsAtH2) {
  std::vector<Block> blocks = {block_of(Block::Kind::kHeading, {Inline::plain("Top")}, 3),
                               block_of(Block::Kind::kHeading, {Inline::plain("Below")}, 4),
                               block_of(Block::Kind::kParagraph, {Inline::plain("1. Text")})};
  EXPECT_EQ(markdown_of(blocks), "## Top\n\n### Below\n\n1\\. Text\n");
  MarkdownOptions as_they_are;
  as_they_are.body_starts_at_h2 = false;
  EXPECT_EQ(markdown_of(blocks, as_they_are), "### Top\n\n#### Below\n\n1\\. Text\n");
}

TEST(MarkdownWriter, EmphasisKeepsSpacesOutsideAndNests) {
  std::vector<Block> blocks = {block_of(Block::Kind::kParagraph,
                                        {Inline::plain("a "), Inline::plain("bold ", {.bold = true}),
                                         Inline::plain("both", {.bold = true, .italic = true}), Inline::plain(" and "),
                                         Inline::plain("gone", {.strike = true}), Inline::plain(".")})};
  EXPECT_EQ(markdown_of(blocks), "a **bold** ***both*** and ~~gone~~.\n");
}

TEST(MarkdownWriter, LinksPicturesBreaksAndFootnotes) {
  ImportedDocument document;
  Inline picture = Inline::of_kind(Inline::Kind::kPicture);
  picture.picture = 0;
  picture.notes.push_back({"this picture has no description", "describe it"});
  Inline note = Inline::of_kind(Inline::Kind::kFootnote);
  note.footnote = 1;
  document.blocks = {block_of(Block::Kind::kParagraph,
                              {Inline::plain("See "), Inline::plain("the guide", {}, "https://x.org/a b"), note,
                               Inline::of_kind(Inline::Kind::kLineBreak), Inline::plain("next"), picture})};
  document.pictures = {{"picture-1.png", "", "bytes"}};
  document.footnotes = {{1, {{Inline::plain("First.")}, {Inline::plain("Second.")}}}};
  MarkdownOptions options;
  options.picture_folder = "report/";
  options.first_line = 7;
  MarkdownText text = write_markdown(document, options);
  EXPECT_EQ(text.markdown,
            "See [the guide](<https://x.org/a b>)[^1]\\\nnext![](report/picture-1.png)\n\n[^1]: First.\n\n    Second.\n");
  ASSERT_EQ(text.notes.size(), 1u);
  EXPECT_EQ(text.notes[0].line, 8);
  EXPECT_EQ(text.notes[0].column, 5);
}

TEST(MarkdownWriter, NestedAndRestartedLists) {
  auto item = [](int depth, bool ordered, int number, const std::string& text, bool new_list = false) {
    Block block = block_of(Block::Kind::kListItem, {Inline::plain(text)});
    block.depth = depth;
    block.ordered = ordered;
    block.number = number;
    block.new_list = new_list;
    return block;
  };
  EXPECT_EQ(markdown_of({item(0, true, 1, "One"), item(1, false, 1, "- dash"), item(0, true, 2, "Two"),
                         item(0, true, 1, "Again", true)}),
            "1. One\n   - \\- dash\n2. Two\n\n1) Again\n");
}

TEST(MarkdownWriter, TablesAsGfm) {
  Block table;
  table.kind = Block::Kind::kTable;
  TableCell merged;
  merged.merged = true;
  table.table.rows = {{{{{Inline::plain("Area")}}}, {{{Inline::plain("Places | total")}}}},
                      {{{{Inline::plain("North")}, {Inline::plain("and East")}}}, merged}};
  EXPECT_EQ(markdown_of({table}), "| Area | Places \\| total |\n| --- | --- |\n| North; and East |  |\n");
}

}  // namespace
}  // namespace cdp
