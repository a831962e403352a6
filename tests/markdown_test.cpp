#include "markdown/markdown.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::string html(const std::string& markdown, MarkdownOptions options = {}) {
  return render_markdown(markdown, {}, options, {}).html;
}

TEST(Markdown, GithubExtensionsAreOn) {
  EXPECT_NE(html("| a | b |\n| - | - |\n| 1 | 2 |\n").find("<table>"), std::string::npos);
  EXPECT_NE(html("~~gone~~").find("<del>gone</del>"), std::string::npos);
  EXPECT_NE(html("see https://www.gov.uk now").find("<a href=\"https://www.gov.uk\">"), std::string::npos);
  EXPECT_NE(html("- [x] done\n").find("checked=\"\""), std::string::npos);
  std::string footnote = html("Text.[^1]\n\n[^1]: The note.\n");
  EXPECT_NE(footnote.find("class=\"footnotes\""), std::string::npos);
  EXPECT_NE(footnote.find("href=\"#fn-1\""), std::string::npos);
}

TEST(Markdown, SmartPunctuationCanBeTurnedOff) {
  EXPECT_NE(html("\"quoted\" -- dash").find("\u201Cquoted\u201D \u2013 dash"), std::string::npos);
  MarkdownOptions plain;
  plain.smart_punctuation = false;
  EXPECT_NE(html("\"quoted\"", plain).find("&quot;quoted&quot;"), std::string::npos);
}

TEST(Markdown, RawHtmlIsShownAsTextByDefault) {
  std::string out = html("<script>alert(1)</script>\n\nA <b>bold</b> <img src=x onerror=alert(1)> word.\n");
  EXPECT_EQ(out.find("<script"), std::string::npos) << out;
  EXPECT_EQ(out.find("<b>"), std::string::npos) << out;
  EXPECT_EQ(out.find("<img"), std::string::npos) << out;
  EXPECT_NE(out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << out;
  EXPECT_NE(out.find("&lt;b&gt;bold&lt;/b&gt;"), std::string::npos) << out;
}

TEST(Markdown, RawHtmlPassesWhenTheSiteAllowsIt) {
  MarkdownOptions allowed;
  allowed.raw_html = true;
  EXPECT_NE(html("A <b>bold</b> word.", allowed).find("<b>bold</b>"), std::string::npos);
  // The tagfilter extension still disarms the most dangerous tags.
  EXPECT_NE(html("<script>x</script>\n", allowed).find("&lt;script>"), std::string::npos);
}

TEST(Markdown, DangerousUrlsAreRemovedEvenWhenHtmlIsAllowed) {
  MarkdownOptions allowed;
  allowed.raw_html = true;
  for (const MarkdownOptions& options : {MarkdownOptions{}, allowed}) {
    EXPECT_NE(html("[x](javascript:alert(1))", options).find("href=\"\""), std::string::npos);
    EXPECT_NE(html("[x]( JaVaScRiPt:alert(1))", options).find("href=\"\""), std::string::npos);
    EXPECT_NE(html("[x](vbscript:x)", options).find("href=\"\""), std::string::npos);
    EXPECT_NE(html("[x](data:text/html,hi)", options).find("href=\"\""), std::string::npos);
  }
  EXPECT_NE(html("![a](data:image/png;base64,AAAA)").find("src=\"data:image/png;base64,AAAA\""), std::string::npos);
}

TEST(Markdown, HeadingsGetUniqueIds) {
  RenderedMarkdown out = render_markdown("## Intro\n\n## Intro\n\n### Intro\n\n## Intro 1\n", {}, {}, {});
  ASSERT_EQ(out.headings.size(), 4u);
  EXPECT_EQ(out.headings[0].id, "intro");
  EXPECT_EQ(out.headings[1].id, "intro-1");
  EXPECT_EQ(out.headings[2].id, "intro-2");
  EXPECT_EQ(out.headings[3].id, "intro-1-1");
  EXPECT_NE(out.html.find("<h2 id=\"intro\">Intro</h2>"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<h3 id=\"intro-2\">Intro</h3>"), std::string::npos);
}

TEST(Markdown, HeadingTextAndIdIgnoreMarkup) {
  RenderedMarkdown out = render_markdown("## What *do* we `know`?\n", {}, {}, {});
  ASSERT_EQ(out.headings.size(), 1u);
  EXPECT_EQ(out.headings[0].text, "What do we know?");
  EXPECT_EQ(out.headings[0].id, "what-do-we-know");
  EXPECT_EQ(out.headings[0].level, 2);
  EXPECT_NE(out.html.find("<h2 id=\"what-do-we-know\">What <em>do</em> we <code>know</code>?</h2>"),
            std::string::npos) << out.html;
}

TEST(Markdown, SlugsKeepLettersAndDropPunctuation) {
  EXPECT_EQ(heading_slug("Priority 1 – Prevention and Early Intervention"), "priority-1-prevention-and-early-intervention");
  EXPECT_EQ(heading_slug("People\u2019s priorities"), "peoples-priorities");
  EXPECT_EQ(heading_slug("Café culture"), "café-culture");
  EXPECT_EQ(heading_slug("£1.7m in 2023/24"), "17m-in-202324");
  EXPECT_EQ(heading_slug("?!"), "section");
}

TEST(Markdown, LinksAreHandedToTheRewriterWithTheirFilePosition) {
  SourceFile file("content/a.md", "+++\ntitle = \"A\"\n+++\nFirst line.\n\nSee [the report](report.md#intro) and ![chart](c.png).\n");
  std::vector<LinkRef> seen;
  std::string body = file.text().substr(file.text().find("First"));
  RenderedMarkdown out = render_markdown(body, {&file, 4}, {}, [&](const LinkRef& link) {
    seen.push_back(link);
    return "rewritten/" + link.url;
  });
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].url, "report.md#intro");
  EXPECT_EQ(seen[0].pos.line, 6);
  EXPECT_EQ(seen[0].pos.column, 5);
  EXPECT_FALSE(seen[0].is_image);
  EXPECT_TRUE(seen[1].is_image);
  EXPECT_NE(out.html.find("href=\"rewritten/report.md#intro\""), std::string::npos);
}

