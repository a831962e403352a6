#include "import/xml_tree.h"

#include <gtest/gtest.h>

#include "import/import_error.h"

namespace cdp {
namespace {

std::string message_of(const std::string& xml, XmlLimits limits = {}) {
  try {
    read_xml(xml, "word/document.xml", limits);
  } catch (const ImportError& error) {
    return error.what();
  }
  return "";
}

TEST(XmlTree, NamesCarryTheNamespacesPrefixWhateverTheFileUsed) {
  XmlNode root = read_xml(
      "<x:document xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<x:p x:val=\"1\"><x:t xml:space=\"preserve\"> a &amp; b </x:t></x:p>\n  </x:document>",
      "word/document.xml");
  EXPECT_EQ(root.name, "w:document");
  ASSERT_EQ(root.children.size(), 1u);
  const XmlNode& paragraph = root.children[0];
  EXPECT_EQ(paragraph.attribute_or("w:val"), "1");
  EXPECT_EQ(paragraph.child("w:t")->all_text(), " a & b ");
}

TEST(XmlTree, StrictOoxmlReadsAsTransitional) {
  XmlNode root = read_xml("<w:p xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"/>", "p");
  EXPECT_EQ(root.name, "w:p");
}

TEST(XmlTree, RefusesADoctype) {
  EXPECT_EQ(message_of("<!DOCTYPE w [<!ENTITY e \"x\">]><w>&e;</w>"),
            "the Word file's part word/document.xml declares a DOCTYPE, which Word never writes and which can make a "
            "file read other files");
}

TEST(XmlTree, NeverReadsAnExternalEntity) {
  EXPECT_NE(message_of("<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w>&e;</w>"), "");
  EXPECT_EQ(message_of("<w>&undeclared;</w>"), "the Word file is damaged: its part word/document.xml cannot be read");
}

TEST(XmlTree, RefusesBadXml) {
  EXPECT_EQ(message_of("<w><p></w>"), "the Word file is damaged: its part word/document.xml cannot be read");
  EXPECT_EQ(message_of(""), "the Word file is damaged: its part word/document.xml cannot be read");
}

TEST(XmlTree, RefusesTooDeepOrTooBig) {
  XmlLimits limits;
  limits.max_depth = 3;
  EXPECT_NE(message_of("<a><a><a><a><a/></a></a></a></a>", limits), "");
  EXPECT_EQ(message_of("<a><a><a/></a></a>", limits), "");
  limits.max_nodes = 3;
  EXPECT_NE(message_of("<a><b/><b/><b/></a>", limits), "");
}

}  // namespace
}  // namespace cdp
