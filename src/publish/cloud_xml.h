#pragma once
// What cdpsite reads of the XML that S3 and Azure Storage send: object listings and
// error replies. Parsed with Poco's SAX parser, external entities off (a listing is a
// server's word, never a reason to read a file or fetch an address).
#include <string>
#include <vector>

namespace cdp {

struct CloudListing {
  std::vector<std::string> names;  // object (blob) names, in the order sent
  std::string next;                // S3's NextContinuationToken, Azure's NextMarker; "" at the end
};

// ListObjectsV2's <ListBucketResult>; throws PublishError when it is not XML.
CloudListing parse_s3_listing(const std::string& xml);
// List Blobs' <EnumerationResults>; throws PublishError when it is not XML.
CloudListing parse_azure_listing(const std::string& xml);

struct CloudError {
  std::string code;     // "NoSuchBucket", "AuthenticationFailed"... ("" when none)
  std::string message;  // the server's own words, for the log, never shown alone
};

// <Error><Code>..</Code><Message>..</Message></Error>, as both send; empty when the body
// is no such XML.
CloudError parse_cloud_error(const std::string& xml);

}  // namespace cdp
