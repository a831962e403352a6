// The [publish] table of site.toml: cache_control read, checked to be one line of plain
// text (a line break would start another header), unknown keys named; and site.toml
// as a whole accepts the table.
#include "load/publish_settings.h"

#include <gtest/gtest.h>

#include "load/config.h"
#include "support/diagnostic_text.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

std::optional<PublishSettings> load(const TempDir& dir, const std::string& text, Diagnostics& diagnostics) {
  return load_publish_settings(dir.write("content/site.toml", text), "content/site.toml", diagnostics);
}

TEST(PublishSettings, CacheControlIsRead) {
  TempDir dir;
  Diagnostics diagnostics;
  auto settings = load(dir, "title = \"T\"\n[publish]\ncache_control = \"max-age=300, public\"\n", diagnostics);
  ASSERT_TRUE(settings);
  EXPECT_EQ(settings->cache_control.value, "max-age=300, public");
}

TEST(PublishSettings, NoneSetIsEmptyAndNoFileIsNoneSet) {
  TempDir dir;
  Diagnostics diagnostics;
  EXPECT_EQ(load(dir, "title = \"T\"\n", diagnostics)->cache_control.value, "");
  EXPECT_EQ(load_publish_settings(dir.path() / "none/site.toml", "none/site.toml", diagnostics)->cache_control.value, "");
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(PublishSettings, ALineBreakIsRefused) {
  TempDir dir;
  Diagnostics diagnostics;
  EXPECT_FALSE(load(dir, "title = \"T\"\n[publish]\ncache_control = \"max-age=300\\r\\nX-Evil: 1\"\n", diagnostics));
  EXPECT_EQ(diagnostic_texts(diagnostics),
            (std::vector<std::string>{"content/site.toml:3:17: `cache_control` must be one line of plain text, as a "
                                      "web server sends it | write it as cache_control = \"max-age=300\" (browsers "
                                      "keep each page five minutes)"}));
}

TEST(PublishSettings, SiteTomlAcceptsTheTableAndNamesUnknownKeys) {
  Diagnostics diagnostics;
  EXPECT_TRUE(parse_site_config(SourceFile("content/site.toml", "title = \"T\"\n[publish]\ncache_control = \"no-cache\"\n"),
                                diagnostics));
  EXPECT_FALSE(parse_site_config(SourceFile("content/site.toml", "title = \"T\"\n[publish]\ncache = \"no-cache\"\n"),
                                 diagnostics));
  EXPECT_EQ(diagnostics.sorted().at(0).message, "unknown key `cache` in the [publish] table of site.toml");
}

}  // namespace
}  // namespace cdp::testing
