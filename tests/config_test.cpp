#include "load/config.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

std::optional<SiteConfig> parse(const std::string& text, Diagnostics& diagnostics) {
  return parse_site_config(SourceFile("content/site.toml", text), diagnostics);
}

TEST(Config, ReadsSettingsAndDefaults) {
  Diagnostics diagnostics;
  auto config = parse("title = \"WS DAP\"\nbase_url = \"https://x.gov.uk/drugs\"\n", diagnostics);
  ASSERT_TRUE(config);
  EXPECT_EQ(config->title.value, "WS DAP");
  EXPECT_EQ(config->base_url.value, "https://x.gov.uk/drugs/");
  EXPECT_EQ(config->language.value, "en-GB");
  EXPECT_EQ(config->theme.value, "default");
  EXPECT_FALSE(config->raw_html.value);
  EXPECT_TRUE(config->smart_punctuation.value);
}

TEST(Config, MarkdownTableTurnsRawHtmlOn) {
  Diagnostics diagnostics;
  auto config = parse("title = \"T\"\n[markdown]\nraw_html = true\nsmart_punctuation = false\n", diagnostics);
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->raw_html.value);
  EXPECT_FALSE(config->smart_punctuation.value);
}

TEST(Config, MissingTitleIsAnError) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("language = \"en-GB\"\n", diagnostics));
  EXPECT_EQ(diagnostics.sorted().at(0).message, "site.toml has no `title`");
}

TEST(Config, UnknownKeyInMarkdownTableIsNamed) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("title = \"T\"\n[markdown]\nrawhtml = true\n", diagnostics));
  Diagnostic d = diagnostics.sorted().at(0);
  EXPECT_EQ(d.message, "unknown key `rawhtml` in the [markdown] table of site.toml");
  EXPECT_EQ(d.hint, "did you mean `raw_html`?");
  EXPECT_EQ(d.pos.line, 3);
}

TEST(Config, ChecksTableTurnsARuleIntoAWarning) {
  Diagnostics diagnostics;
  auto config = parse("title = \"T\"\n[checks]\nvague-link-text = \"warning\"\nempty-link-text = \"error\"\n", diagnostics);
  ASSERT_TRUE(config);
  EXPECT_EQ(config->checks.of(AuthoringRule::kVagueLinkText), Severity::kWarning);
  EXPECT_EQ(config->checks.of(AuthoringRule::kEmptyLinkText), Severity::kError);
  EXPECT_EQ(config->checks.of(AuthoringRule::kImageWithoutDescription), Severity::kError);
}

TEST(Config, AMisspeltRuleNameIsAnErrorWithTheRuleMeant) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("title = \"T\"\n[checks]\nvague-link-txt = \"warning\"\n", diagnostics));
  Diagnostic d = diagnostics.sorted().at(0);
  EXPECT_EQ(d.message, "unknown key `vague-link-txt` in the [checks] table of site.toml");
  EXPECT_EQ(d.hint, "did you mean `vague-link-text`?");
  EXPECT_EQ(d.pos.line, 3);
}

TEST(Config, ARuleIsAnErrorOrAWarning) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("title = \"T\"\n[checks]\nvague-link-text = \"off\"\n", diagnostics));
  EXPECT_NE(diagnostics.sorted().at(0).hint.find("warning"), std::string::npos);
}

TEST(Config, BaseUrlMustBeAFullAddress) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("title = \"T\"\nbase_url = \"/drugs/\"\n", diagnostics));
  EXPECT_EQ(diagnostics.sorted().at(0).pos.line, 2);
}


TEST(Config, ASiteDefinesItsOwnKindsOfDocument) {
  Diagnostics diagnostics;
  auto config = parse("title = \"T\"\n[[document_kind]]\nkind = \"scrutiny report\"\nlabel = \"Scrutiny report\"\n"
                      "plural = \"Scrutiny reports\"\n",
                      diagnostics);
  ASSERT_TRUE(config);
  ASSERT_EQ(config->document_kinds.size(), 1u);
  EXPECT_EQ(config->document_kinds[0].plural.value, "Scrutiny reports");
}

TEST(Config, AKindOfDocumentCdpsiteKnowsCannotBeDefinedAgain) {
  Diagnostics diagnostics;
  auto config = parse("title = \"T\"\n[[document_kind]]\nkind = \"Board-report\"\nlabel = \"B\"\nplural = \"Bs\"\n",
                      diagnostics);
  EXPECT_FALSE(config);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_EQ(diagnostics.sorted()[0].message, "there is already a kind of document called \"Board-report\"");
  EXPECT_EQ(diagnostics.sorted()[0].pos.line, 3);
}

TEST(Config, AKindOfDocumentNeedsItsWords) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse("title = \"T\"\n[[document_kind]]\nkind = \"scrutiny report\"\nlabel = \"Scrutiny report\"\n",
                     diagnostics));
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_EQ(diagnostics.sorted()[0].message, "`plural` is missing here");
}

}  // namespace
}  // namespace cdp