TEST(Markdown, InlineMarkdownHasNoParagraph) {
  EXPECT_EQ(render_inline_markdown("Reduce *harm* now"), "Reduce <em>harm</em> now");
  EXPECT_EQ(render_inline_markdown("a <b>b</b>"), "a &lt;b&gt;b&lt;/b&gt;");
  EXPECT_EQ(render_inline_markdown(""), "");
}

}  // namespace
}  // namespace cdp

namespace cdp {
namespace {

TEST(Markdown, RepeatedFootnoteBackLinksAreNamedByWhatTheyShow) {
  RenderedMarkdown rendered = render_markdown("One.[^a] Two.[^a] Three.[^a]\n\n[^a]: The note.\n", {}, {}, {});
  for (const char* number : {"2", "3"}) {
    EXPECT_NE(rendered.html.find("aria-label=\"Back to reference " + std::string(number) +
                                 "\">\u21a9<sup class=\"footnote-ref\">" + number + "</sup>"),
              std::string::npos)
        << rendered.html;
  }
  EXPECT_EQ(rendered.html.find("aria-label=\"Back to content\">\u21a9<sup"), std::string::npos) << rendered.html;
  EXPECT_NE(rendered.html.find("aria-label=\"Back to content\">\u21a9</a>"), std::string::npos) << rendered.html;
}

constexpr const char* kTable = "| Measure | 2023/24 |\n| - | -: |\n| Deaths | 12 |\n";

// A table that is wider than a phone scrolls in its own box: one a keyboard can reach
// and a screen reader names (axe-core's scrollable-region-focusable at 375 px).
TEST(Markdown, ATableScrollsInAFocusableRegionNamedByTheHeadingAboveIt) {
  std::string out = html(std::string("## Deaths & harm\n\n") + kTable);
  EXPECT_NE(out.find("</h2>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
                     "aria-label=\"Deaths &amp; harm\">\n<table>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("</table>\n</div>\n"), std::string::npos) << out;
}

TEST(Markdown, ATableWithNoHeadingAboveItIsNamedByItsHeaderCells) {
  std::string out = html(kTable);
  EXPECT_TRUE(out.starts_with("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
                              "aria-label=\"Table: Measure, 2023/24\">\n<table>"))
      << out;
}

TEST(Markdown, TablesUnderOneHeadingGetDistinctNames) {
  std::string out = html(std::string("## Figures\n\n") + kTable + "\nBetween.\n\n" + kTable + "\n## Later\n\n" + kTable);
  EXPECT_NE(out.find("aria-label=\"Figures\">"), std::string::npos) << out;
  EXPECT_NE(out.find("aria-label=\"Figures (table 2)\">"), std::string::npos) << out;
  EXPECT_NE(out.find("aria-label=\"Later\">"), std::string::npos) << out;
}

TEST(Markdown, ATableInAListOrQuoteIsWrappedWhereItStands) {
  std::string out = html(std::string("> ") + "| a | b |\n> | - | - |\n> | 1 | 2 |\n");
  EXPECT_NE(out.find("<blockquote>\n<div class=\"table-scroll\""), std::string::npos) << out;
  EXPECT_NE(out.find("</table>\n</div>\n</blockquote>"), std::string::npos) << out;
}

}  // namespace
}  // namespace cdp
