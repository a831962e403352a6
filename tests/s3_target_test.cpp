// parse_s3_address, the credentials from the environment, and S3Target against an S3
// emulator on 127.0.0.1 (s3rver): objects stored with
// their content type and the site's Cache-Control, listed, read back and deleted, under
// a prefix; and the plain errors for an unknown access key, a missing bucket and a bad
// endpoint.
#include "publish/s3_target.h"

#include <stdlib.h>

#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/cloud_emulators.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

template <class Step>
std::string publish_error(Step step) {
  try {
    step();
  } catch (const PublishError& error) {
    return std::string(error.what()) + " | " + error.hint;
  }
  return "";
}

TEST(ParseS3Address, BucketAndPrefix) {
  S3Address address = parse_s3_address("s3://council-drugs/site/");
  EXPECT_EQ(address.bucket, "council-drugs");
  EXPECT_EQ(address.prefix, "site");
  EXPECT_EQ(parse_s3_address("s3://council-drugs").prefix, "");
}

TEST(ParseS3Address, NotABucketIsExplained) {
  EXPECT_EQ(publish_error([] { parse_s3_address("https://council-drugs/"); }),
            "\"https://council-drugs/\" is not an S3 address | write it as s3://bucket or s3://bucket/folder");
  EXPECT_EQ(publish_error([] { parse_s3_address("s3://Council_Drugs"); }),
            "\"Council_Drugs\" is not the name of an S3 bucket | a bucket's name is 3 to 63 lower-case letters, "
            "digits, dots and hyphens; write it as s3://bucket or s3://bucket/folder");
}

TEST(AwsCredentialsFromEnvironment, BothKeysAreNeeded) {
  setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", 1);
  unsetenv("AWS_SECRET_ACCESS_KEY");
  EXPECT_EQ(publish_error([] { aws_credentials_from_environment(); }),
            "no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set | set them in the "
            "environment of the job that publishes, from the access key your council's IT made for publishing");
  setenv("AWS_SECRET_ACCESS_KEY", "secret", 1);
  setenv("AWS_SESSION_TOKEN", "token", 1);
  AwsCredentials credentials = aws_credentials_from_environment();
  EXPECT_EQ(credentials.access_key_id, "AKIDEXAMPLE");
  EXPECT_EQ(credentials.secret_access_key, "secret");
  EXPECT_EQ(credentials.session_token, "token");
  unsetenv("AWS_ACCESS_KEY_ID");
  unsetenv("AWS_SECRET_ACCESS_KEY");
  unsetenv("AWS_SESSION_TOKEN");
}

class S3TargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!cloud_emulators_available()) GTEST_FAIL() << "the emulators are missing: scripts/test installs them (npm)";
    emulator_ = std::make_unique<S3Emulator>(dir_.path() / "s3", "council-www");
    ASSERT_TRUE(emulator_->running());
  }
  S3Options options(const std::string& secret = kS3rverKey) const {
    return S3Options{{kS3rverKey, secret, ""}, "eu-west-2", emulator_->endpoint(), "max-age=300"};
  }

  TempDir dir_;
  std::unique_ptr<S3Emulator> emulator_;
};

TEST_F(S3TargetTest, ObjectsAreStoredWithTheirTypesListedReadAndDeleted) {
  S3Target target(parse_s3_address("s3://council-www/drugs"), options());
  EXPECT_EQ(target.describe(), "s3://council-www/drugs");
  EXPECT_EQ(target.read_text(kManifestName), std::nullopt) << "a first publish";
  target.put("index.html", dir_.write("site/index.html", "<h1>Home</h1>"));
  target.put("news/first item.html", dir_.write("site/news/first item.html", "<p>£5</p>"));
  target.put_text("assets/style.css", "body{}");
  target.put_text(kManifestName, "{\"files\": {}}");
  std::vector<std::string> names = target.list();
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{kManifestName, "assets/style.css", "index.html", "news/first item.html"}));
  std::optional<StoredObject> page = target.fetch("news/first item.html");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body, "<p>£5</p>");
  EXPECT_EQ(page->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(page->cache_control, "max-age=300");
  EXPECT_EQ(target.fetch("assets/style.css")->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(target.read_text(kManifestName), "{\"files\": {}}");
  target.remove("index.html");
  target.remove("no-such-page.html");
  EXPECT_EQ(target.fetch("index.html"), std::nullopt);
}

// s3rver checks the access key but not Signature Version 4 (its source says the check is
// not written): sigv4_test checks the signatures against AWS's own examples.
TEST_F(S3TargetTest, AnUnknownAccessKeyIsRefusedAndTheSecretNeverShown) {
  S3Options wrong = options("the-secret");
  wrong.credentials.access_key_id = "AKIDNOTKNOWN";
  std::string error = publish_error([&] { S3Target(parse_s3_address("s3://council-www"), wrong); });
  EXPECT_EQ(error, "S3 refused to list the bucket in the bucket council-www: it does not know the access key in "
                   "AWS_ACCESS_KEY_ID | check AWS_ACCESS_KEY_ID (and --endpoint, for a store other than Amazon's)");
  EXPECT_EQ(error.find("the-secret"), std::string::npos);
}

TEST_F(S3TargetTest, AMissingBucketIsExplained) {
  EXPECT_EQ(publish_error([&] { S3Target(parse_s3_address("s3://no-such-bucket"), options()); }),
            "the bucket no-such-bucket does not exist (or not in this account) | check the bucket's name in the "
            "address with your council's IT");
}

TEST(S3Target, ABadEndpointIsExplained) {
  S3Options options{{"id", "secret", ""}, "", "ftp://127.0.0.1", ""};
  EXPECT_EQ(publish_error([&] { S3Target(parse_s3_address("s3://council-www"), options); }),
            "\"ftp://127.0.0.1\" is not an address of an S3-compatible store | write it as https://host[:port], as "
            "the store's documentation gives it");
}

}  // namespace
}  // namespace cdp::testing
