#include "serve/request_path.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(RequestPath, AcceptsPlainPaths) {
  EXPECT_EQ(site_path_for_request("/"), "");
  EXPECT_EQ(site_path_for_request("/documents/"), "documents/");
  EXPECT_EQ(site_path_for_request("/css/site.css"), "css/site.css");
  EXPECT_EQ(site_path_for_request("/a%20b/"), "a b/");
  EXPECT_EQ(site_path_for_request("/caf%C3%A9/"), "café/");
  EXPECT_EQ(site_path_for_request("/file.tar.gz"), "file.tar.gz");
}

class TraversalIsRefused : public ::testing::TestWithParam<const char*> {};

TEST_P(TraversalIsRefused, Refused) { EXPECT_FALSE(site_path_for_request(GetParam())) << GetParam(); }

INSTANTIATE_TEST_SUITE_P(
    RequestPath, TraversalIsRefused,
    ::testing::Values("", "relative", "/..", "/../etc/passwd", "/a/../../b", "/a/..", "/./a", "/%2e%2e/etc/passwd",
                      "/%2E%2E/x", "/.%2e/x", "/a%2f..%2fb", "/a%2F", "/a%5c..%5cb", "/a\\..\\b", "/a%00b",
                      "/%", "/%zz", "/%2", "//etc/passwd", "/a//b", "/C:/windows", "/c:", "/a%0ab"));

}  // namespace
}  // namespace cdp
