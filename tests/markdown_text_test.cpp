#include "markdown/markdown_text.h"

#include <cmark-gfm.h>
#include <gtest/gtest.h>

#include <memory>

namespace cdp {
namespace {

// The plain text of a Markdown document, as plain_text reads cmark-gfm's tree of it.
std::string plain_text_of(const std::string& markdown) {
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), &cmark_node_free);
  return plain_text(document.get());
}

TEST(MarkdownText, TextAndCodeWithoutTheirMarks) {
  EXPECT_EQ(plain_text_of("Deaths *fell* by **a fifth** in `2023`."), "Deaths fell by a fifth in 2023.");
  EXPECT_EQ(plain_text_of("Read [the annual report](report.md)."), "Read the annual report.");
}

// An image is heard as its description; line breaks are spaces between words.
TEST(MarkdownText, ImagesAreTheirDescriptionAndBreaksAreSpaces) {
  EXPECT_EQ(plain_text_of("See ![Bar chart of deaths](chart.png) here"), "See Bar chart of deaths here");
  EXPECT_EQ(plain_text_of("one\ntwo  \nthree"), "one two three");
  EXPECT_EQ(plain_text_of(""), "");
}

}  // namespace
}  // namespace cdp
