// What cdpsite reads of S3's and Azure's XML: the names of a listing and where the next
// page starts, the code of an error reply, and nothing fetched or expanded for an
// entity a server declares.
#include "publish/cloud_xml.h"

#include <gtest/gtest.h>

#include "publish/target.h"

namespace cdp::testing {
namespace {

TEST(ParseS3Listing, KeysAndTheContinuationToken) {
  CloudListing listing = parse_s3_listing(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
      "<Name>council-www</Name><IsTruncated>true</IsTruncated><Contents><Key>drugs/index.html</Key><Size>13</Size>"
      "</Contents><Contents><Key>drugs/news/a&amp;b.html</Key></Contents>"
      "<NextContinuationToken>1ueGcxLPRx1Tr</NextContinuationToken></ListBucketResult>");
  EXPECT_EQ(listing.names, (std::vector<std::string>{"drugs/index.html", "drugs/news/a&b.html"}));
  EXPECT_EQ(listing.next, "1ueGcxLPRx1Tr");
}

TEST(ParseAzureListing, BlobNamesAndTheNextMarker) {
  CloudListing listing = parse_azure_listing(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults ContainerName=\"$web\"><Blobs><Blob>"
      "<Name>index.html</Name><Properties><Content-Type>text/html</Content-Type></Properties></Blob><Blob>"
      "<Name>news/first.html</Name></Blob></Blobs><NextMarker /></EnumerationResults>");
  EXPECT_EQ(listing.names, (std::vector<std::string>{"index.html", "news/first.html"}));
  EXPECT_EQ(listing.next, "") << "the last page";
}

TEST(ParseS3Listing, NotXmlIsExplained) {
  try {
    parse_s3_listing("<html><body>Proxy login</body>");
    FAIL() << "no error";
  } catch (const PublishError& error) {
    EXPECT_EQ(std::string(error.what()) + " | " + error.hint,
              "S3 sent a list of files cdpsite could not read | check that the address is the storage itself and "
              "not a web page in front of it");
  }
}

TEST(ParseCloudError, CodeAndMessage) {
  CloudError error = parse_cloud_error(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>RequestTimeTooSkewed</Code><Message>The difference "
      "is too large.</Message></Error>");
  EXPECT_EQ(error.code, "RequestTimeTooSkewed");
  EXPECT_EQ(error.message, "The difference is too large.");
  EXPECT_EQ(parse_cloud_error("").code, "");
  EXPECT_EQ(parse_cloud_error("Service Unavailable").code, "");
}

TEST(ParseCloudError, AnExternalEntityIsNeverRead) {
  CloudError error = parse_cloud_error(
      "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
      "<Error><Code>AccessDenied</Code><Message>&secret;</Message></Error>");
  EXPECT_EQ(error.message, "");
}

}  // namespace
}  // namespace cdp::testing
