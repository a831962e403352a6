#include "mustache/value.h"

#include <gtest/gtest.h>

#include <utility>

namespace cdp::mustache {
namespace {

TEST(MustacheValue, MapKeepsOneValuePerKeyWhateverTheOrder) {
  Map map{{"title", "T"}, {"url", "u"}};
  map.set("kind", "page").set("title", "Replaced");
  ASSERT_EQ(map.size(), 3u);
  EXPECT_EQ(map.entries()[0].key, "kind");
  EXPECT_EQ(map.entries()[2].key, "url");
  ASSERT_NE(map.find("title"), nullptr);
  EXPECT_EQ(map.find("title")->as_string(), "Replaced");
  EXPECT_EQ(map.find("titl"), nullptr);
  EXPECT_EQ(map.find("zzz"), nullptr);
  EXPECT_EQ(map.at("url").as_string(), "u");
  EXPECT_THROW(map.at("zzz"), std::out_of_range);
  map["a"] = true;
  map["title"] = "Again";
  EXPECT_EQ(map.entries().front().key, "a");
  EXPECT_EQ(map.find("title")->as_string(), "Again");
  EXPECT_EQ(map.size(), 4u);
}

TEST(MustacheValue, AMapWrittenOutOfOrderIsSortedWithAKeyGivenTwiceHoldingItsLastValue) {
  Map map{{"url", "u"}, {"title", "First"}, {"kind", "page"}, {"title", "Last"}, {"a", "1"}};
  ASSERT_EQ(map.size(), 4u);
  EXPECT_EQ(map.entries()[0].key, "a");
  EXPECT_EQ(map.entries()[1].key, "kind");
  EXPECT_EQ(map.entries()[2].key, "title");
  EXPECT_EQ(map.entries()[3].key, "url");
  EXPECT_EQ(map.at("title").as_string(), "Last");
  EXPECT_EQ(map.at("url").as_string(), "u");
}

TEST(MustacheValue, ViewsAndReferencesReadWhatTheyPointAt) {
  std::string body = "<p>long body</p>";
  Value viewed = Value::view(body);
  body[1] = 'P';  // not a copy
  EXPECT_EQ(viewed.as_string(), "<P>long body</p>");

  Value shared(List{Value("a"), Value("b")});
  Value ref = Value::ref(shared);
  Value ref_of_ref = Value::ref(ref);
  ASSERT_NE(ref_of_ref.as_list(), nullptr);
  EXPECT_EQ(ref_of_ref.as_list(), shared.as_list());
  EXPECT_EQ(&ref_of_ref.target(), &shared);
}

TEST(MustacheValue, CopiesShareTheirListUntilOneIsChanged) {
  Value original(List{Value("a")});
  Value copy = original;  // as Map{{"items", list}} copies it
  EXPECT_EQ(std::as_const(copy).as_list(), std::as_const(original).as_list()) << "not copied";
  copy.as_list()->push_back(Value("b"));
  EXPECT_EQ(std::as_const(original).as_list()->size(), 1u) << "the original is unchanged";
  EXPECT_EQ(std::as_const(copy).as_list()->size(), 2u);

  Value map(Map{{"x", "1"}});
  Value map_copy = map;
  (*map_copy.as_map())["x"] = "2";
  EXPECT_EQ(std::as_const(map).as_map()->at("x").as_string(), "1");
  EXPECT_EQ(std::as_const(map_copy).as_map()->at("x").as_string(), "2");
}

TEST(MustacheValue, WhatASectionSkips) {
  EXPECT_TRUE(Value().is_falsy());
  EXPECT_TRUE(Value(false).is_falsy());
  EXPECT_TRUE(Value("").is_falsy());
  EXPECT_TRUE(Value::view("").is_falsy());
  EXPECT_TRUE(Value(List{}).is_falsy());
  EXPECT_FALSE(Value(true).is_falsy());
  EXPECT_FALSE(Value("0").is_falsy());
  EXPECT_FALSE(Value(List{Value(false)}).is_falsy());
  EXPECT_FALSE(Value(Map{}).is_falsy());  // mstch showed a section over any map
  EXPECT_TRUE(Value::ref(Value::view("")).is_falsy() == Value::view("").is_falsy());
}

TEST(MustacheValue, KindsAreTold) {
  EXPECT_TRUE(Value().is_null());
  EXPECT_FALSE(Value(true).is_string());
  EXPECT_EQ(Value(true).as_string(), "");
  EXPECT_TRUE(Value("x").is_string());
  EXPECT_EQ(Value("x").as_bool(), nullptr);
  EXPECT_NE(Value(Map{}).as_map(), nullptr);
  EXPECT_EQ(Value(Map{}).as_list(), nullptr);
}

}  // namespace
}  // namespace cdp::mustache
