// A page's text as the editor shows it and as it is saved: the byte-order mark and the
// line ends of the file kept; content hashes; the atomic replace.
#include "serve/edited_text.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

const std::string kBom = "\xEF\xBB\xBF";

TEST(EditedText, TheEditorGetsNewlinesWithoutAByteOrderMark) {
  EXPECT_EQ(text_for_editing(kBom + "a\r\nb\r\n"), "a\nb\n");
  EXPECT_EQ(text_for_editing("a\nb"), "a\nb");
  EXPECT_EQ(text_for_editing("a\rb\r\n\r\nc"), "a\nb\n\nc");
}

TEST(EditedText, SavingKeepsTheFilesLineEndsAndByteOrderMark) {
  EXPECT_EQ(text_for_saving("a\nb\n", "x\r\ny\r\n"), "a\r\nb\r\n");
  EXPECT_EQ(text_for_saving("a\nb\n", kBom + "x\r\n"), kBom + "a\r\nb\r\n");
  EXPECT_EQ(text_for_saving("a\nb\n", kBom + "x\n"), kBom + "a\nb\n");
  EXPECT_EQ(text_for_saving("a\r\nb\n", "x\ny\n"), "a\nb\n");
  EXPECT_EQ(text_for_saving("a\r\nb", "one line, no end"), "a\nb");
  // A mark typed (or pasted) into the text is not doubled.
  EXPECT_EQ(text_for_saving(kBom + "a\n", kBom + "x\n"), kBom + "a\n");
}

TEST(EditedText, RoundTripGivesTheSameBytes) {
  for (std::string file : {kBom + "+++\r\ntitle = \"A\"\r\n+++\r\nText.\r\n", std::string("+++\ntitle = \"A\"\n+++\n"),
                           kBom + "no line end"}) {
    EXPECT_EQ(text_for_saving(text_for_editing(file), file), file);
  }
}

TEST(EditedText, HashesTellContentsApart) {
  EXPECT_EQ(content_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(content_hash("a"), content_hash("a"));
  EXPECT_NE(content_hash("a\n"), content_hash("a\r\n"));
}

TEST(EditedText, ReplaceFileWritesTheWholeFileAndLeavesNoTemporary) {
  TempDir dir;
  fs::path target = dir.write("content/a.md", "old");
  std::string error;
  ASSERT_TRUE(replace_file(target, "new text", error)) << error;
  EXPECT_EQ(slurp(target), "new text");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path() / "content"), fs::directory_iterator()), 1);
}

TEST(EditedText, ReplaceFileFailsInAFolderThatCannotBeMade) {
  TempDir dir;
  dir.write("blocked", "a file where a folder should be");
  std::string error;
  EXPECT_FALSE(replace_file(dir.path() / "blocked/a.md", "text", error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace cdp::testing
