// A partnership's partnership.toml, priorities.toml and funding.toml.
#include <algorithm>

#include "load/data_loader.h"
#include "model/area_code.h"
#include "model/email_address.h"
#include "model/phone_number.h"

namespace cdp {

namespace {

const std::vector<std::string>& partnership_keys() {
  static const std::vector<std::string> keys = {"name",       "short_name", "slug",     "footprint",
                                                "established", "governance", "role",    "member",
                                                "meetings",   "contact",    "vision",     "milestone",
                                                "area_codes"};
  return keys;
}

const std::map<std::string, NationalPriority>& national_names() {
  static const std::map<std::string, NationalPriority> names =
      toml_choices(national_priority_terms(), &NationalPriorityTerm::priority);
  return names;
}

const std::map<std::string, ActionStatus>& status_names() {
  static const std::map<std::string, ActionStatus> names = toml_choices(action_status_terms(), &ActionStatusTerm::status);
  return names;
}

// A role is held by a named person (with their job title) or by a post, never both.
void check_holder(TomlReader& reader, const toml::table& entry, const Role& role) {
  if (role.person.present() && role.post.present()) {
    reader.error(role.post.pos, "a role is held by a person or by a post, not both",
                 "keep person (with job_title = \"" + role.post.value + "\") or post, and remove the other");
  } else if (role.post.present() && role.job_title.present()) {
    reader.error(role.job_title.pos, "`job_title` is a person's job title, and this role names no person",
                 "remove job_title: post = \"" + role.post.value + "\" already says who holds the role");
  } else if (!role.person.present() && !role.post.present()) {
    reader.error(reader.pos(entry), "a [[role]] needs the person or the post that holds it",
                 "write person = \"Alison Challenger\", or post = \"Director of Public Health\" where no one is named");
  }
}

Role read_role(TomlReader& reader, const toml::table& entry) {
  reader.reject_unknown_keys(entry, {"role", "person", "job_title", "post", "organisation", "reports_to"}, "a [[role]]");
  Role role;
  reader.read(entry, "role", role.role);
  reader.read(entry, "person", role.person);
  reader.read(entry, "job_title", role.job_title);
  reader.read(entry, "post", role.post);
  reader.read(entry, "organisation", role.organisation);
  reader.read(entry, "reports_to", role.reports_to);
  reader.require(entry, "role", reader.pos(entry), "role = \"Senior Responsible Owner\"");
  check_holder(reader, entry, role);
  return role;
}

void read_roles_and_members(TomlReader& reader, const toml::table& table, Partnership& partnership) {
  reader.for_each_table(table, "role", [&](const toml::table& entry) { partnership.roles.push_back(read_role(reader, entry)); });
  reader.for_each_table(table, "member", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"organisation", "sector"}, "a [[member]]");
    Member member;
    reader.read(entry, "organisation", member.organisation);
    reader.read(entry, "sector", member.sector);
    reader.require(entry, "organisation", reader.pos(entry), "organisation = \"Sussex Police\"");
    partnership.members.push_back(std::move(member));
  });
  reader.for_each_table(table, "governance", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"body", "relationship"}, "a [[governance]] entry");
    GovernanceLink link;
    reader.read(entry, "body", link.body);
    reader.read(entry, "relationship", link.relationship);
    reader.require(entry, "body", reader.pos(entry), "body = \"Joint Combating Drugs Unit\"");
    partnership.governance.push_back(std::move(link));
  });
}

void check_email(TomlReader& reader, const Located<std::string>& email) {
  std::optional<EmailProblem> problem = email_address_problem(email.value);
  if (!problem) return;
  std::string example = problem->meant.empty() ? "cdp@example.gov.uk" : problem->meant;
  std::string hint = "write it as email = \"" + example + "\"";
  if (problem->problem.find("more than one") != std::string::npos) {
    hint += ", or list every address: email = [\"" + example + "\", \"...\"]";
  }
  reader.error(email.pos, "`email` " + problem->problem, hint);
}

// `email` is one address or a list of them.
void read_emails(TomlReader& reader, const toml::table& entry, Contact& contact) {
  const toml::node* node = entry.get("email");
  if (node && node->is_array()) {
    reader.read(entry, "email", contact.emails);
  } else if (node) {
    Located<std::string> email;
    reader.read(entry, "email", email);
    if (email.present()) contact.emails.push_back(email);
  }
  for (const Located<std::string>& email : contact.emails) check_email(reader, email);
}

