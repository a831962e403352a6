#include "outputs/partnership_open_data.h"

#include <sstream>

#include "outputs/csv_row.h"
#include "routes/addresses.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace cdp {

namespace {

constexpr const char* kFundingHeader = "partnership,grant,area,year,year_start,year_end,amount,purpose\r\n";

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Object object() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

// Sets `key` to `text` only when it is given, so that the JSON holds what was written.
void set_text(Object& item, const std::string& key, const Located<std::string>& text) {
  if (text.present()) item->set(key, text.value);
}

bool has_facts(const Partnership& partnership) {
  const Contact& contact = partnership.contact;
  return !partnership.roles.empty() || !partnership.governance.empty() || !partnership.funding.empty() ||
         !partnership.priorities.empty() || !contact.emails.empty() || contact.phone.present() || contact.officer.present();
}

Array roles_json(const Partnership& partnership) {
  Array roles = new Poco::JSON::Array;
  for (const Role& role : partnership.roles) {
    Object item = object();
    set_text(item, "role", role.role);
    set_text(item, "person", role.person);
    set_text(item, "job_title", role.job_title);
    set_text(item, "post", role.post);
    set_text(item, "organisation", role.organisation);
    set_text(item, "reports_to", role.reports_to);
    roles->add(item);
  }
  return roles;
}

Array governance_json(const Partnership& partnership) {
  Array governance = new Poco::JSON::Array;
  for (const GovernanceLink& link : partnership.governance) {
    Object item = object();
    set_text(item, "body", link.body);
    set_text(item, "relationship", link.relationship);
    governance->add(item);
  }
  return governance;
}

Object contact_json(const Contact& contact) {
  Object item = object();
  set_text(item, "officer", contact.officer);
  Array emails = new Poco::JSON::Array;
  for (const Located<std::string>& email : contact.emails) emails->add(email.value);
  item->set("emails", emails);
  set_text(item, "phone", contact.phone);
  set_text(item, "url", contact.url);
  set_text(item, "address", contact.address);
  return item;
}

Array funding_json(const Partnership& partnership) {
  Array funding = new Poco::JSON::Array;
  for (const Grant& grant : partnership.funding) {
    Object item = object();
    set_text(item, "name", grant.name);
    set_text(item, "area", grant.area);
    item->set("year", grant.year.value.display());
    item->set("year_start", iso(grant.year.value.first()));
    item->set("year_end", iso(grant.year.value.last()));
    if (grant.amount.present()) item->set("amount", grant.amount.value);  // absent: not stated
    set_text(item, "purpose", grant.purpose);
    funding->add(item);
  }
  return funding;
}

Object action_json(const Action& action) {
  Object item = object();
  item->set("title", action.title.value);
  set_text(item, "owner", action.owner);
  if (action.due.present()) item->set("due", action.due.value.display());
  item->set("status", std::string(term(action.status.value).toml));
  if (action.completed.present()) item->set("completed", action.completed.value.display());
  return item;
}

Array priorities_json(const Partnership& partnership) {
  Array priorities = new Poco::JSON::Array;
  for (const Priority& priority : partnership.priorities) {
    Object item = object();
    item->set("number", priority.number.value);
    item->set("title", priority.title.value);
    Array actions = new Poco::JSON::Array;
    for (const Action& action : priority.actions) actions->add(action_json(action));
    item->set("actions", actions);
    priorities->add(item);
  }
  return priorities;
}

std::string partnership_json(const Partnership& partnership) {
  Object root = object();
  root->set("partnership", partnership.name.value);
  root->set("slug", partnership.slug.value);
  root->set("roles", roles_json(partnership));
  root->set("governance", governance_json(partnership));
  root->set("contact", contact_json(partnership.contact));
  root->set("funding", funding_json(partnership));
  root->set("priorities", priorities_json(partnership));
  std::ostringstream out;
  root->stringify(out, 2);
  return out.str() + "\n";
}

std::string funding_csv(const Partnership& partnership) {
  std::string csv = kFundingHeader;
  for (const Grant& grant : partnership.funding) {
    CsvRow row(csv);
    row.text(partnership.name.value);
    row.text(grant.name.value);
    row.text(grant.area.value);
    row.text(grant.year.value.display());
    row.plain(iso(grant.year.value.first()));
    row.plain(iso(grant.year.value.last()));
    row.number(grant.amount);
    row.text(grant.purpose.value);
    row.end();
  }
  return csv;
}

}  // namespace

std::vector<std::string> partnership_open_data_paths(const Partnership& partnership) {
  std::vector<std::string> paths;
  if (!has_facts(partnership)) return paths;
  paths.push_back(open_data_folder(partnership) + kPartnershipJson);
  if (!partnership.funding.empty()) paths.push_back(open_data_folder(partnership) + kFundingCsv);
  return paths;
}

std::vector<GeneratedFile> partnership_open_data_files(const Partnership& partnership) {
  std::vector<GeneratedFile> files;
  if (!has_facts(partnership)) return files;
  files.push_back({open_data_folder(partnership) + kPartnershipJson, partnership_json(partnership)});
  if (!partnership.funding.empty()) files.push_back({open_data_folder(partnership) + kFundingCsv, funding_csv(partnership)});
  return files;
}

}  // namespace cdp
