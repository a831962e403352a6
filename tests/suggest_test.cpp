#include "core/suggest.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(Suggest, CountsEditsIgnoringCase) {
  EXPECT_EQ(edit_distance("title", "title"), 0u);
  EXPECT_EQ(edit_distance("Title", "title"), 0u);
  EXPECT_EQ(edit_distance("titel", "title"), 1u);  // adjacent swap is one edit
  EXPECT_EQ(edit_distance("tile", "title"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Suggest, FindsTheClosestPlausibleMatch) {
  std::vector<std::string> keys = {"title", "date", "summary", "slug"};
  EXPECT_EQ(closest_match("sumary", keys), "summary");
  EXPECT_EQ(closest_match("colour", keys), "");
}

TEST(Suggest, HintListsChoicesWhenNothingIsClose) {
  EXPECT_EQ(did_you_mean("titel", {"title", "date"}), "did you mean `title`?");
  EXPECT_EQ(did_you_mean("zzz", {"title", "date"}), "expected one of: `title`, `date`");
}

}  // namespace
}  // namespace cdp
