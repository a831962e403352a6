// The topics of `cdpsite help` are the guide's pages: each topic has its page in guide/,
// and each page of guide/ has its topic.
#include "core/guide_pages.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

namespace cdp {
namespace {

namespace fs = std::filesystem;

TEST(GuidePages, EveryPageOfTheGuideIsATopicAndEveryTopicAPage) {
  std::set<std::string> pages, topics;
  for (const auto& entry : fs::directory_iterator(fs::path(CDPSITE_SOURCE_DIR) / "guide")) {
    if (entry.path().extension() == ".md" && entry.path().stem() != "_index") pages.insert(entry.path().stem().string());
  }
  for (const GuideTopic& topic : guide_topics()) topics.insert(topic.topic);
  EXPECT_EQ(pages, topics);
}

TEST(GuidePages, TopicsAreFoundWhateverTheirCase) {
  ASSERT_NE(guide_topic_named("Data"), nullptr);
  EXPECT_EQ(std::string(guide_topic_named("Data")->topic), "data");
  EXPECT_EQ(guide_topic_named("dat"), nullptr);
}

TEST(GuidePages, ATopicsPageIsItsFolderOfTheBuiltGuide) {
  fs::path guide = "share/cdpsite/guide";
  EXPECT_EQ(guide_page(guide, guide_topic_named("reference")), guide / "reference" / "index.html");
  EXPECT_EQ(guide_page(guide, nullptr), guide / "index.html");
}

}  // namespace
}  // namespace cdp
