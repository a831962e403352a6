// Which addresses a page may publish: web, email and phone addresses and the site's own
// files; never a file on the writer's computer or another scheme.
#include "markdown/link_address.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

bool allowed(const std::string& url, bool is_image = false) { return !link_address_problem(url, is_image); }

TEST(LinkAddress, WebEmailPhoneAndTheSitesOwnFilesAreAllowed) {
  for (const char* url : {"https://www.sefton.gov.uk/", "HTTP://example.org", "mailto:cdp@sefton.gov.uk",
                          "tel:+441512345678", "../about.md#aims", "plan.docx", "#top", "//cdn.example.org/x.png",
                          "/news/", "https://example.org/a\\b"}) {
    EXPECT_TRUE(allowed(url)) << url;
    EXPECT_TRUE(allowed(url, true)) << url;
  }
}

TEST(LinkAddress, FilesOnTheWritersComputerAreRefusedWithWhereToPutThem) {
  for (const char* url : {"C:\\Users\\jsmith\\plan.docx", "c:/Users/jsmith/plan.docx", "\\council-fs01\\cdp\\a.pdf",
                          "file:///home/jsmith/terms.pdf", "FILE://server/share/a.pdf", " file:x"}) {
    std::optional<LinkAddressProblem> problem = link_address_problem(url, false);
    ASSERT_TRUE(problem) << url;
    EXPECT_NE(problem->message.find("a file on your own computer"), std::string::npos) << problem->message;
    EXPECT_NE(problem->hint.find("copy the file into the site"), std::string::npos) << problem->hint;
  }
  EXPECT_TRUE(link_address_problem("D:\\charts\\a.png", true));
}

TEST(LinkAddress, EveryOtherSchemeIsRefusedByName) {
  for (const auto& [url, scheme] : std::vector<std::pair<std::string, std::string>>{
           {"javascript:alert(1)", "javascript:"},
           {" JaVa\tScRiPt:alert(1)", "javascript:"},
           {"vbscript:msgbox", "vbscript:"},
           {"data:text/html,hi", "data:"},
           {"ftp://files.example.org/a.zip", "ftp:"},
           {"sms:+44151", "sms:"}}) {
    std::optional<LinkAddressProblem> problem = link_address_problem(url, false);
    ASSERT_TRUE(problem) << url;
    EXPECT_NE(problem->message.find("starts with " + scheme), std::string::npos) << problem->message;
    EXPECT_NE(problem->hint.find("https://"), std::string::npos);
  }
  std::optional<LinkAddressProblem> picture = link_address_problem("data:image/png;base64,AAAA", true);
  ASSERT_TRUE(picture);
  EXPECT_NE(picture->message.find("this picture's address starts with data:"), std::string::npos);
}

TEST(LinkAddress, BackslashesBetweenFoldersAreToldToBeSlashes) {
  for (bool is_image : {false, true}) {
    std::optional<LinkAddressProblem> problem = link_address_problem("images\\referrals.png#x", is_image);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->hint, "web addresses use /: write it as images/referrals.png#x");
  }
}

}  // namespace
}  // namespace cdp
