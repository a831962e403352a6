// Names for files dropped into the editor: fit for a web address, extension kept, and
// never the name of a file already there.
#include "serve/upload_name.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp::testing {
namespace {

TEST(UploadName, NamesAreMadeFitForAnAddress) {
  EXPECT_EQ(address_friendly_name("Chart of Deaths (2024).PNG"), "chart-of-deaths-2024.png");
  EXPECT_EQ(address_friendly_name("Board report – March.docx"), "board-report-march.docx");
  EXPECT_EQ(address_friendly_name("C:\\Users\\me\\Desktop\\map.jpg"), "map.jpg");
  EXPECT_EQ(address_friendly_name("../../etc/passwd.pdf"), "passwd.pdf");
  EXPECT_EQ(address_friendly_name("---.pdf"), "file.pdf");
  EXPECT_EQ(address_friendly_name(".hidden.png"), "hidden.png");
  EXPECT_EQ(address_friendly_name(""), "file");
}

TEST(UploadName, ANameTakenGetsANumber) {
  TempDir dir;
  EXPECT_EQ(free_upload_name(dir.path(), "Map.png"), "map.png");
  dir.write("map.png", "x");
  dir.write("map-2.png", "x");
  EXPECT_EQ(free_upload_name(dir.path(), "Map.png"), "map-3.png");
}

}  // namespace
}  // namespace cdp::testing
