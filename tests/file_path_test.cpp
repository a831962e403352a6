#include "core/file_path.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace cdp {
namespace {

TEST(FilePath, ThePathsOfOneFileShareOneCopyOfItsName) {
  std::string written = "content/partnerships/southend/metrics.toml";
  FilePath first(written);
  FilePath second(std::string("content/partnerships/") + "southend/metrics.toml");
  EXPECT_EQ(&first.str(), &second.str());
  EXPECT_EQ(first, second);
  EXPECT_NE(FilePath("content/a.md"), FilePath("content/b.md"));
}

TEST(FilePath, NoFileIsTheEmptyPath) {
  EXPECT_TRUE(FilePath().empty());
  EXPECT_EQ(FilePath(), FilePath(""));
  EXPECT_EQ(FilePath().str(), "");
}

TEST(FilePath, ComparesWithTextAndSortsAsItsText) {
  FilePath path("content/about.md");
  EXPECT_EQ(path, "content/about.md");
  EXPECT_EQ(path, std::string("content/about.md"));
  EXPECT_LT(FilePath("content/b.md"), FilePath("content/c.md"));
  EXPECT_GT(FilePath("data/a.toml"), FilePath("content/z.md"));
  EXPECT_EQ("at " + path + ":3", "at content/about.md:3");
}

TEST(FilePath, ThreadsKeepingTheSamePathsAgreeOnThem) {
  std::vector<const std::string*> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] {
      for (int n = 0; n < 1000; ++n) FilePath("content/page-" + std::to_string(n) + ".md");
      seen[i] = &FilePath("content/page-500.md").str();
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string* path : seen) EXPECT_EQ(path, seen.front());
}

}  // namespace
}  // namespace cdp
