#include "model/email_address.h"

#include <gtest/gtest.h>

namespace cdp {
namespace {

TEST(EmailAddress, AcceptsOneAddress) {
  EXPECT_EQ(email_address_problem("cdp@example.gov.uk"), std::nullopt);
  EXPECT_EQ(email_address_problem("drugs.partnership+web@west-sussex.gov.uk"), std::nullopt);
}

TEST(EmailAddress, SpelledOutAtSignIsNotAnAddressAndIsMended) {
  std::optional<EmailProblem> problem = email_address_problem("cdp at example.gov.uk");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->problem, "is not an email address: it has no @");
  EXPECT_EQ(problem->meant, "cdp@example.gov.uk");
  EXPECT_EQ(email_address_problem("cdp [at] example.gov.uk")->meant, "cdp@example.gov.uk");
  EXPECT_EQ(email_address_problem("the partnership team")->meant, "");
}

TEST(EmailAddress, SeveralAddressesInOneTextAreRefusedWithTheFirst) {
  for (const char* several : {"cdp@example.gov.uk, data@example.gov.uk", "cdp@example.gov.uk; data@example.gov.uk",
                              "cdp@example.gov.uk data@example.gov.uk", "cdp@example.gov.uk/data@example.gov.uk"}) {
    std::optional<EmailProblem> problem = email_address_problem(several);
    ASSERT_TRUE(problem) << several;
    EXPECT_EQ(problem->problem, "holds more than one email address, and a contact link can only open one");
    EXPECT_EQ(problem->meant, "cdp@example.gov.uk") << several;
  }
}

TEST(EmailAddress, RefusesSpacesMailtoAndHalfAddresses) {
  EXPECT_EQ(email_address_problem("cdp @example.gov.uk")->meant, "cdp@example.gov.uk");
  EXPECT_EQ(email_address_problem("mailto:cdp@example.gov.uk")->meant, "cdp@example.gov.uk");
  EXPECT_TRUE(email_address_problem("cdp@"));
  EXPECT_TRUE(email_address_problem("@example.gov.uk"));
  EXPECT_TRUE(email_address_problem("cdp@localhost"));
  EXPECT_TRUE(email_address_problem("cdp@example."));
}

}  // namespace
}  // namespace cdp
