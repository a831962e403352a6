#include "mustache/schema.h"

#include <gtest/gtest.h>

namespace cdp::mustache {
namespace {

Schema page_values() {
  return Schema::map("", {{"title", Schema::text("The page's title.")},
                          {"page", Schema::map("The page.", {{"content", Schema::html("Its body.")},
                                                             {"has_date", Schema::flag("Whether it has a date.")}})},
                          {"nav", Schema::list("The menu.", Schema::map("", {{"url", Schema::text("Its link.")}}))}});
}

TEST(MustacheSchema, FieldsAreFoundByName) {
  Schema schema = page_values();
  ASSERT_NE(schema.field("page"), nullptr);
  EXPECT_EQ(schema.field("page")->kind(), Schema::Kind::kMap);
  EXPECT_EQ(schema.field("page")->field("content")->kind(), Schema::Kind::kHtml);
  EXPECT_EQ(schema.field("pag"), nullptr);
  ASSERT_NE(schema.field("nav")->item(), nullptr);
  EXPECT_NE(schema.field("nav")->item()->field("url"), nullptr);
  EXPECT_EQ(schema.field("title")->item(), nullptr);
}

TEST(MustacheSchema, WithAddsAndReplacesFields) {
  Schema base = page_values();
  Schema more = base.with({{"main", Schema::html("The page's own template.")}, {"title", Schema::flag("Replaced.")}});
  EXPECT_EQ(base.field("main"), nullptr);
  ASSERT_NE(more.field("main"), nullptr);
  EXPECT_EQ(more.field("title")->kind(), Schema::Kind::kFlag);
  EXPECT_EQ(more.fields().size(), 4u);
  EXPECT_EQ(more.fields().back().name, "main");
}

TEST(MustacheSchema, DescribedAsANestedMarkdownList) {
  EXPECT_EQ(describe(page_values()),
            "- `title` (text): The page's title.\n"
            "- `page` (group): The page.\n"
            "  - `page.content` (HTML): Its body.\n"
            "  - `page.has_date` (true or false): Whether it has a date.\n"
            "- `nav` (list): The menu.\n"
            "  - `url` (text): Its link.\n");
}

}  // namespace
}  // namespace cdp::mustache
