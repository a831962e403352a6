#pragma once
// The authoring rules that `cdpsite check` and `build` apply to what writers put in
// Markdown (pages and TOML text fields): the accessibility mistakes comms officers make.
// One table names each rule (as site.toml's [checks] spells it), says what it catches
// and how to fix it; the README lists the same. A site may turn a rule into a warning.
#include <array>
#include <map>
#include <string_view>

#include "core/diagnostic.h"

namespace cdp {

enum class AuthoringRule {
  kImageWithoutDescription,  // ![](chart.png)
  kSkippedHeadingLevel,      // ## then ####
  kTitleHeadingInBody,       // # in the body: the page title is already the page's h1
  kEmptyLinkText,            // [](report.md)
  kVagueLinkText,            // [click here](...), a long web address as the text
  kEmptyTableHeader,         // a table's header row with an empty cell
  kTableWithoutHeader,       // a table whose header row is empty throughout
  kSameLinkTextDifferentPlaces,  // [Annual report](a.md) ... [Annual report](b.md)
};

struct AuthoringRuleTerm {
  AuthoringRule rule;
  std::string_view name;     // "vague-link-text": how site.toml's [checks] names it
  std::string_view catches;  // what it catches, for the README
};

// Every rule, in the order the README lists them.
const std::array<AuthoringRuleTerm, 8>& authoring_rules();
const AuthoringRuleTerm& term(AuthoringRule rule);

// How a site reports each rule: an error unless site.toml's [checks] says "warning".
struct AuthoringSeverities {
  std::map<AuthoringRule, Severity> changed;  // rules not reported as errors
  Severity of(AuthoringRule rule) const {
    auto found = changed.find(rule);
    return found == changed.end() ? Severity::kError : found->second;
  }
};

}  // namespace cdp
