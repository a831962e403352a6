#include "import/xml_tree.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/LexicalHandler.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <map>

#include "import/import_error.h"

namespace cdp {

namespace {

// The prefix cdpsite gives each namespace it reads (transitional and strict OOXML).
const std::map<std::string, std::string, std::less<>>& prefixes() {
  static const std::map<std::string, std::string, std::less<>> by_uri = {
      {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
      {"http://purl.oclc.org/ooxml/wordprocessingml/main", "w"},
      {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
      {"http://purl.oclc.org/ooxml/officeDocument/relationships", "r"},
      {"http://schemas.openxmlformats.org/package/2006/relationships", "rel"},
      {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
      {"http://purl.oclc.org/ooxml/drawingml/main", "a"},
      {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
      {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "wp"},
      {"http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"},
      {"http://purl.oclc.org/ooxml/drawingml/picture", "pic"},
      {"http://schemas.openxmlformats.org/drawingml/2006/chart", "c"},
      {"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
      {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps"},
      {"urn:schemas-microsoft-com:vml", "v"},
      {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
      {"http://purl.org/dc/elements/1.1/", "dc"},
      {"http://purl.org/dc/terms/", "dcterms"},
  };
  return by_uri;
}

std::string qualified(const std::string& uri, const std::string& local) {
  if (uri.empty()) return local;
  auto found = prefixes().find(uri);
  return (found == prefixes().end() ? std::string("?") : found->second) + ":" + local;
}

bool is_blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// Elements whose whitespace is text a reader sees; elsewhere it only lays out the XML.
bool keeps_whitespace(const std::string& name) { return name == "w:t" || name == "w:instrText" || name == "w:delText"; }

class TreeBuilder : public Poco::XML::ContentHandler, public Poco::XML::LexicalHandler {
 public:
  TreeBuilder(const std::string& part, XmlLimits limits) : part_(part), limits_(limits) {}

  XmlNode take_root() {
    if (stack_.size() != 1 || stack_.front().children.empty()) refuse();
    return std::move(stack_.front().children.front());
  }

  void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& local, const Poco::XML::XMLString&,
                    const Poco::XML::Attributes& attributes) override {
    if (stack_.size() > limits_.max_depth) refuse();
    count_node();
    XmlNode node;
    node.name = qualified(uri, local);
    for (int i = 0; i < attributes.getLength(); ++i) {
      node.attributes.emplace_back(qualified(attributes.getURI(i), attributes.getLocalName(i)), attributes.getValue(i));
    }
    stack_.push_back(std::move(node));
  }

  void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {
    XmlNode done = std::move(stack_.back());
    stack_.pop_back();
    stack_.back().children.push_back(std::move(done));
  }

  void characters(const Poco::XML::XMLChar characters[], int start, int length) override {
    XmlNode& parent = stack_.back();
    std::string text(characters + start, static_cast<std::size_t>(length));
    if (!parent.children.empty() && parent.children.back().is_text()) {
      parent.children.back().text += text;
      return;
    }
    if (is_blank(text) && !keeps_whitespace(parent.name)) return;
    count_node();
    XmlNode node;
    node.text = std::move(text);
    parent.children.push_back(std::move(node));
  }

  void ignorableWhitespace(const Poco::XML::XMLChar[], int, int) override {}
  void setDocumentLocator(const Poco::XML::Locator*) override {}
  void startDocument() override { stack_.assign(1, XmlNode{}); }
  void endDocument() override {}
  void startPrefixMapping(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void endPrefixMapping(const Poco::XML::XMLString&) override {}
  void processingInstruction(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void skippedEntity(const Poco::XML::XMLString&) override { refuse(); }

  // A DOCTYPE is where entities are declared: Word never writes one, so it is refused.
  void startDTD(const Poco::XML::XMLString&, const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {
    throw ImportError("the Word file's part " + part_ + " declares a DOCTYPE, which Word never writes and which can "
                          "make a file read other files",
                      "open it in Word and save it again (File > Save As > Word Document), then import the new file");
  }
  void endDTD() override {}
  void startEntity(const Poco::XML::XMLString&) override {}
  void endEntity(const Poco::XML::XMLString&) override {}
  void startCDATA() override {}
  void endCDATA() override {}
  void comment(const Poco::XML::XMLChar[], int, int) override {}

  [[noreturn]] void refuse() const {
    throw ImportError("the Word file is damaged: its part " + part_ + " cannot be read",
                      "open it in Word and save it again (File > Save As > Word Document), then import the new file");
  }

 private:
  void count_node() {
    if (++nodes_ > limits_.max_nodes) refuse();
  }

  std::string part_;             // the part's name, for messages
  XmlLimits limits_;             // the bounds of the tree
  std::vector<XmlNode> stack_;   // the document node, then each open element
  std::size_t nodes_ = 0;        // nodes made so far
};

}  // namespace

const std::string* XmlNode::attribute(std::string_view attribute_name) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute_name) return &value;
  }
  return nullptr;
}

std::string XmlNode::attribute_or(std::string_view attribute_name, std::string fallback) const {
  const std::string* value = attribute(attribute_name);
  return value ? *value : fallback;
}

const XmlNode* XmlNode::child(std::string_view child_name) const {
  for (const XmlNode& node : children) {
    if (node.name == child_name) return &node;
  }
  return nullptr;
}

std::string XmlNode::all_text() const {
  if (is_text()) return text;
  std::string joined;
  for (const XmlNode& node : children) joined += node.all_text();
  return joined;
}

XmlNode read_xml(std::string_view xml, const std::string& part, XmlLimits limits) {
  TreeBuilder builder(part, limits);
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACE_PREFIXES, false);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
  parser.setContentHandler(&builder);
  parser.setProperty(Poco::XML::XMLReader::PROPERTY_LEXICAL_HANDLER, static_cast<Poco::XML::LexicalHandler*>(&builder));
  try {
    parser.parseMemoryNP(xml.data(), xml.size());
  } catch (const ImportError&) {
    throw;
  } catch (const std::exception&) {
    builder.refuse();
  }
  return builder.take_root();
}

}  // namespace cdp
