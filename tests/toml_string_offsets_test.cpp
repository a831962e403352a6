#include "core/toml_string_offsets.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

// The file offsets of value bytes `from` onwards, as the file's own text.
std::string written_at(std::string_view file, std::size_t quote, std::string_view value, std::size_t byte) {
  std::optional<std::vector<std::size_t>> offsets = toml_string_offsets(file, quote, value);
  if (!offsets) return "(none)";
  return std::string(file.substr((*offsets)[byte], 4));
}

TEST(TomlStringOffsets, ABasicStringMapsPastItsEscapes) {
  std::string file = "text = \"a\\\"b \\u00e9 [here](x)\"\n";
  std::string value = "a\"b \xC3\xA9 [here](x)";
  EXPECT_EQ(written_at(file, 7, value, 0), "a\\\"b");
  EXPECT_EQ(written_at(file, 7, value, 1), "\\\"b ") << "the quote maps to its backslash";
  EXPECT_EQ(written_at(file, 7, value, 4), "\\u00") << "both bytes of é map to its escape";
  EXPECT_EQ(written_at(file, 7, value, 7), "[her");
  std::optional<std::vector<std::size_t>> offsets = toml_string_offsets(file, 7, value);
  ASSERT_TRUE(offsets);
  EXPECT_EQ(offsets->size(), value.size() + 1);
  EXPECT_EQ(file[offsets->back()], '"') << "one past the end is the closing quote";
}

TEST(TomlStringOffsets, AMultiLineStringSkipsItsFirstNewlineAndJoinedLines) {
  std::string file = "text = \"\"\"\nOne \\\n    two\r\n![](x.png)\"\"\"\n";
  std::string value = "One two\n![](x.png)";
  EXPECT_EQ(written_at(file, 7, value, 0), "One ");
  EXPECT_EQ(written_at(file, 7, value, 4), "two\r");
  EXPECT_EQ(written_at(file, 7, value, 8), "![](");
}

TEST(TomlStringOffsets, LiteralStringsHaveNoEscapes) {
  std::string file = "a = 'C:\\x [y](z)'\nb = '''\nline\n'''\n";
  EXPECT_EQ(written_at(file, 4, "C:\\x [y](z)", 5), "[y](");
  std::size_t second = file.find("'''");
  EXPECT_EQ(written_at(file, second, "line\n", 0), "line");
}

TEST(TomlStringOffsets, TextThatDoesNotReadAsTheValueGivesNoOffsets) {
  EXPECT_FALSE(toml_string_offsets("a = \"x\"", 4, "y"));
  EXPECT_FALSE(toml_string_offsets("a = 12", 4, "12"));
  EXPECT_FALSE(toml_string_offsets("a = \"unclosed", 4, "unclosed"));
}

}  // namespace
}  // namespace cdp
