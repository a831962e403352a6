// Names Windows cannot hold among the files of a site folder that are never published:
// each reported once, at the folder or file that has it.
#include "routes/unpublished_names.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace cdp {
namespace {

// "path: message up to its first comma" for each diagnostic of checking a site in `dir` with `data_files`.
std::vector<std::string> problems(const testing::TempDir& dir, std::vector<std::string> data_files) {
  Site site;
  site.root = dir.path();
  site.display_root = "content";
  site.data_files = std::move(data_files);
  Diagnostics diagnostics;
  check_unpublished_names(site, diagnostics);
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.sorted()) found.push_back(d.pos.file.str() + ": " + d.message.substr(0, d.message.find(',')));
  return found;
}

TEST(UnpublishedNames, DataFilesAndFoldersWindowsCannotHoldAreReportedOnce) {
  testing::TempDir dir;
  EXPECT_EQ(problems(dir, {"ws/metrics.toml", "data/nul.toml", "PRN/a.toml", "PRN/b.toml", "minutes./x.toml"}),
            (std::vector<std::string>{testing::shown_path("content/PRN: \"PRN\" is a name Windows keeps for a device"),
                                      testing::shown_path("content/data/nul.toml: \"nul.toml\" is a name Windows keeps for a device"),
                                      testing::shown_path("content/minutes.: \"minutes.\" ends in a dot")}));
}

TEST(UnpublishedNames, TemplatesAndThemesAreCheckedButNotAThemesPublishedFiles) {
  testing::TempDir dir;
  dir.write("templates/partials/com1.mustache", "x");
  dir.write("themes/mine/templates/page.mustache ", "x");
  dir.write("themes/mine/static/NUL.txt", "published, so checked by its address");
  dir.write("templates/.git/CON", "hidden");
  if (!std::filesystem::exists(dir.path() / "templates/partials/com1.mustache")) {
    GTEST_SKIP() << "this computer cannot make files with the names a site shared from Linux may hold";
  }
  EXPECT_EQ(problems(dir, {}),
            (std::vector<std::string>{"content/templates/partials/com1.mustache: \"com1.mustache\" is a name Windows keeps for a device",
                                      "content/themes/mine/templates/page.mustache : \"page.mustache \" ends in a space"}));
}

}  // namespace
}  // namespace cdp