void check_phone(TomlReader& reader, const Located<std::string>& phone) {
  if (!phone.present() || tel_address(phone.value)) return;
  reader.error(phone.pos, "`phone` \"" + phone.value + "\" is not a UK or international phone number",
               "write the number alone, with its area code, e.g. phone = \"01243 777100\" or \"+44 1243 777100\"");
}

void read_contact(TomlReader& reader, const toml::table& table, Contact& contact) {
  const toml::table* entry = reader.table_at(table, "contact");
  if (!entry) return;
  reader.reject_unknown_keys(*entry, {"officer", "email", "phone", "url", "address"}, "the [contact] table");
  reader.read(*entry, "officer", contact.officer);
  read_emails(reader, *entry, contact);
  reader.read(*entry, "phone", contact.phone);
  check_phone(reader, contact.phone);
  reader.read(*entry, "url", contact.url);
  reader.read(*entry, "address", contact.address);
}

Action read_action(TomlReader& reader, const toml::table& entry) {
  reader.reject_unknown_keys(entry, {"title", "owner", "due", "status", "completed"}, "an action");
  Action action;
  reader.read(entry, "title", action.title);
  reader.read(entry, "owner", action.owner);
  reader.read(entry, "due", action.due, DashedYears::kAsk);
  reader.read_choice(entry, "status", status_names(), action.status);
  reader.read(entry, "completed", action.completed, DashedYears::kAsk);
  reader.require(entry, "title", reader.pos(entry), "title = \"Train hostel staff to give naloxone\"");
  reader.require(entry, "status", reader.pos(entry),
                 "status = \"on track\" (or planned, not started, in progress, at risk, delayed, complete)");
  if (action.completed.present() && action.status.present() && action.status.value != ActionStatus::kComplete) {
    reader.error(action.completed.pos,
                 "`completed` gives when an action was completed, and its status is \"" +
                     std::string(term(action.status.value).toml) + "\"",
                 "set status = \"complete\", or remove completed until it is");
  }
  refuse_future(reader, action.completed, "completed",
                "check the year; for an action still to be done, write due = \"" + action.completed.value.display() +
                    "\" and a status such as \"on track\", and add completed when it is done");
  return action;
}

void read_national(TomlReader& reader, const toml::table& entry, Priority& priority) {
  const toml::node* node = entry.get("national");
  if (!node) return;
  const toml::array* list = node->as_array();
  if (!list) {
    reader.error(reader.pos(*node), "`national` should be a list",
                 "write it as national = [\"treatment\", \"demand\"] (supply, treatment, demand)");
    return;
  }
  for (const toml::node& item : *list) {
    Located<NationalPriority> value;
    if (reader.read_choice(item, "national", national_names(), value)) priority.national.push_back(value);
  }
}

const std::vector<std::string>& priority_keys() {
  static const std::vector<std::string> keys = {
      "number", "id",      "title",  "group",           "national",     "what_we_know",
      "evidence", "what_we_will_do", "action", "contribution", "metrics"};
  return keys;
}

Priority read_priority(TomlReader& reader, const toml::table& entry) {
  reader.reject_unknown_keys(entry, priority_keys(), "a [[priority]]");
  Priority priority;
  Located<std::string> id;
  reader.read(entry, "number", priority.number);
  reader.read_id(entry, "id", id);
  reader.read(entry, "title", priority.title);
  reader.read(entry, "group", priority.group);
  read_national(reader, entry, priority);
  reader.read(entry, "what_we_know", priority.what_we_know);
  reader.read(entry, "what_we_will_do", priority.what_we_will_do);
  reader.read(entry, "contribution", priority.contribution);
  reader.for_each_table(entry, "evidence", [&](const toml::table& item) {
    reader.reject_unknown_keys(item, {"figure", "text"}, "an evidence entry");
    Evidence evidence;
    reader.read(item, "figure", evidence.figure);
    reader.read(item, "text", evidence.text);
    reader.require(item, "text", reader.pos(item), "text = \"estimated unmet need for alcohol treatment\"");
    priority.evidence.push_back(std::move(evidence));
  });
  reader.for_each_table(entry, "action", [&](const toml::table& item) { priority.actions.push_back(read_action(reader, item)); });
  reader.read(entry, "metrics", priority.metrics);
  reader.require(entry, "number", reader.pos(entry), "number = 1");
  reader.require(entry, "title", reader.pos(entry), "title = \"Reducing drug-related deaths\"");
  priority.id = id.present() ? id.value : "priority-" + std::to_string(priority.number.value);
  priority.id_pos = id.present() ? id.pos : priority.number.pos;
  return priority;
}

