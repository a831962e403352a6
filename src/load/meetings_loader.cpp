// A partnership's [meetings] in partnership.toml: first meeting, frequency, meetings
// held to date and the board's decisions.
#include <algorithm>

#include "core/suggest.h"
#include "load/data_loader.h"
#include "model/date.h"

namespace cdp {

namespace {

// Lower case, with hyphens, underscores and runs of spaces as one space: "Bi-Monthly"
// and "bi monthly" are the same spelling.
std::string normal_spelling(std::string_view text) {
  std::string normal;
  for (char c : text) {
    char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == '-' || lower == '_') lower = ' ';
    if (lower == ' ' && (normal.empty() || normal.back() == ' ')) continue;
    normal += lower;
  }
  while (!normal.empty() && normal.back() == ' ') normal.pop_back();
  return normal;
}

std::optional<MeetingFrequency> frequency_named(const std::string& normal) {
  for (const MeetingFrequencyTerm& row : meeting_frequency_terms()) {
    if (row.toml == normal) return row.frequency;
  }
  for (const MeetingFrequencySpelling& row : meeting_frequency_spellings()) {
    if (row.spelling == normal) return row.frequency;
  }
  return std::nullopt;
}

std::string frequency_choices() {
  std::vector<std::string> names;
  for (const MeetingFrequencyTerm& row : meeting_frequency_terms()) names.emplace_back(row.toml);
  return quoted_list(names);
}

// The frequency `node` names, in the closed choice or a usual spelling of one of them.
void read_frequency(TomlReader& reader, const toml::node& node, Located<MeetingFrequency>& out) {
  if (!node.is_string()) {
    reader.error(reader.pos(node), "`frequency` should be text in double quotes",
                 "write it as frequency = \"quarterly\" (or " + frequency_choices() + ")");
    return;
  }
  const std::string& text = node.as_string()->get();
  if (std::optional<MeetingFrequency> frequency = frequency_named(normal_spelling(text))) {
    out = {*frequency, reader.pos(node)};
    return;
  }
  std::vector<std::string> names;
  for (const MeetingFrequencyTerm& row : meeting_frequency_terms()) names.emplace_back(row.toml);
  for (const MeetingFrequencySpelling& row : meeting_frequency_spellings()) names.emplace_back(row.spelling);
  std::string close = closest_match(normal_spelling(text), names);
  std::string choices = "write one of " + frequency_choices();
  reader.error(reader.pos(node), "cdpsite does not know how often \"" + text + "\" is",
               close.empty() ? choices : "did you mean \"" + close + "\"? Otherwise " + choices);
}

// A month ("February 2023") or a day ("14 February 2023", 2023-02-14 with or without
// quotes) into `out`; `what` names the value for a message.
void read_month_or_day(TomlReader& reader, const toml::table& table, std::string_view key, std::string_view what,
                       Located<Period>& out) {
  Located<Period> period;
  read_day_or_period(reader, table, key, period);
  if (!period.present()) return;
  if (period.value.kind() != PeriodKind::kDay && period.value.kind() != PeriodKind::kMonth) {
    reader.error(period.pos, std::string(what) + " should be a month or a day, not \"" + period.value.display() + "\"",
                 "write the month, e.g. " + std::string(key) + " = \"February 2023\", or the day, e.g. " +
                     std::string(key) + " = 2023-02-14");
    return;
  }
  out = period;
}

void read_decisions(TomlReader& reader, const toml::table& table, Meetings& meetings) {
  reader.for_each_table(table, "decision", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"date", "text"}, "a [[meetings.decision]]");
    Decision decision;
    read_month_or_day(reader, entry, "date", "a decision's `date`", decision.date);
    refuse_future(reader, decision.date, "date");
    reader.read(entry, "text", decision.text);
    reader.require(entry, "date", reader.pos(entry), "date = \"February 2023\"");
    reader.require(entry, "text", reader.pos(entry), "text = \"Needs assessment noted; delivery plan approved.\"");
    if (decision.date.present() && decision.text.present()) meetings.decisions.push_back(std::move(decision));
  });
  std::stable_sort(meetings.decisions.begin(), meetings.decisions.end(),
                   [](const Decision& a, const Decision& b) { return a.date.value.first() < b.date.value.first(); });
}

