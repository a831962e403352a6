#include "publish/cloud_xml.h"

#include <functional>
#include <sstream>

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/XML/XMLString.h>

#include "publish/target.h"

namespace cdp {

namespace {

// Calls `found(path, text)` for each element that holds text, `path` being its names
// from the root joined by '/': "ListBucketResult/Contents/Key".
class TextCollector : public Poco::XML::ContentHandler {
 public:
  explicit TextCollector(std::function<void(const std::string&, const std::string&)> found)
      : found_(std::move(found)) {}
  void setDocumentLocator(const Poco::XML::Locator*) override {}
  void startDocument() override {}
  void endDocument() override {}
  void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& local_name,
                    const Poco::XML::XMLString& qualified_name, const Poco::XML::Attributes&) override {
    path_.push_back(local_name.empty() ? qualified_name : local_name);
    text_.clear();
  }
  void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {
    std::string joined;
    for (const std::string& name : path_) joined += (joined.empty() ? "" : "/") + name;
    if (!text_.empty()) found_(joined, text_);
    text_.clear();
    path_.pop_back();
  }
  void characters(const Poco::XML::XMLChar ch[], int start, int length) override {
    text_.append(ch + start, static_cast<std::size_t>(length));
  }
  void ignorableWhitespace(const Poco::XML::XMLChar[], int, int) override {}
  void processingInstruction(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void startPrefixMapping(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
  void endPrefixMapping(const Poco::XML::XMLString&) override {}
  void skippedEntity(const Poco::XML::XMLString&) override {}

 private:
  std::function<void(const std::string&, const std::string&)> found_;
  std::vector<std::string> path_;  // the open elements
  std::string text_;               // the text of the innermost one so far
};

// False when `xml` is not well-formed.
bool collect_text(const std::string& xml, const std::function<void(const std::string&, const std::string&)>& found) {
  TextCollector collector(found);
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
  parser.setContentHandler(&collector);
  try {
    std::istringstream in(xml);
    Poco::XML::InputSource source(in);
    parser.parse(&source);
  } catch (const Poco::Exception&) {
    return false;
  }
  return true;
}

CloudListing parse_listing(const std::string& xml, const std::string& name_path, const std::string& next_path,
                           const std::string& service) {
  CloudListing listing;
  bool read = collect_text(xml, [&](const std::string& path, const std::string& text) {
    if (path == name_path) listing.names.push_back(text);
    if (path == next_path) listing.next = text;
  });
  if (!read) {
    throw PublishError(service + " sent a list of files cdpsite could not read",
                       "check that the address is the storage itself and not a web page in front of it");
  }
  return listing;
}

}  // namespace

CloudListing parse_s3_listing(const std::string& xml) {
  return parse_listing(xml, "ListBucketResult/Contents/Key", "ListBucketResult/NextContinuationToken", "S3");
}

CloudListing parse_azure_listing(const std::string& xml) {
  return parse_listing(xml, "EnumerationResults/Blobs/Blob/Name", "EnumerationResults/NextMarker", "Azure Storage");
}

CloudError parse_cloud_error(const std::string& xml) {
  CloudError error;
  collect_text(xml, [&](const std::string& path, const std::string& text) {
    if (path == "Error/Code") error.code = text;
    if (path == "Error/Message") error.message = text;
  });
  return error;
}

}  // namespace cdp
