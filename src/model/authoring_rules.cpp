#include "model/authoring_rules.h"

namespace cdp {

const std::array<AuthoringRuleTerm, 8>& authoring_rules() {
  static const std::array<AuthoringRuleTerm, 8> rules = {{
      {AuthoringRule::kImageWithoutDescription, "image-without-description",
       "an image with no description, `![](chart.png)`"},
      {AuthoringRule::kSkippedHeadingLevel, "skipped-heading-level", "a heading that skips a level, `##` then `####`"},
      {AuthoringRule::kTitleHeadingInBody, "title-heading-in-body",
       "a `#` heading in the body: the page title is already the page's main heading"},
      {AuthoringRule::kEmptyLinkText, "empty-link-text", "a link with no text, `[](report.md)`"},
      {AuthoringRule::kVagueLinkText, "vague-link-text",
       "link text that says nothing out of context (\"click here\", \"here\", \"read more\", \"more\", "
       "\"this link\", \"link\"), or a web address longer than 40 characters as the text"},
      {AuthoringRule::kEmptyTableHeader, "empty-table-header", "a table whose header row has an empty cell"},
      {AuthoringRule::kTableWithoutHeader, "table-without-header", "a table whose header row is empty throughout"},
      {AuthoringRule::kSameLinkTextDifferentPlaces, "same-link-text-different-places",
       "the same link text on one page going to two different places"},
  }};
  return rules;
}

const AuthoringRuleTerm& term(AuthoringRule rule) { return authoring_rules()[static_cast<std::size_t>(rule)]; }

}  // namespace cdp
