#include "core/fs.h"

#include <unistd.h>

#include <filesystem>
#include <optional>
#include <vector>

#include <gtest/gtest.h>

namespace cdp {
namespace {

namespace fs = std::filesystem;

TEST(FindInvalidUtf8, AcceptsAsciiAndWellFormedMultibyteText) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("plain ASCII text, longer than eight bytes"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("£1.7m — “quoted” 😀 at the very end: é"), std::nullopt);
}

// ASCII is skipped 32 and eight bytes at a time: a bad byte must be found at every
// offset within and after such blocks.
TEST(FindInvalidUtf8, FindsABadByteAtAnyOffset) {
  for (std::size_t at = 0; at < 80; ++at) {
    std::string text(84, 'a');
    text[at] = '\xFF';
    EXPECT_EQ(find_invalid_utf8(text), at) << "bad byte at " << at;
  }
}

TEST(FindInvalidUtf8, FindsTruncatedAndOverlongSequences) {
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xC3"), 10u);         // cut off at the end
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xC3" "a"), 10u);     // continuation missing
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xC0\xAF"), 10u);     // overlong '/'
  EXPECT_EQ(find_invalid_utf8("abcdefgh\x80 stray"), 8u);       // continuation alone
}

class WriteFile : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("cdpsite-fs-test-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(WriteFile, MakesMissingFoldersAtAnyDepth) {
  std::string error;
  ASSERT_TRUE(write_file(root_ / "one" / "index.html", "first", &error)) << error;
  ASSERT_TRUE(write_file(root_ / "a" / "b" / "c" / "index.html", "deep", &error)) << error;
  EXPECT_EQ(read_file(root_ / "one" / "index.html"), "first");
  EXPECT_EQ(read_file(root_ / "a" / "b" / "c" / "index.html"), "deep");
}

TEST_F(WriteFile, ReplacesTheWholeOfALongerFile) {
  std::string error;
  ASSERT_TRUE(write_file(root_ / "page.html", "a much longer first version", &error));
  ASSERT_TRUE(write_file(root_ / "page.html", "short", &error));
  EXPECT_EQ(read_file(root_ / "page.html"), "short");
}

TEST_F(WriteFile, ReadsBackEveryByteOfEmptySmallAndLargeFiles) {
  std::string large(3'000'000, 'x');
  for (std::size_t i = 0; i < large.size(); i += 4099) large[i] = static_cast<char>(i % 256);  // NULs and high bytes
  for (const std::string& content : {std::string(), std::string("one line\r\n"), large}) {
    std::string error;
    ASSERT_TRUE(write_file(root_ / "file.bin", content, &error)) << error;
    std::optional<std::string> read = read_file(root_ / "file.bin");
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(*read == content) << "read " << read->size() << " bytes of " << content.size();
  }
}

TEST_F(WriteFile, ReadingAMissingFileOrAFolderGivesNothing) {
  EXPECT_FALSE(read_file(root_ / "missing.md").has_value());
  EXPECT_FALSE(read_file(root_).has_value());
}

#ifndef _WIN32
TEST(ReadFile, AFileWhoseSizeIsNotKnownIsReadToItsEnd) {
  std::optional<std::string> maps = read_file("/proc/self/smaps");  // fstat says 0 bytes; it holds tens of KB
  ASSERT_TRUE(maps.has_value());
  EXPECT_GT(maps->size(), 8192u) << "read past the first buffer";
  EXPECT_TRUE(maps->ends_with("\n")) << "read to the end of the last line";
}
#endif

TEST_F(WriteFile, SaysWhyWhenANameIsTooLong) {
  std::string error;
  EXPECT_FALSE(write_file(root_ / std::string(300, 'n'), "x", &error));
  EXPECT_EQ(error, "File name too long");
}

TEST_F(WriteFile, SaysWhyWhenAFileStandsWhereAFolderShouldBe) {
  std::string error;
  ASSERT_TRUE(write_file(root_ / "taken", "a file", &error));
  EXPECT_FALSE(write_file(root_ / "taken" / "index.html", "x", &error));
  EXPECT_EQ(error, "Not a directory");
}

TEST(IsIgnoredFile, EditorAndHiddenFiles) {
  for (const char* name : {".about.md.swp", "a.swx", "a.swo", "a.tmp", "a.bak", "a.orig", "about.md~", "#about.md#",
                           ".hidden", "4913", ""}) {
    EXPECT_TRUE(is_ignored_file(name)) << name;
  }
  for (const char* name : {"about.md", "chart.png", "4914", "swp.md"}) EXPECT_FALSE(is_ignored_file(name)) << name;
}

TEST(Utf8, ACharacterIsAppendedAsItsBytesAndAnImpossibleOneAsNothing) {
  std::string out = "x";
  for (unsigned long code : {0x41ul, 0xA3ul, 0x20ACul, 0x1F600ul, 0ul, 0xD800ul, 0x110000ul}) append_utf8(out, code);
  EXPECT_EQ(out, "xA\xC2\xA3\xE2\x82\xAC\xF0\x9F\x98\x80");
}

}  // namespace
TEST(PathLess, OrdersPathsAsTheLibraryDoes) {
  // Separators against the characters either side of '/' and '\\', prefixes, digits,
  // capitals and bytes beyond ASCII.
  std::vector<std::filesystem::path> paths;
  for (std::string first : {"a", "a-b", "a.b", "a0", "ab", "A", "a b", "é", "_index.md"}) {
    paths.emplace_back(first);
    for (std::string second : {"x.md", "x-y.md", "x", "_index.md", "Z.md"}) {
      paths.push_back(std::filesystem::path(first) / second);
      paths.push_back(std::filesystem::path(first) / second / "deeper.md");
    }
  }
  for (const auto& a : paths) {
    for (const auto& b : paths) {
      EXPECT_EQ(path_less(a, b), a < b) << a << " against " << b;
    }
  }
}

TEST(ExtensionOf, AsTheLibraryGivesIt) {
  for (std::string name : {"a.md", "a.b.toml", ".md", ".hidden.md", "README", "notes.", "..", "a..md"}) {
    EXPECT_EQ(std::string(extension_of(name)), std::filesystem::path(name).extension().string()) << name;
  }
}

}  // namespace cdp
