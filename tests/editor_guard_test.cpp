// The editor's guard: loopback binds, the secret, own hosts (DNS rebinding), writing
// requests from another origin, without an Origin or without the secret; paths out of
// the site folder by name or by link; extensions, sizes and the bytes of pictures and
// documents.
#include "serve/editor_guard.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kPort = 4321;
const std::string kSecret(64, 'a');

TEST(EditorGuard, OnlyLoopbackBindsAllowEditing) {
  for (const char* bind : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) EXPECT_TRUE(is_loopback_bind(bind)) << bind;
  for (const char* bind : {"0.0.0.0", "::", "192.168.1.2", "10.0.0.1", "example.org", "127.0.0.1.evil.com", ""}) {
    EXPECT_FALSE(is_loopback_bind(bind)) << bind;
  }
}

TEST(EditorGuard, SecretsAreLongAndDifferEachRun) {
  std::string first = make_editor_secret();
  EXPECT_EQ(first.size(), 64u);
  EXPECT_EQ(first.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(first, make_editor_secret());
}

TEST(EditorGuard, OnlyThePreviewsOwnHostIsServed) {
  EXPECT_TRUE(is_own_host("127.0.0.1:4321", kPort));
  EXPECT_TRUE(is_own_host("[::1]:4321", kPort));
  EXPECT_TRUE(is_own_host("localhost:4321", kPort));
  for (const char* host : {"evil.example:4321", "127.0.0.1:80", "127.0.0.1", "localhost", "127.0.0.1:43210",
                           "x127.0.0.1:4321", "", "127.0.0.1.nip.io:4321"}) {
    EXPECT_FALSE(is_own_host(host, kPort)) << host;
  }
}

TEST(EditorGuard, AWriteFromTheEditorPageIsAllowed) {
  EXPECT_EQ(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:4321", kSecret}, kSecret, kPort), std::nullopt);
  EXPECT_EQ(write_refusal({"localhost:4321", "http://localhost:4321", kSecret}, kSecret, kPort), std::nullopt);
}

TEST(EditorGuard, WritesFromElsewhereAreRefused) {
  // A foreign Host (DNS rebinding).
  EXPECT_TRUE(write_refusal({"evil.example:4321", "http://evil.example:4321", kSecret}, kSecret, kPort));
  // Another site's form or fetch, with or without the secret.
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "https://evil.example", kSecret}, kSecret, kPort));
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "null", kSecret}, kSecret, kPort));
  // The preview's own address on another scheme or port.
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "https://127.0.0.1:4321", kSecret}, kSecret, kPort));
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:1313", kSecret}, kSecret, kPort));
  // No Origin.
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "", kSecret}, kSecret, kPort));
  // No secret, a wrong one, one a digit short.
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:4321", ""}, kSecret, kPort));
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:4321", std::string(64, 'b')}, kSecret, kPort));
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:4321", std::string(63, 'a')}, kSecret, kPort));
  // A server whose secret is empty never accepts an empty secret.
  EXPECT_TRUE(write_refusal({"127.0.0.1:4321", "http://127.0.0.1:4321", ""}, "", kPort));
}

class WritablePath : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("content/news/first.md", "text");
    dir_.write("outside/secret.md", "private");
  }
  std::optional<fs::path> path(std::string_view relative, EditedFileKind kind = EditedFileKind::kPage) {
    refusal_.clear();
    return writable_path(dir_.path() / "content", relative, kind, refusal_);
  }
  TempDir dir_;
  std::string refusal_;
};

TEST_F(WritablePath, PagesPicturesAndDocumentsInsideTheSiteAreWritable) {
  EXPECT_EQ(path("news/first.md"), dir_.path() / "content/news/first.md");
  EXPECT_EQ(path("news/new-page.md"), dir_.path() / "content/news/new-page.md");
  EXPECT_TRUE(path("news/chart.PNG", EditedFileKind::kPicture));
  EXPECT_TRUE(path("news/report.pdf", EditedFileKind::kDocument));
}

TEST_F(WritablePath, PathsOutOfTheSiteByNameAreRefused) {
  for (const char* relative : {"../outside/secret.md", "news/../../outside/secret.md", "/etc/passwd.md",
                               "C:/Windows/a.md", "news\\first.md", "news//first.md", "./news/first.md",
                               "news/.hidden.md", "", "news/"}) {
    EXPECT_FALSE(path(relative)) << relative;
    EXPECT_FALSE(refusal_.empty()) << relative;
  }
  EXPECT_FALSE(path(std::string_view("a\0.md", 5)));
}

