// AWS Signature Version 4 against the examples AWS publishes with their signatures
// ("Signature Calculations for the Authorization Header", Amazon S3 API reference): a
// GET of an object with a range, a PUT of an object, and a listing with a query.
#include "publish/sigv4.h"

#include <gtest/gtest.h>

namespace cdp::testing {
namespace {

const AwsCredentials kExampleCredentials = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ""};
const SigV4Scope kExampleScope = {"20130524T000000Z", "us-east-1", "s3"};
const std::string kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

TEST(SigV4, GetObjectExample) {
  SigV4Request request;
  request.method = "GET";
  request.path = "/test.txt";
  request.headers = {{"host", "examplebucket.s3.amazonaws.com"},
                     {"range", "bytes=0-9"},
                     {"x-amz-content-sha256", kEmptySha256},
                     {"x-amz-date", "20130524T000000Z"}};
  request.payload_sha256 = kEmptySha256;
  EXPECT_EQ(sigv4_canonical_request(request),
            "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
            "x-amz-content-sha256:" + kEmptySha256 + "\nx-amz-date:20130524T000000Z\n\n"
            "host;range;x-amz-content-sha256;x-amz-date\n" + kEmptySha256);
  EXPECT_EQ(sigv4_string_to_sign(request, kExampleScope),
            "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
  EXPECT_EQ(sigv4_authorization(request, kExampleScope, kExampleCredentials),
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
}

TEST(SigV4, PutObjectExample) {
  std::string body = "Welcome to Amazon S3.";
  SigV4Request request;
  request.method = "PUT";
  request.path = "/" + aws_uri_encode("test$file.text", true);
  request.payload_sha256 = sha256_hex(body);
  request.headers = {{"date", "Fri, 24 May 2013 00:00:00 GMT"},
                     {"host", "examplebucket.s3.amazonaws.com"},
                     {"x-amz-content-sha256", request.payload_sha256},
                     {"x-amz-date", "20130524T000000Z"},
                     {"x-amz-storage-class", "REDUCED_REDUNDANCY"}};
  EXPECT_EQ(request.path, "/test%24file.text");
  EXPECT_EQ(request.payload_sha256, "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
  EXPECT_EQ(sigv4_signature(request, kExampleScope, kExampleCredentials.secret_access_key),
            "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
}

TEST(SigV4, ListObjectsExampleSortsAndEncodesTheQuery) {
  SigV4Request request;
  request.method = "GET";
  request.path = "/";
  request.query = {{"prefix", "J"}, {"max-keys", "2"}};
  request.headers = {{"host", "examplebucket.s3.amazonaws.com"},
                     {"x-amz-content-sha256", kEmptySha256},
                     {"x-amz-date", "20130524T000000Z"}};
  request.payload_sha256 = kEmptySha256;
  EXPECT_EQ(aws_canonical_query(request.query), "max-keys=2&prefix=J");
  EXPECT_EQ(sigv4_signature(request, kExampleScope, kExampleCredentials.secret_access_key),
            "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
}

TEST(SigV4, UriEncodingKeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(aws_uri_encode("news/a b+c~d_e.f-g/£", true), "news/a%20b%2Bc~d_e.f-g/%C2%A3");
  EXPECT_EQ(aws_uri_encode("a/b=c&d", false), "a%2Fb%3Dc%26d");
}

TEST(SigV4, HeaderValuesAreTrimmed) {
  SigV4Request request;
  request.method = "GET";
  request.path = "/";
  request.headers = {{"x-amz-meta-note", "  two   spaces  "}};
  EXPECT_NE(sigv4_canonical_request(request).find("\nx-amz-meta-note:two spaces\n"), std::string::npos);
}

}  // namespace
}  // namespace cdp::testing
