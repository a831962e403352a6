#include "publish/zip_output.h"

#include <Poco/Zip/Decompress.h>
#include <Poco/Zip/ZipArchive.h>
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;

void write_built_site(const testing::TempDir& dir) {
  dir.write("site/index.html", "<!doctype html><p>Home</p>");
  dir.write("site/news/first/index.html", "<!doctype html><p>First</p>");
  dir.write("site/css/site.css", "body { margin: 0 }");
}

TEST(ZipOutput, HoldsExactlyTheSite) {
  testing::TempDir dir;
  write_built_site(dir);
  EXPECT_EQ(write_site_zip(dir.path() / "site", dir.path() / "site.zip"), 3u);
  std::ifstream in(dir.path() / "site.zip", std::ios::binary);
  Poco::Zip::Decompress unzip(in, (dir.path() / "unzipped").string());
  unzip.decompressAllFiles();
  EXPECT_EQ(testing::snapshot(dir.path() / "unzipped"), testing::snapshot(dir.path() / "site"));
}

// The same site gives the same bytes, whenever its files were written: a CMS team can
// tell an unchanged site from a changed one.
TEST(ZipOutput, TheSameSiteIsTheSameBytesWhenItsFilesWereWritten) {
  testing::TempDir dir;
  write_built_site(dir);
  write_site_zip(dir.path() / "site", dir.path() / "first.zip");
  fs::last_write_time(dir.path() / "site/index.html", fs::file_time_type::clock::now() - std::chrono::hours(48));
  write_site_zip(dir.path() / "site", dir.path() / "second.zip");
  EXPECT_EQ(testing::slurp(dir.path() / "second.zip"), testing::slurp(dir.path() / "first.zip"));
  std::ifstream in(dir.path() / "first.zip", std::ios::binary);
  Poco::Zip::ZipArchive archive(in);
  std::size_t dated = 0;
  for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it, ++dated) {
    EXPECT_EQ(it->second.lastModifiedAt().year(), 2000) << it->first << ": every file is dated 1 January 2000";
  }
  EXPECT_GE(dated, 3u) << "each file (and folder) has its date";
}

TEST(ZipOutput, ReplacesAnOlderZipAndLeavesNoTemporaryFile) {
  testing::TempDir dir;
  write_built_site(dir);
  dir.write("site.zip", "an old zip");
  write_site_zip(dir.path() / "site", dir.path() / "site.zip");
  EXPECT_NE(testing::slurp(dir.path() / "site.zip"), "an old zip");
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) entries += entry.is_regular_file();
  EXPECT_EQ(entries, 1u) << "only site.zip beside the site";
}

}  // namespace
}  // namespace cdp
