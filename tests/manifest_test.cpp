// The publish manifest: SHA-256 of files, the manifest of a built folder, its JSON
// form read back, and the plan of what to send and delete.
#include "publish/manifest.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

// SHA-256 of "abc" and of nothing (FIPS 180-2 test vectors).
constexpr const char* kAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* kEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

TEST(Sha256OfFile, MatchesTheStandardTestVectors) {
  TempDir dir;
  EXPECT_EQ(sha256_of_file(dir.write("abc.txt", "abc")), kAbc);
  EXPECT_EQ(sha256_of_file(dir.write("empty.txt", "")), kEmpty);
}

TEST(Sha256OfFile, ReadsFilesLargerThanItsBuffer) {
  TempDir dir;
  std::string big(200'000, 'x');
  big.back() = 'y';
  std::string other = big;
  other.back() = 'z';
  EXPECT_NE(sha256_of_file(dir.write("a", big)), sha256_of_file(dir.write("b", other)));
}

TEST(ManifestOfFolder, EveryFileByItsPathButNotTheManifest) {
  TempDir dir;
  dir.write("site/index.html", "abc");
  dir.write("site/news/first/index.html", "");
  dir.write(std::string("site/") + kManifestName, "{}");
  EXPECT_EQ(manifest_of_folder(dir.path() / "site"),
            (Manifest{{"index.html", kAbc}, {"news/first/index.html", kEmpty}}));
}

TEST(ManifestJson, IsInPathOrderAndReadsBack) {
  Manifest manifest = {{"b.html", "2"}, {"a \"quoted\".html", "1"}};
  EXPECT_EQ(manifest_json(manifest), "{\"files\": {\n  \"a \\\"quoted\\\".html\": \"1\",\n  \"b.html\": \"2\"\n}}\n");
  EXPECT_EQ(parse_manifest(manifest_json(manifest)), manifest);
  EXPECT_EQ(parse_manifest(manifest_json({})), Manifest{});
}

TEST(ParseManifest, AnythingElseIsNotAManifest) {
  EXPECT_EQ(parse_manifest("not json"), std::nullopt);
  EXPECT_EQ(parse_manifest("{\"other\": {}}"), std::nullopt);
  EXPECT_EQ(parse_manifest("[1, 2]"), std::nullopt);
  EXPECT_EQ(parse_manifest(""), std::nullopt);
}

TEST(PlanPublish, SendsOnlyWhatChangedAndRemovesWhatWentDeepestFirst) {
  Manifest local = {{"a.html", "1"}, {"b.html", "2"}, {"new/c.html", "3"}};
  Manifest remote = {{"a.html", "1"}, {"b.html", "old"}, {"gone/deep/d.html", "4"}, {"e.html", "5"}};
  PublishPlan plan = plan_publish(local, remote);
  EXPECT_EQ(plan.send, (std::vector<std::string>{"b.html", "new/c.html"}));
  EXPECT_EQ(plan.remove, (std::vector<std::string>{"gone/deep/d.html", "e.html"}));
  EXPECT_EQ(plan.unchanged, 1u);
}

TEST(PlanPublish, UnchangedSiteSendsNothing) {
  Manifest site = {{"a.html", "1"}, {"b/c.html", "2"}};
  PublishPlan plan = plan_publish(site, site);
  EXPECT_TRUE(plan.send.empty());
  EXPECT_TRUE(plan.remove.empty());
  EXPECT_EQ(plan.unchanged, 2u);
}

TEST(PlanPublish, FirstPublishSendsEverything) {
  PublishPlan plan = plan_publish({{"a.html", "1"}, {"b/c.html", "2"}}, {});
  EXPECT_EQ(plan.send, (std::vector<std::string>{"a.html", "b/c.html"}));
  EXPECT_EQ(plan.unchanged, 0u);
}

}  // namespace
}  // namespace cdp::testing
