#include "render/committee_report_view.h"

#include "markdown/markdown.h"

namespace cdp {

namespace {

std::string yes_no(bool value) { return value ? "Yes" : "No"; }

// The details in the order a council report heads them, each only when given.
mustache::List detail_rows(const CommitteeReport& report) {
  mustache::List rows;
  auto add = [&rows](const char* term, const std::string& words) {
    rows.push_back(mustache::Map{{"term", std::string(term)}, {"words", words}});
  };
  if (report.report_by.present()) add("Report by", report.report_by.value);
  if (report.written_by.present()) add("Written by", report.written_by.value);
  if (report.portfolio.present()) add("Cabinet member or portfolio", report.portfolio.value);
  if (report.wards.present()) add("Wards affected", report.all_wards ? "All wards" : wards_in_words(report.wards.value));
  if (report.key_decision.present()) add("Key decision", yes_no(report.key_decision.value));
  if (report.full_council.present()) add("Full council decision", yes_no(report.full_council.value));
  if (report.exempt.present()) add("Exempt information", exempt_in_words(report));
  if (report.forward_plan.present()) add("Forward plan reference", report.forward_plan.value);
  return rows;
}

}  // namespace

std::string wards_in_words(const std::vector<std::string>& wards) {
  std::string words;
  for (std::size_t i = 0; i < wards.size(); ++i) {
    if (i > 0) words += i + 1 == wards.size() ? " and " : ", ";
    words += wards[i];
  }
  return words;
}

std::string exempt_in_words(const CommitteeReport& report) {
  if (!report.exempt.value) return "No";
  return "Yes, under paragraph " + std::to_string(report.exempt_paragraph.value) +
         " of Schedule 12A to the Local Government Act 1972";
}

mustache::Map committee_report_values(const CommitteeReport& report) {
  mustache::List recommendations;
  for (const Located<std::string>& recommendation : report.recommendations) {
    recommendations.push_back(mustache::Map{{"text_html", render_inline_markdown(recommendation.value)}});
  }
  mustache::List rows = detail_rows(report);
  return mustache::Map{{"has_committee_details", !rows.empty()},
                       {"committee_details", rows},
                       {"has_recommendations", !recommendations.empty()},
                       {"recommendations", recommendations}};
}

const mustache::Schema& committee_report_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "A council committee report's metadata, from its front matter.",
      {{"has_committee_details", Schema::flag("Whether it gives any of a committee report's details.")},
       {"committee_details", Schema::list("Its details in the order a council report heads them, each only when given.",
                                          Schema::map("", {{"term", Schema::text("What the detail is, e.g. Key decision.")},
                                                           {"words", Schema::text("The detail, e.g. No, or All wards.")}}))},
       {"has_recommendations", Schema::flag("Whether it lists recommendations.")},
       {"recommendations", Schema::list("Its recommendations, in order.",
                                        Schema::map("", {{"text_html", Schema::html("The recommendation, as HTML.")}}))}});
  return schema;
}

}  // namespace cdp
