#pragma once
// The metadata an English council heads a committee report with (report by, author,
// portfolio, wards affected, key decision, full council decision, exempt information,
// forward plan reference, recommendations), from a document's front matter.
#include <string>
#include <vector>

#include "model/located.h"

namespace cdp {

struct CommitteeReport {
  Located<std::string> report_by;                 // "Director of Public Health": whose report it is
  Located<std::string> written_by;                // "Becky Harrington, Deputy Senior Responsible Officer"
  Located<std::string> portfolio;                 // the cabinet member or portfolio it falls to
  Located<std::vector<std::string>> wards;        // the wards affected (empty with all_wards)
  bool all_wards = false;                         // wards = "all": every ward of the area
  Located<bool> key_decision;                     // whether it asks for a key decision
  Located<bool> full_council;                     // whether the decision is for full council
  Located<bool> exempt;                           // whether it holds exempt information
  Located<int> exempt_paragraph;                  // when exempt: the paragraph (1 to 7) of Schedule 12A
  Located<std::string> forward_plan;              // forward plan reference, "FP/2024/017"
  std::vector<Located<std::string>> recommendations;  // each recommendation (inline Markdown)

  // Whether the front matter gives any of it.
  bool any() const {
    return report_by.present() || written_by.present() || portfolio.present() || wards.present() ||
           key_decision.present() || full_council.present() || exempt.present() || forward_plan.present() ||
           !recommendations.empty();
  }
};

}  // namespace cdp
