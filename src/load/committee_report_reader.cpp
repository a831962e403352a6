// A council committee report's metadata in a document's front matter: report_by,
// written_by, portfolio, wards, key_decision, full_council, exempt, exempt_paragraph,
// forward_plan and recommendations.
#include "load/committee_report_reader.h"

#include <algorithm>
#include <cctype>

namespace cdp {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// A yes or no: true or false, or the words "yes" and "no" as a council writes them.
void read_yes_no(TomlReader& reader, const toml::table& table, std::string_view key, Located<bool>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (node->is_boolean()) {
    out = {node->as_boolean()->get(), reader.pos(*node)};
    return;
  }
  std::string text = node->is_string() ? lower(node->as_string()->get()) : "";
  if (text == "yes" || text == "no") {
    out = {text == "yes", reader.pos(*node)};
    return;
  }
  reader.error(reader.pos(*node), "`" + std::string(key) + "` should be yes or no",
               "write " + std::string(key) + " = true (yes) or " + std::string(key) + " = false (no)");
}

// The words of `text` in lower case, each after one space: "(All Wards);" -> "all wards".
std::string words_only(const std::string& text) {
  std::string words;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      words += static_cast<char>(std::tolower(c));
    } else if (!words.empty() && words.back() != ' ') {
      words += ' ';
    }
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

// `wards`: a list of the wards affected, or "all" ("all wards") for every ward.
void read_wards(TomlReader& reader, const toml::table& table, CommitteeReport& report) {
  const toml::node* node = table.get("wards");
  if (!node) return;
  if (node->is_string()) {
    const std::string& written = node->as_string()->get();
    std::string text = lower(written);
    if (text == "all" || text == "all wards") {
      report.all_wards = true;
      report.wards.pos = reader.pos(*node);
      return;
    }
    // "(All Wards);", as a report's cover table prints it: every ward, not one named so.
    std::string words = words_only(written);
    bool means_all = words == "all" || words == "all wards";
    reader.error(reader.pos(*node), "`wards` should be a list of the wards affected, or \"all\"",
                 means_all ? "write wards = \"all\" for every ward"
                           : "write wards = [\"" + written + "\"] for one ward, or wards = \"all\" for every ward");
    return;
  }
  reader.read(table, "wards", report.wards);
}

void read_recommendations(TomlReader& reader, const toml::table& table, CommitteeReport& report) {
  reader.read(table, "recommendations", report.recommendations);
  for (const Located<std::string>& recommendation : report.recommendations) {
    if (recommendation.value.find_first_not_of(" \t\r\n") == std::string::npos) {
      reader.error(recommendation.pos, "this recommendation is empty", "write what the report recommends, or remove it");
    }
  }
}

// Exempt information is exempt under a paragraph of Schedule 12A to the Local Government
// Act 1972 (1 to 7), and only exempt information has one.
void check_exempt(TomlReader& reader, const CommitteeReport& report) {
  bool exempt = report.exempt.present() && report.exempt.value;
  if (exempt && !report.exempt_paragraph.present()) {
    reader.error(report.exempt.pos, "an exempt report should say which paragraph of Schedule 12A makes it exempt",
                 "add the paragraph (1 to 7) of Schedule 12A to the Local Government Act 1972, e.g. exempt_paragraph = 3");
  }
  if (report.exempt_paragraph.present() && !exempt) {
    reader.error(report.exempt_paragraph.pos, "`exempt_paragraph` is given, but the report is not marked exempt",
                 "add exempt = true, or remove exempt_paragraph");
  }
  int paragraph = report.exempt_paragraph.value;
  if (report.exempt_paragraph.present() && (paragraph < 1 || paragraph > 7)) {
    reader.error(report.exempt_paragraph.pos, "Schedule 12A has no paragraph " + std::to_string(paragraph),
                 "exempt information is under paragraphs 1 to 7, e.g. exempt_paragraph = 3");
  }
}

}  // namespace

const std::vector<std::string>& committee_report_keys() {
  static const std::vector<std::string> keys = {"report_by",    "written_by", "portfolio",        "wards",
                                                "key_decision", "full_council", "exempt",         "exempt_paragraph",
                                                "forward_plan", "recommendations"};
  return keys;
}

void read_committee_report(TomlReader& reader, const toml::table& table, CommitteeReport& report) {
  reader.read(table, "report_by", report.report_by);
  reader.read(table, "written_by", report.written_by);
  reader.read(table, "portfolio", report.portfolio);
  read_wards(reader, table, report);
  read_yes_no(reader, table, "key_decision", report.key_decision);
  read_yes_no(reader, table, "full_council", report.full_council);
  read_yes_no(reader, table, "exempt", report.exempt);
  reader.read(table, "exempt_paragraph", report.exempt_paragraph);
  reader.read(table, "forward_plan", report.forward_plan);
  read_recommendations(reader, table, report);
  check_exempt(reader, report);
}

}  // namespace cdp
