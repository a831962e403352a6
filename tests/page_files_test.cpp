#include "import/page_files.h"

#include <gtest/gtest.h>

#include "core/user_error.h"
#include "support/test_support.h"

namespace cdp {
namespace {

using testing::TempDir;
using testing::slurp;
using testing::snapshot;

WordPage page_named(const std::string& name, const std::string& text) {
  WordPage page;
  page.name = name;
  page.markdown = text;
  page.files = {{"picture-1.png", "PNG"}, {name + ".docx", "DOCX"}};
  return page;
}

TEST(PageFiles, WritesThePageAndItsFolderAndNothingElse) {
  TempDir dir;
  write_word_page(page_named("report", "page"), dir.path(), false);
  EXPECT_EQ(snapshot(dir.path()), (std::map<std::string, std::string>{
                                      {"report.md", "page"}, {"report/picture-1.png", "PNG"}, {"report/report.docx", "DOCX"}}));
}

TEST(PageFiles, RefusesAnExistingPageOrFolderUnlessReplacing) {
  TempDir dir;
  dir.write("report/old.png", "old");
  EXPECT_THROW(write_word_page(page_named("report", "page"), dir.path(), false), UserError);
  EXPECT_EQ(snapshot(dir.path()), (std::map<std::string, std::string>{{"report/old.png", "old"}}));
  write_word_page(page_named("report", "new"), dir.path(), true);
  EXPECT_EQ(slurp(dir.path() / "report.md"), "new");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "report/old.png"));
}

}  // namespace
}  // namespace cdp
