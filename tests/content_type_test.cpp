// content_type_for: the Content-Type of a built site's files, by extension.
#include "core/content_type.h"

#include <gtest/gtest.h>

namespace cdp::testing {
namespace {

TEST(ContentTypeFor, ByExtension) {
  EXPECT_EQ(content_type_for("site/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(content_type_for("search-index.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("open-data/metrics.csv"), "text/csv; charset=utf-8");
  EXPECT_EQ(content_type_for("open-data/metrics.json"), "application/json");
  EXPECT_EQ(content_type_for("feed.xml"), "application/xml");
  EXPECT_EQ(content_type_for("chart.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("photo.jpeg"), "image/jpeg");
  EXPECT_EQ(content_type_for("report.pdf"), "application/pdf");
}

TEST(ContentTypeFor, UnknownExtensionIsBinary) {
  EXPECT_EQ(content_type_for("data.bin"), "application/octet-stream");
  EXPECT_EQ(content_type_for("README"), "application/octet-stream");
}

}  // namespace
}  // namespace cdp::testing
