// parse_azure_address, the credential from the environment, and AzureTarget against
// Azurite on 127.0.0.1 (Microsoft's emulator, which checks every Shared Key signature):
// blobs stored with their content type and the site's Cache-Control, listed, read back
// and deleted, under a prefix; and the plain errors for a wrong key, a wrong SAS token
// and a missing container.
#include "publish/azure_target.h"

#include <stdlib.h>

#include <gtest/gtest.h>

#include "publish/manifest.h"
#include "support/cloud_emulators.h"
#include "support/test_support.h"

namespace cdp::testing {
namespace {

template <class Step>
std::string publish_error(Step step) {
  try {
    step();
  } catch (const PublishError& error) {
    return std::string(error.what()) + " | " + error.hint;
  }
  return "";
}

TEST(ParseAzureAddress, TheAccountIsInTheHostName) {
  AzureAddress address = parse_azure_address("https://councildrugs.blob.core.windows.net/$web/site/");
  EXPECT_TRUE(address.endpoint.tls);
  EXPECT_EQ(address.endpoint.host, "councildrugs.blob.core.windows.net");
  EXPECT_EQ(address.endpoint.port, 443);
  EXPECT_FALSE(address.path_style);
  EXPECT_EQ(address.account, "councildrugs");
  EXPECT_EQ(address.container, "$web");
  EXPECT_EQ(address.prefix, "site");
}

TEST(ParseAzureAddress, AnEmulatorHasTheAccountInThePath) {
  AzureAddress address = parse_azure_address("http://127.0.0.1:10000/devstoreaccount1/$web");
  EXPECT_TRUE(address.path_style);
  EXPECT_EQ(address.account, "devstoreaccount1");
  EXPECT_EQ(address.container, "$web");
  EXPECT_EQ(address.prefix, "");
}

TEST(ParseAzureAddress, ASasTokenInTheAddressIsRefusedWithoutRepeatingIt) {
  std::string error =
      publish_error([] { parse_azure_address("https://councildrugs.blob.core.windows.net/$web?sv=2022&sig=SECRET"); });
  EXPECT_EQ(error, "the Azure address holds a query (a SAS token?), which would end up in shell history and logs | "
                   "remove everything from the '?' on, and set CDPSITE_AZURE_SAS to the SAS token");
  EXPECT_EQ(publish_error([] { parse_azure_address("https://councildrugs.blob.core.windows.net/"); }),
            "the Azure address needs the storage account and the container | write it as "
            "https://ACCOUNT.blob.core.windows.net/$web (a static website's container)");
}

class AzureEnvironment : public ::testing::Test {
 protected:
  void TearDown() override {
    unsetenv("CDPSITE_AZURE_SAS");
    unsetenv("AZURE_STORAGE_CONNECTION_STRING");
  }
};

TEST_F(AzureEnvironment, ASasTokenComesFirst) {
  setenv("CDPSITE_AZURE_SAS", "?sv=2022-11-02&sig=abc", 1);
  setenv("AZURE_STORAGE_CONNECTION_STRING", "AccountName=other;AccountKey=a2V5", 1);
  AzureCredential credential = azure_credential_from_environment("councildrugs");
  EXPECT_EQ(credential.sas, "sv=2022-11-02&sig=abc");
  EXPECT_EQ(credential.account_key, "");
}

TEST_F(AzureEnvironment, AConnectionStringGivesTheKeyOfItsAccountOnly) {
  setenv("AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=councildrugs;AccountKey=a2V5==;EndpointSuffix=core.windows.net", 1);
  EXPECT_EQ(azure_credential_from_environment("councildrugs").account_key, "a2V5==");
  std::string error = publish_error([] { azure_credential_from_environment("another"); });
  EXPECT_EQ(error, "AZURE_STORAGE_CONNECTION_STRING is for the storage account \"councildrugs\", not for \"another\" "
                   "of the address | use the connection string of the account the address names, or correct the address");
  EXPECT_EQ(error.find("a2V5"), std::string::npos);
}

TEST_F(AzureEnvironment, NoCredentialIsExplained) {
  EXPECT_EQ(publish_error([] { azure_credential_from_environment("councildrugs"); }),
            "no Azure credential: neither CDPSITE_AZURE_SAS nor AZURE_STORAGE_CONNECTION_STRING is set | ask your "
            "council's IT for a SAS token for the container (with read, write, delete and list), and set "
            "CDPSITE_AZURE_SAS to it in the environment of the job that publishes");
}

class AzureTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!cloud_emulators_available()) GTEST_FAIL() << "the emulators are missing: scripts/test installs them (npm)";
    emulator_ = std::make_unique<AzuriteEmulator>(dir_.path() / "azurite");
    ASSERT_TRUE(emulator_->running());
  }
  AzureCredential key_credential() const { return AzureCredential{"", kAzuriteKey}; }

  TempDir dir_;
  std::unique_ptr<AzuriteEmulator> emulator_;
};

TEST_F(AzureTargetTest, BlobsAreStoredWithTheirTypesListedReadAndDeleted) {
  AzureTarget target(parse_azure_address(emulator_->url() + "/drugs"), key_credential(), "max-age=300");
  EXPECT_EQ(target.describe(), emulator_->url() + "/drugs");
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

TEST_F(AzureTargetTest, AWrongKeyIsRefusedAndNeverShown) {
  std::string wrong = "d3Jvbmcta2V5LXdyb25nLWtleQ==";
  std::string error = publish_error([&] { AzureTarget(parse_azure_address(emulator_->url()), {"", wrong}, ""); });
  EXPECT_EQ(error, "Azure Storage refused to list the container in the container $web of the storage account "
                   "devstoreaccount1: it did not accept the credential from this computer | check CDPSITE_AZURE_SAS "
                   "(or AZURE_STORAGE_CONNECTION_STRING), and ask your council's IT whether the storage account's "
                   "firewall lets this computer in");
  EXPECT_EQ(error.find(wrong), std::string::npos);
}

TEST_F(AzureTargetTest, AWrongSasTokenIsRefusedAndNeverShown) {
  std::string sas = "sv=2021-08-06&ss=b&srt=sco&sp=rwdlc&se=2030-01-01T00:00:00Z&st=2020-01-01T00:00:00Z&spr=https,http&sig=bm90LWEtc2lnbmF0dXJl";
  std::string error = publish_error([&] { AzureTarget(parse_azure_address(emulator_->url()), {sas, ""}, ""); });
  EXPECT_TRUE(error.starts_with("Azure Storage refused to list the container in the container $web of the storage "
                                "account devstoreaccount1: ")) << error;
  EXPECT_EQ(error.find("bm90LWEtc2lnbmF0dXJl"), std::string::npos);
}

TEST_F(AzureTargetTest, AMissingContainerIsExplained) {
  EXPECT_EQ(publish_error([&] { AzureTarget(parse_azure_address(emulator_->url("site")), key_credential(), ""); }),
            "the container site of the storage account devstoreaccount1 does not exist | for a static website, ask "
            "your council's IT to turn on \"Static website\" for the storage account (which makes $web); else "
            "check the container's name in the address");
}

}  // namespace
}  // namespace cdp::testing
