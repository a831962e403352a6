#include "mustache/conformance.h"

#include <gtest/gtest.h>

namespace cdp::mustache {
namespace {

Schema described() {
  return Schema::map("", {{"title", Schema::text("")},
                          {"content", Schema::html("")},
                          {"has_date", Schema::flag("")},
                          {"nav", Schema::list("", Schema::map("", {{"url", Schema::text("")}}))},
                          {"site", Schema::map("", {{"title", Schema::text("")}})}});
}

using Strings = std::vector<std::string>;

TEST(MustacheConformance, ValuesAsDescribedConform) {
  Value value(Map{{"title", "T"}, {"content", "<p>"}, {"has_date", false},
                  {"nav", List{Map{{"url", "a"}}, Map{{"url", "b"}}}}, {"site", Map{{"title", "S"}}}});
  EXPECT_EQ(departures(value, described()), Strings{});
  // Described names may be absent.
  EXPECT_EQ(departures(Value(Map{{"title", "T"}}), described()), Strings{});
}

TEST(MustacheConformance, UndescribedNamesAreFound) {
  Value value(Map{{"titel", "T"}, {"site", Map{{"title", "S"}, {"url", "u"}}}, {"nav", List{Map{{"link", "x"}}}}});
  EXPECT_EQ(departures(value, described()), (Strings{"nav[0].link: not described", "site.url: not described",
                                                      "titel: not described"}));
}

TEST(MustacheConformance, KindsMustMatch) {
  Value value(Map{{"title", true}, {"has_date", "yes"}, {"nav", Map{}}, {"site", List{}}, {"content", Value()}});
  EXPECT_EQ(departures(value, described()),
            (Strings{"content: nothing where the schema says text", "has_date: text where the schema says true or false",
                     "nav: map where the schema says list", "site: list where the schema says map",
                     "title: true or false where the schema says text"}));
}

}  // namespace
}  // namespace cdp::mustache
