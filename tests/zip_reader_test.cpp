#include "import/zip_reader.h"

#include <gtest/gtest.h>

#include "import/import_error.h"
#include "support/docx_builder.h"

namespace cdp {
namespace {

using testing::zip_of;

TEST(ZipReader, ListsAndUnpacksEntriesIntoMemory) {
  ZipReader zip(zip_of({{"word/document.xml", "<doc/>"}, {"a.txt", "hello"}}));
  EXPECT_EQ(zip.names(), (std::vector<std::string>{"a.txt", "word/document.xml"}));
  EXPECT_EQ(zip.read("a.txt"), "hello");
  EXPECT_EQ(zip.read("missing"), std::nullopt);
}

TEST(ZipReader, RefusesWhatIsNotAZip) {
  try {
    ZipReader zip("PK\x03\x04 not really a zip at all");
    FAIL();
  } catch (const ImportError& error) {
    EXPECT_STREQ(error.what(), "the Word file is damaged: its contents cannot be unpacked");
  }
}

TEST(ZipReader, StopsAnEntryThatUnpacksFarPastItsSize) {
  ZipLimits limits;
  limits.ratio_floor = 1000;
  limits.max_ratio = 10;
  ZipReader zip(zip_of({{"zeros", std::string(100000, '\0')}}), limits);
  try {
    zip.read("zeros");
    FAIL();
  } catch (const ImportError& error) {
    EXPECT_STREQ(error.what(), "the Word file would unpack to far more than it holds, as a deliberately harmful file does");
  }
}

TEST(ZipReader, StopsWhenAllEntriesTogetherPassTheTotal) {
  ZipLimits limits;
  limits.max_total = 1500;
  ZipReader zip(zip_of({{"a", std::string(1000, 'a')}, {"b", std::string(1000, 'b')}}), limits);
  EXPECT_TRUE(zip.read("a"));
  EXPECT_THROW(zip.read("b"), ImportError);
}

TEST(ZipReader, EntryNamesThatLeaveTheArchiveAreUnsafe) {
  EXPECT_TRUE(is_safe_entry_name("word/document.xml"));
  EXPECT_TRUE(is_safe_entry_name("word/..media"));
  EXPECT_FALSE(is_safe_entry_name("../evil"));
  EXPECT_FALSE(is_safe_entry_name("word/../../evil"));
  EXPECT_FALSE(is_safe_entry_name("word\\..\\evil"));
  EXPECT_FALSE(is_safe_entry_name("/etc/passwd"));
  EXPECT_FALSE(is_safe_entry_name("\\evil"));
  EXPECT_FALSE(is_safe_entry_name("C:evil"));
  EXPECT_FALSE(is_safe_entry_name(""));
}

TEST(ZipReader, RefusesAnArchiveNamingAnEntryOutsideIt) {
  std::string zip = zip_of({{"word/xxevil", "x"}});
  for (std::size_t at = zip.find("word/xxevil"); at != std::string::npos; at = zip.find("word/xxevil", at + 1)) {
    zip.replace(at, 11, "word/../../");
  }
  try {
    ZipReader reader(zip);
    FAIL();
  } catch (const ImportError& error) {
    EXPECT_STREQ(error.what(), "the Word file holds a part named \"word/../../\", outside the document, as a deliberately harmful file does");
  }
}

}  // namespace
}  // namespace cdp
