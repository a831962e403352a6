// known_document_kinds, kind_named and check_document_kind: cdpsite's kinds of document
// (with "update"), a site's own from site.toml, and a kind that is neither.
#include "model/document_kinds.h"

#include <gtest/gtest.h>

#include "load/front_matter.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

std::vector<SiteDocumentKind> scrutiny() {
  return {{{"Scrutiny report", {"site.toml", 4, 8}}, {"Scrutiny report", {"site.toml", 5, 9}},
           {"Scrutiny reports", {"site.toml", 6, 10}}}};
}

TEST(DocumentKinds, CdpsitesOwnThenTheSitesInOrder) {
  std::vector<KindOfDocument> kinds = known_document_kinds(scrutiny());
  std::vector<std::string> names;
  for (const KindOfDocument& kind : kinds) names.push_back(kind.kind);
  EXPECT_EQ(names, (std::vector<std::string>{"strategy", "annual report", "board report", "update", "news",
                                             "scrutiny report"}));
  EXPECT_EQ(kinds.back().list_id, "scrutiny-reports");
  EXPECT_EQ(kinds.back().order, 5);
}

TEST(DocumentKinds, AKindIsNamedInAnyCaseWithHyphensOrSpaces) {
  std::vector<KindOfDocument> kinds = known_document_kinds(scrutiny());
  std::optional<KindOfDocument> scrutiny_report = kind_named(kinds, "Scrutiny-Report");
  ASSERT_TRUE(scrutiny_report);
  EXPECT_EQ(scrutiny_report->plural, "Scrutiny reports");
  std::optional<KindOfDocument> update = kind_named(kinds, "Update");
  ASSERT_TRUE(update);
  EXPECT_EQ(update->name, "Update");
  EXPECT_FALSE(kind_named(kinds, "minutes"));
}

TEST(DocumentKinds, AnUnknownKindIsAnErrorWithTheClosestKind) {
  SourceFile file("r.md", "+++\nkind = \"scrutiny reprot\"\n+++\n");
  DocumentMeta meta;
  meta.kind = {"scrutiny reprot", {"r.md", 2, 8}};
  Diagnostics diagnostics;
  EXPECT_FALSE(check_document_kind(file, meta, known_document_kinds(scrutiny()), diagnostics));
  std::vector<std::string> errors = testing::diagnostic_texts(diagnostics);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "r.md:2:8: `kind` cannot be \"scrutiny reprot\" | did you mean `scrutiny report`? (a site adds kinds of "
            "its own with [[document_kind]] in site.toml)");
}

}  // namespace
}  // namespace cdp
