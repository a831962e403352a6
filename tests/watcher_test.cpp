// Watcher on real temporary folders: written, renamed and deleted files are reported,
// editor noise and hidden folders are not, and new folders are watched too. The same
// tests run against serve/watcher.cpp (inotify) on Linux and serve/watcher_windows.cpp
// (change notifications) in the Windows build, under Wine (scripts/test-windows).
// Each test waits for the batch it expects (up to ten seconds), never for a fixed time.
#include "serve/watcher.h"

#include <condition_variable>
#include <mutex>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

// Collects the batches a Watcher reports.
class Batches {
 public:
  Watcher::OnChange callback() {
    return [this](const std::set<fs::path>& changed) {
      std::lock_guard lock(mutex_);
      batches_.push_back(changed);
      arrived_.notify_all();
    };
  }
  // Every path reported until (and including) the first batch holding `path`; empty
  // when it is not reported within ten seconds.
  std::set<fs::path> until(const fs::path& path) {
    std::unique_lock lock(mutex_);
    std::set<fs::path> seen;
    std::size_t next = 0;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      for (; next < batches_.size(); ++next) {
        seen.insert(batches_[next].begin(), batches_[next].end());
        if (batches_[next].count(path)) {
          batches_.erase(batches_.begin(), batches_.begin() + static_cast<long>(next + 1));
          return seen;
        }
      }
      if (arrived_.wait_until(lock, deadline) == std::cv_status::timeout) return {};
    }
  }

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<std::set<fs::path>> batches_;
};

class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("content/news/first.md", "first");
    dir_.write("content/.git/HEAD", "ref");
    dir_.write("content/.git/objects/pack/old", "pack");
    root_ = dir_.path() / "content";
    watcher_ = std::make_unique<Watcher>(std::vector<fs::path>{root_}, 30, batches_.callback());
    ASSERT_TRUE(watcher_->ok()) << watcher_->error();
  }

  TempDir dir_;
  fs::path root_;
  Batches batches_;
  std::unique_ptr<Watcher> watcher_;
};

TEST_F(WatcherTest, ReportsAWrittenFileByItsAbsolutePath) {
  dir_.write("content/news/first.md", "edited");
  EXPECT_EQ(batches_.until(root_ / "news/first.md"), std::set<fs::path>{root_ / "news/first.md"});
}

TEST_F(WatcherTest, SaveByTempFileAndRenameReportsOnlyTheSavedFile) {
  dir_.write("content/news/.first.md.swp", "swap file noise");
  dir_.write("content/news/4913", "vim's probe");
  fs::path temporary = dir_.write("content/news/.first.md.tmp-1234", "renamed in");
  fs::rename(temporary, root_ / "news/first.md");
  EXPECT_EQ(batches_.until(root_ / "news/first.md"), std::set<fs::path>{root_ / "news/first.md"});
}

TEST_F(WatcherTest, ReportsADeletedFile) {
  fs::remove(root_ / "news/first.md");
  EXPECT_EQ(batches_.until(root_ / "news/first.md"), std::set<fs::path>{root_ / "news/first.md"});
}

TEST_F(WatcherTest, NewFolderIsWatchedToo) {
  fs::create_directory(root_ / "reports");
  ASSERT_FALSE(batches_.until(root_ / "reports").empty());
  dir_.write("content/reports/annual.md", "new");
  EXPECT_FALSE(batches_.until(root_ / "reports/annual.md").empty());
}

TEST_F(WatcherTest, HiddenFoldersAreNotWatched) {
  dir_.write("content/.git/HEAD", "changed");
  dir_.write("content/.git/objects/pack/new", "pack");
  dir_.write("content/about.md", "after");
  std::set<fs::path> seen = batches_.until(root_ / "about.md");
  ASSERT_FALSE(seen.empty());
  for (const fs::path& path : seen) EXPECT_EQ(path.string().find(".git"), std::string::npos) << path;
}

TEST(Watcher, MissingRootIsNotAnError) {
  TempDir dir;
  Watcher watcher({dir.path() / "no-such-folder"}, 30, [](const std::set<fs::path>&) {});
  EXPECT_TRUE(watcher.ok());
  EXPECT_EQ(watcher.error(), "");
}

}  // namespace
}  // namespace cdp::testing
