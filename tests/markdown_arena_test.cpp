#include "markdown/markdown_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <thread>

namespace cdp {
namespace {

bool aligned(const void* pointer) { return reinterpret_cast<std::uintptr_t>(pointer) % 16 == 0; }

TEST(MarkdownArena, GivesZeroedAlignedMemoryThatGrowsKeepingItsBytes) {
  MarkdownArenaScope scope;
  cmark_mem* memory = MarkdownArenaScope::allocator();
  auto* zeroed = static_cast<unsigned char*>(memory->calloc(10, 7));
  ASSERT_TRUE(aligned(zeroed));
  for (int i = 0; i < 70; ++i) EXPECT_EQ(zeroed[i], 0) << i;
  auto* text = static_cast<char*>(memory->realloc(nullptr, 6));
  std::memcpy(text, "hello", 6);
  void* other = memory->calloc(1, 3);  // so that the text can no longer grow in place
  text = static_cast<char*>(memory->realloc(text, 100000));
  EXPECT_STREQ(text, "hello");
  EXPECT_TRUE(aligned(text));
  EXPECT_TRUE(aligned(other));
  // Larger than a block: still whole.
  auto* large = static_cast<char*>(memory->calloc(1, 3 * 1024 * 1024));
  large[3 * 1024 * 1024 - 1] = 'x';
  EXPECT_EQ(large[0], 0);
  memory->free(large);
  memory->free(text);
  memory->free(nullptr);
}

TEST(MarkdownArena, TheLastBlockGrowsAndIsTakenBackInPlace) {
  MarkdownArenaScope scope;
  cmark_mem* memory = MarkdownArenaScope::allocator();
  std::size_t before = MarkdownArenaScope::bytes_in_use();
  void* first = memory->realloc(nullptr, 10);
  EXPECT_EQ(memory->realloc(first, 200), first);  // a string buffer growing: no copy
  memory->free(first);
  EXPECT_EQ(MarkdownArenaScope::bytes_in_use(), before);
}

TEST(MarkdownArena, AllOfItIsGivenBackWhenTheOutermostScopeEnds) {
  {
    MarkdownArenaScope outer;
    MarkdownArenaScope::allocator()->calloc(1, 1000);
    {
      MarkdownArenaScope inner;  // rendering a piece inside a page: the page's memory stays
      MarkdownArenaScope::allocator()->calloc(1, 1000);
    }
    EXPECT_GE(MarkdownArenaScope::bytes_in_use(), 2000u);
  }
  EXPECT_EQ(MarkdownArenaScope::bytes_in_use(), 0u);
}

TEST(MarkdownArena, EachThreadHasItsOwn) {
  MarkdownArenaScope scope;
  MarkdownArenaScope::allocator()->calloc(1, 5000);
  std::size_t elsewhere = 1;
  std::thread([&] {
    MarkdownArenaScope theirs;
    elsewhere = MarkdownArenaScope::bytes_in_use();
  }).join();
  EXPECT_EQ(elsewhere, 0u);
  EXPECT_GE(MarkdownArenaScope::bytes_in_use(), 5000u);
}

// cmark-gfm parses and renders through it, the GFM extensions included.
TEST(MarkdownArena, CmarkParsesAndRendersWithIt) {
  MarkdownArenaScope scope;
  cmark_mem* memory = MarkdownArenaScope::allocator();
  std::string markdown = "# Title\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n";
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_FOOTNOTES, memory);
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  char* html = cmark_render_html_with_mem(document, CMARK_OPT_DEFAULT, nullptr, memory);
  std::string copied(html);
  memory->free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  EXPECT_NE(copied.find("<h1>Title</h1>"), std::string::npos);
  EXPECT_NE(copied.find("Note."), std::string::npos);
}

}  // namespace
}  // namespace cdp