// Meetings held to date are counted on a day, and a count is never negative. Whether
// `held` or `held_as_of` is given is asked of the table: one of the wrong type is
// reported once, as that, never as missing too.
void check_held(TomlReader& reader, const toml::table& table, const Meetings& meetings) {
  if (meetings.held.present() && meetings.held.value < 0) {
    reader.error(meetings.held.pos, "`held` cannot be fewer than no meetings", "write how many meetings have been held, e.g. held = 8");
  }
  if (meetings.held.present() && !table.contains("held_as_of")) {
    reader.error(meetings.held.pos, "`held` says how many meetings have been held, but not by when",
                 "add the date they were counted on, e.g. held_as_of = 2024-09-30");
  }
  if (meetings.held_as_of.present() && !table.contains("held")) {
    reader.error(reader.pos(table), "`held_as_of` is given without `held`, the number of meetings held by then",
                 "add it, e.g. held = 8, or remove held_as_of");
  }
}

// No decision can come before the board first met.
void check_decisions_after_first(TomlReader& reader, const Meetings& meetings) {
  if (!meetings.first.present()) return;
  for (const Decision& decision : meetings.decisions) {
    if (decision.date.value.last() < meetings.first.value.first()) {
      reader.error(decision.date.pos,
                   "this decision (" + decision.date.value.display() + ") is dated before the first meeting (" +
                       meetings.first.value.display() + ")",
                   "check the decision's date, or the first meeting's (`first` at line " +
                       std::to_string(meetings.first.pos.line) + ")");
    }
  }
}

}  // namespace

void read_day_or_period(TomlReader& reader, const toml::table& table, std::string_view key, Located<Period>& out) {
  const toml::node* node = table.get(key);
  if (!node) return;
  if (node->is_date() || node->is_date_time()) {
    Located<Date> day;
    reader.read(table, key, day);
    if (day.present()) out = {Period(PeriodKind::kDay, day.value, day.value), day.pos};
    return;
  }
  reader.read(table, key, out, DashedYears::kAsk);
}

void refuse_future(TomlReader& reader, const Located<Period>& when, std::string_view key, std::string hint) {
  Date today = build_date();
  if (!when.present() || !(today < when.value.first())) return;
  if (hint.empty()) hint = "check the year; a date still to come is a plan, not something done";
  reader.error(when.pos,
               "`" + std::string(key) + "` is " + when.value.display() + ", which has not begun yet (today is " +
                   long_date(today) + ")",
               std::move(hint));
}

void read_meetings(TomlReader& reader, const toml::table& table, Meetings& meetings) {
  const toml::node* node = table.get("meetings");
  if (!node) return;
  // `meetings = "quarterly"` is short for a [meetings] table with only a frequency.
  if (node->is_string()) {
    read_frequency(reader, *node, meetings.frequency);
    return;
  }
  const toml::table* entry = reader.table_at(table, "meetings");
  if (!entry) return;
  reader.reject_unknown_keys(*entry, {"first", "frequency", "held", "held_as_of", "decision"}, "the [meetings] table");
  read_month_or_day(reader, *entry, "first", "the first meeting", meetings.first);
  refuse_future(reader, meetings.first, "first");
  if (const toml::node* frequency = entry->get("frequency")) read_frequency(reader, *frequency, meetings.frequency);
  reader.read(*entry, "held", meetings.held);
  reader.read(*entry, "held_as_of", meetings.held_as_of);
  if (meetings.held_as_of.present()) {
    Date day = meetings.held_as_of.value;
    refuse_future(reader, {Period(PeriodKind::kDay, day, day), meetings.held_as_of.pos}, "held_as_of",
                  "give the day the meetings were counted on, today or before");
  }
  read_decisions(reader, *entry, meetings);
  check_held(reader, *entry, meetings);
  check_decisions_after_first(reader, meetings);
}

}  // namespace cdp