// The ONS codes of the partnership's areas, each checked, none twice.
void read_area_codes(TomlReader& reader, const toml::table& table, Partnership& partnership) {
  std::vector<Located<std::string>> codes;
  reader.read(table, "area_codes", codes);
  for (Located<std::string>& code : codes) {
    if (std::optional<std::string> problem = area_code_problem(code.value)) {
      reader.error(code.pos, *problem, "copy the Area Code column of the Fingertips download, e.g. \"E06000044\"");
      continue;
    }
    bool twice = std::any_of(partnership.area_codes.begin(), partnership.area_codes.end(),
                             [&](const Located<std::string>& other) { return other.value == code.value; });
    if (twice) {
      reader.error(code.pos, "the area code \"" + code.value + "\" is listed twice", "keep one of them");
      continue;
    }
    partnership.area_codes.push_back(std::move(code));
  }
}

}  // namespace

void load_partnership_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  const toml::table& table = file.table;
  reader.reject_unknown_keys(table, partnership_keys(), "partnership.toml");
  partnership.pos = {file.source->path(), 1, 1};
  reader.read(table, "name", partnership.name);
  reader.read(table, "short_name", partnership.short_name);
  reader.read_id(table, "slug", partnership.slug);
  reader.read(table, "footprint", partnership.footprint);
  read_area_codes(reader, table, partnership);
  reader.read(table, "established", partnership.established, DashedYears::kAsk);
  read_meetings(reader, table, partnership.meetings);
  reader.read(table, "vision", partnership.vision);
  read_roles_and_members(reader, table, partnership);
  read_contact(reader, table, partnership.contact);
  reader.require(table, "name", partnership.pos, "name = \"West Sussex Drug and Alcohol Partnership\"");
}

void load_priorities_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.reject_unknown_keys(file.table, {"priority"}, "priorities.toml");
  reader.for_each_table(file.table, "priority", [&](const toml::table& entry) {
    Priority priority = read_priority(reader, entry);
    for (const Priority& other : partnership.priorities) {
      if (other.id == priority.id) {
        reader.error(priority.id_pos, "two priorities have the id \"" + priority.id + "\"",
                     "the other is at line " + std::to_string(other.id_pos.line) + "; give each priority its own number or id");
      }
    }
    partnership.priorities.push_back(std::move(priority));
  });
  std::stable_sort(partnership.priorities.begin(), partnership.priorities.end(),
                   [](const Priority& a, const Priority& b) { return a.number.value < b.number.value; });
}

void load_funding_file(const DataFile& file, Partnership& partnership, Diagnostics& diagnostics) {
  TomlReader reader(*file.source, 1, diagnostics);
  reader.reject_unknown_keys(file.table, {"grant"}, "funding.toml");
  reader.for_each_table(file.table, "grant", [&](const toml::table& entry) {
    reader.reject_unknown_keys(entry, {"name", "area", "year", "amount", "purpose"}, "a [[grant]]");
    Grant grant;
    reader.read(entry, "name", grant.name);
    reader.read(entry, "area", grant.area);
    reader.read(entry, "year", grant.year, DashedYears::kFinancial);
    reader.read(entry, "amount", grant.amount);
    reader.read(entry, "purpose", grant.purpose);
    SourcePos at = reader.pos(entry);
    reader.require(entry, "area", at, "area = \"Derby City\"");
    reader.require(entry, "year", at, "year = \"2023/24\"");
    if (grant.amount.present() && grant.amount.value < 0) {
      reader.error(grant.amount.pos, "a grant cannot be a negative amount", "write the amount in pounds, e.g. 916000");
    }
    partnership.funding.push_back(std::move(grant));
  });
}

}  // namespace cdp
