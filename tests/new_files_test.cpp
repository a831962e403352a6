// What `cdpsite new` makes, through scaffold/new_files.h: the one slug of model/id, the
// Mustache engine filling cdpsite's templates, and the kinds of document a site defines.
#include "scaffold/new_files.h"

#include <fstream>

#include <gtest/gtest.h>

#include "core/user_error.h"
#include "support/test_support.h"

namespace cdp {
namespace {

namespace fs = std::filesystem;
using testing::slurp;
using testing::TempDir;

TEST(NewFiles, ADocumentIsNamedAsAnIdIsSuggested) {
  EXPECT_EQ(document_slug("Annual report 2025"), "annual-report-2025");
  EXPECT_EQ(document_slug("North & \"South\" CDP"), "north-south-cdp");
  EXPECT_EQ(document_slug("Plan_2025: one"), "plan-2025-one");
}

TEST(NewFiles, TitlesAreFilledInAsTheyAreWrittenWithNoHtmlEscaping) {
  TempDir dir;
  new_site(dir.path() / "content", "Fish & \"Chips\" <CDP>");
  std::string toml = slurp(dir.path() / "content/site.toml");
  EXPECT_NE(toml.find("title = \"Fish & \\\"Chips\\\" <CDP>\""), std::string::npos) << toml;
}

TEST(NewFiles, ADocumentQuotesTheShortcodeExampleExactly) {
  TempDir dir;
  new_site(dir.path() / "content", "Testshire");
  std::vector<fs::path> made = new_document(dir.path() / "content", "news", "Our news", {});
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0], dir.path() / "content/our-news.md");
  std::string page = slurp(made[0]);
  EXPECT_EQ(page.rfind("+++\ntitle = \"Our news\"\n", 0), 0u) << page;
  EXPECT_NE(page.find("`{{</* metric \"numbers-in-treatment\" */>}}`"), std::string::npos) << page;
  EXPECT_NE(page.find("kind = \"news\""), std::string::npos) << page;
}

// A site's own kinds, from its site.toml, are kinds `new document` makes, in either
// spelling; a kind it does not know is told the site's kinds too.
TEST(NewFiles, ASitesOwnKindsOfDocumentAreKnown) {
  TempDir dir;
  new_site(dir.path() / "content", "Testshire");
  std::ofstream(dir.path() / "content/site.toml", std::ios::app)
      << "\n[[document_kind]]\nkind = \"scrutiny report\"\nlabel = \"Scrutiny report\"\nplural = \"Scrutiny reports\"\n";
  std::vector<fs::path> made = new_document(dir.path() / "content", "scrutiny-report", "Review 2025", {});
  ASSERT_EQ(made.size(), 1u);
  EXPECT_NE(slurp(made[0]).find("kind = \"scrutiny report\""), std::string::npos);
  try {
    new_document(dir.path() / "content", "minutes", "Minutes", {});
    FAIL() << "an unknown kind was accepted";
  } catch (const UserError& error) {
    EXPECT_EQ(std::string(error.what()), "\"minutes\" is not a kind of document");
    EXPECT_EQ(error.hint, "choose one of: strategy, annual-report, board-report, update, news, scrutiny-report");
  }
}

TEST(NewFiles, NothingIsOverwritten) {
  TempDir dir;
  new_site(dir.path() / "content", "Testshire");
  EXPECT_THROW(new_site(dir.path() / "content", "Again"), UserError);
  EXPECT_NE(slurp(dir.path() / "content/site.toml").find("Testshire"), std::string::npos);
}

}  // namespace
}  // namespace cdp