TEST_F(WritablePath, OnlyTheKindsOwnExtensionsAreWritable) {
  EXPECT_FALSE(path("site.toml"));
  EXPECT_FALSE(path("templates/base.mustache"));
  EXPECT_FALSE(path("news/first.md", EditedFileKind::kPicture));
  EXPECT_FALSE(path("news/logo.svg", EditedFileKind::kPicture));  // an SVG can hold a script
  EXPECT_FALSE(path("news/run.exe", EditedFileKind::kDocument));
  EXPECT_EQ(refusal_, "a document must be PDF, Word, Excel, PowerPoint or OpenDocument");
}

TEST_F(WritablePath, LinksOutOfTheSiteAreNotFollowed) {
#ifdef _WIN32
  GTEST_SKIP() << "Wine makes no links";
#endif
  fs::create_directory_symlink(dir_.path() / "outside", dir_.path() / "content/shared");
  fs::create_symlink(dir_.path() / "outside/secret.md", dir_.path() / "content/news/linked.md");
  fs::create_symlink("first.md", dir_.path() / "content/news/alias.md");
  EXPECT_FALSE(path("shared/secret.md"));
  EXPECT_EQ(refusal_, "it leads outside the site folder through a link");
  EXPECT_FALSE(path("shared/new.md"));
  EXPECT_FALSE(path("news/linked.md"));
  EXPECT_FALSE(path("news/alias.md"));  // even inside: writing through a link would replace the link
}

TEST(ContentRefusal, PagesMustBeUtf8Text) {
  EXPECT_EQ(content_refusal("a.md", EditedFileKind::kPage, "+++\ntitle = \"£\"\n+++\n"), std::nullopt);
  EXPECT_TRUE(content_refusal("a.md", EditedFileKind::kPage, "caf\xE9"));
  EXPECT_TRUE(content_refusal("a.md", EditedFileKind::kPage, std::string_view("a\0b", 3)));
}

TEST(ContentRefusal, PicturesAndDocumentsAreCheckedByTheirBytes) {
  const std::string png("\x89PNG\r\n\x1A\n....", 12);
  const std::string zip("PK\x03\x04....", 8);
  EXPECT_EQ(content_refusal("a.png", EditedFileKind::kPicture, png), std::nullopt);
  EXPECT_EQ(content_refusal("a.JPG", EditedFileKind::kPicture, "\xFF\xD8\xFF\xE0"), std::nullopt);
  EXPECT_EQ(content_refusal("a.gif", EditedFileKind::kPicture, "GIF89a..."), std::nullopt);
  EXPECT_EQ(content_refusal("a.webp", EditedFileKind::kPicture, "RIFF....WEBPVP8 "), std::nullopt);
  EXPECT_EQ(content_refusal("a.pdf", EditedFileKind::kDocument, "%PDF-1.7\n"), std::nullopt);
  EXPECT_EQ(content_refusal("a.docx", EditedFileKind::kDocument, zip), std::nullopt);
  EXPECT_EQ(content_refusal("a.png", EditedFileKind::kPicture, "<script>alert(1)</script>"),
            "its contents are not a png file");
  EXPECT_TRUE(content_refusal("a.jpg", EditedFileKind::kPicture, png));
  EXPECT_TRUE(content_refusal("a.pdf", EditedFileKind::kDocument, "<html>"));
  EXPECT_TRUE(content_refusal("a.webp", EditedFileKind::kPicture, "RIFF....WAVE"));
}

// Found by the fuzzer: a name with no ending threw instead of being refused.
TEST(ContentRefusal, ANameWithNoEndingIsRefusedInWords) {
  EXPECT_EQ(content_refusal("", EditedFileKind::kPicture, ""),
            "its name has no ending, such as .png or .pdf, that says what kind of file it is");
  EXPECT_TRUE(content_refusal("picture.", EditedFileKind::kDocument, "%PDF-1.7\n"));
}

TEST(ContentRefusal, FilesOverTheLimitAreRefused) {
  std::string page(size_limit(EditedFileKind::kPage) + 1, 'a');
  EXPECT_EQ(content_refusal("a.md", EditedFileKind::kPage, page), "it is larger than 4 MB");
  page.pop_back();
  EXPECT_EQ(content_refusal("a.md", EditedFileKind::kPage, page), std::nullopt);
}

}  // namespace
}  // namespace cdp::testing
