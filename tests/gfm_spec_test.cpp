// The GFM spec (cmark-gfm's test/spec.txt, from Debian's source package): every example
// rendered as a page body by cdpsite (render_body: shortcodes found and expanded,
// cmark-gfm, the shortcodes' HTML put back, heading ids added), with raw HTML allowed
// and no smart punctuation, must give what cmark-gfm alone gives with the same
// extensions and options. Three differences are cdpsite's on purpose, and only they are
// normalised:
// - heading ids: cdpsite writes <h2 id="slug">; `<hN id="...">` becomes `<hN>`;
// - link rewriting: the page's links go to a rewriter that keeps every URL as written
//   (the spec's links name files no site has; pipeline/links is tested on its own);
// - table boxes: cdpsite puts each table in a named box that scrolls at phone width,
//   `<div class="table-scroll" ...>\n<table>...</table>\n</div>\n`; the box is removed;
// - refused links: a link with a scheme other than http, https, mailto and tel, or with
//   a backslash between folders, is an error in cdpsite (nothing wrong is published
//   silently); the examples that hold one, and only they, must give that error.
// spec.txt is found through the environment variable CDPSITE_GFM_SPEC, else the CMake
// cache variable of the same name (default ~/.cache/cdpsite-spec/spec.txt, where
// scripts/install-deps --test puts it). Missing, the test fails under CI (CI set, as CI
// services do, or CDPSITE_REQUIRE_GFM_SPEC, as scripts/test does) and is skipped elsewhere.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "render/page_renderer.h"

namespace cdp {
namespace {

const std::string kFence(32, '`');

struct SpecExample {
  int number = 0;        // counted from 1 through the file, as the spec numbers them
  std::string markdown;  // with → turned back into a tab
};

std::string spec_path() {
  const char* from_environment = std::getenv("CDPSITE_GFM_SPEC");
  return from_environment && *from_environment ? from_environment : CDPSITE_GFM_SPEC;
}

std::string with_tabs(std::string line) {
  static const std::string kArrow = "\u2192";
  for (std::size_t at = line.find(kArrow); at != std::string::npos; at = line.find(kArrow, at)) {
    line.replace(at, kArrow.size(), "\t");
  }
  return line;
}

// Each ```````` example block: its Markdown, up to the line holding only a dot.
std::vector<SpecExample> read_examples(std::istream& in) {
  std::vector<SpecExample> examples;
  std::string line;
  enum { kOutside, kMarkdown, kHtml } state = kOutside;
  while (std::getline(in, line)) {
    if (state == kOutside && line.starts_with(kFence + " example")) {
      examples.push_back({static_cast<int>(examples.size()) + 1, ""});
      state = kMarkdown;
    } else if (state == kMarkdown && line == ".") {
      state = kHtml;
    } else if (state == kMarkdown) {
      examples.back().markdown += with_tabs(line) + "\n";
    } else if (state == kHtml && line == kFence) {
      state = kOutside;
    }
  }
  return examples;
}

// What cmark-gfm alone renders, with cdpsite's extensions and options.
std::string cmark_gfm_html(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(options), cmark_parser_free);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> document(cmark_parser_finish(parser.get()), cmark_node_free);
  char* html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string result(html);
  free(html);
  return result;
}

std::string cdpsite_html(const std::string& markdown, const TemplateSet& templates) {
  Page page;
  page.rel_path = "spec.md";
  page.source = std::make_shared<SourceFile>("content/spec.md", markdown);
  CdpData data;
  Diagnostics diagnostics;
  MarkdownOptions options{.raw_html = true, .smart_punctuation = false};
  render_body(page, data, templates, options, [](const LinkRef& link) { return link.url; }, diagnostics);
  if (!diagnostics.sorted().empty()) return "error: " + diagnostics.sorted().front().message;
  static const std::regex kHeadingId("<h([1-6]) id=\"[^\"]*\">");
  static const std::regex kTableBox("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"[^\"]*\">\n"
                                    "(<table>[^]*?</table>\n)</div>\n");
  std::string html = std::regex_replace(page.rendered.html, kHeadingId, "<h$1>");
  return std::regex_replace(html, kTableBox, "$1");
}

TEST(GfmSpec, EveryExampleRendersAsCmarkGfmRendersIt) {
  std::ifstream in(spec_path());
  std::string missing = "the GFM spec is not at " + spec_path() +
                        ": run scripts/install-deps --test to fetch it (from Debian's cmark-gfm source package), "
                        "or set CDPSITE_GFM_SPEC to a copy of cmark-gfm's test/spec.txt";
  if (!in) {
    if (std::getenv("CI") || std::getenv("CDPSITE_REQUIRE_GFM_SPEC")) FAIL() << missing;
    GTEST_SKIP() << missing;
  }
  std::vector<SpecExample> examples = read_examples(in);
  ASSERT_GT(examples.size(), 600u) << spec_path() << " does not look like the GFM spec";
  Diagnostics diagnostics;
  std::optional<TemplateSet> templates =
      TemplateSet::load({CDPSITE_TEST_DATA "/../themes/default/templates"}, CDPSITE_TEST_DATA "/..", diagnostics);
  ASSERT_TRUE(templates);
  const std::set<int> kRefusedLinks = {171, 510, 604, 606, 607, 609, 628};
  for (const SpecExample& example : examples) {
    std::string ours = cdpsite_html(example.markdown, *templates);
    if (kRefusedLinks.count(example.number)) {
      EXPECT_TRUE(ours.starts_with("error: broken link: ")) << "GFM spec example " << example.number << ": " << ours;
      continue;
    }
    EXPECT_EQ(ours, cmark_gfm_html(example.markdown)) << "GFM spec example " << example.number << ":\n"
                                                       << example.markdown;
  }
}

}  // namespace
}  // namespace cdp
