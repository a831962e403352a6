// The search index: the text taken from pages, and a script that nothing in it can break.
#include "outputs/search_index.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(SearchIndex, HoldsWholePagesOfASmallSiteAndLessOfAHugeOne) {
  EXPECT_EQ(indexed_characters(50), 80'000u);
  EXPECT_EQ(indexed_characters(10'000), 400u);
  EXPECT_EQ(indexed_characters(1'000'000), 400u);
  EXPECT_EQ(indexed_characters(0), 4'000'000u);
}

TEST(SearchIndex, IsAScriptThatNothingInTheTextCanEnd) {
  SearchEntry hostile{"a/", "</script><script>alert(1)</script>", "Page", "P & Q \"quoted\" \\ back",
                      "line\nbreak \xE2\x80\xA8 separator \xE2\x80\xA9 end"};
  GeneratedFile file = search_index_file({hostile});
  EXPECT_EQ(file.path, "search-index.js");
  EXPECT_EQ(file.content.find('<'), std::string::npos) << file.content;
  EXPECT_EQ(std::count(file.content.begin(), file.content.end(), '\n'), 3) << file.content;  // "[", the entry, "];"
  EXPECT_NE(file.content.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(file.content.find("P \\u0026 Q \\\"quoted\\\" \\\\ back"), std::string::npos);
  EXPECT_NE(file.content.find("line\\u000abreak \\u2028 separator \\u2029 end"), std::string::npos);
}

TEST(SearchIndex, ListsPagesInUrlOrderWithEveryField) {
  GeneratedFile file = search_index_file({{"b/", "B", "Metric", "West Sussex", "text b"},
                                          {"a/", "A", "Annual report", "", "text a"}});
  EXPECT_EQ(file.content,
            "window.cdpsiteSearchIndex = [\n"
            "{\"u\":\"a/\",\"t\":\"A\",\"k\":\"Annual report\",\"p\":\"\",\"x\":\"text a\"},\n"
            "{\"u\":\"b/\",\"t\":\"B\",\"k\":\"Metric\",\"p\":\"West Sussex\",\"x\":\"text b\"}\n"
            "];\n");
}

// A large index is written in parts on every core: joined, it is one array in URL
// order, with a comma after every entry but the last, whatever the number of pages.
TEST(SearchIndex, ManyPagesMakeOneArrayInUrlOrder) {
  for (int pages : {1, 15, 16, 17, 100}) {
    std::vector<SearchEntry> entries;
    std::string expected = "window.cdpsiteSearchIndex = [\n";
    for (int i = 0; i < pages; ++i) {
      std::string url = "p" + std::to_string(1000 + i) + "/";
      expected += "{\"u\":\"" + url + "\",\"t\":\"T\",\"k\":\"Page\",\"p\":\"\",\"x\":\"x\"}" +
                  (i + 1 < pages ? ",\n" : "\n");
    }
    for (int i = pages - 1; i >= 0; --i) entries.push_back({"p" + std::to_string(1000 + i) + "/", "T", "Page", "", "x"});
    EXPECT_EQ(search_index_file(entries).content, expected + "];\n") << pages << " pages";
  }
}

}  // namespace
}  // namespace cdp
