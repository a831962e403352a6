#include "render/template_values.h"

#include <cstdlib>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "core/fs.h"
#include "render/templates.h"

namespace cdp {
namespace {

const std::string kDocs = CDPSITE_TEST_DATA "/../docs/templates.md";
constexpr std::string_view kBegin = "<!-- values: begin -->\n";
constexpr std::string_view kEnd = "<!-- values: end -->\n";

// docs/templates.md lists what the schemas say, word for word. With
// CDPSITE_UPDATE_DOCS=1 the test rewrites the listing instead.
TEST(TemplateValues, DocsListTheValuesTheSchemasDescribe) {
  std::optional<std::string> docs = read_file(kDocs);
  ASSERT_TRUE(docs) << kDocs;
  std::size_t begin = docs->find(kBegin);
  std::size_t end = docs->find(kEnd);
  ASSERT_NE(begin, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  begin += kBegin.size();
  std::string listing = "\n" + template_values_reference() + "\n";
  if (std::getenv("CDPSITE_UPDATE_DOCS")) {
    std::ofstream(kDocs, std::ios::binary) << docs->substr(0, begin) << listing << docs->substr(end);
    return;
  }
  EXPECT_EQ(docs->substr(begin, end - begin), listing) << "run the test with CDPSITE_UPDATE_DOCS=1 to update " << kDocs;
}

TEST(TemplateValues, EveryTemplateOnceWithItsCommonValues) {
  std::set<std::string> names;
  for (const TemplateValues& values : every_template_values()) {
    EXPECT_TRUE(names.insert(values.name).second) << values.name;
    EXPECT_EQ(values.given.field("site") != nullptr, values.common) << values.name;
    for (const mustache::Schema::Field& own : values.own.fields()) {
      EXPECT_NE(values.given.field(own.name), nullptr) << values.name << " " << own.name;
    }
  }
  for (const std::string& required : kRequiredTemplates) EXPECT_TRUE(names.count(required)) << required;
  EXPECT_TRUE(names.count("data/metric"));
  EXPECT_TRUE(names.count("shortcodes/chart"));
}

TEST(TemplateValues, ReferenceStartsWithTheCommonValues) {
  std::string reference = template_values_reference();
  EXPECT_EQ(reference.rfind("### Every page\n", 0), 0u);
  EXPECT_NE(reference.find("- `page.title` (text): "), std::string::npos);
  EXPECT_NE(reference.find("### data/metric.mustache\n"), std::string::npos);
  EXPECT_NE(reference.find("- `data.chart.svg` (HTML): "), std::string::npos);
}

}  // namespace
}  // namespace cdp
