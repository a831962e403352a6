#include "render/about_page.h"

#include <algorithm>
#include <map>

#include "model/phone_number.h"
#include "render/funding_values.h"
#include "render/governance_view.h"
#include "markdown/markdown.h"
#include "routes/addresses.h"

namespace cdp {

namespace {

mustache::List named_list(const std::vector<std::string>& values, const std::string& key) {
  mustache::List items;
  for (const std::string& value : values) items.push_back(mustache::Map{{key, value}});
  return items;
}

// Who holds a role, as the roles table shows it: the person, or the post when the
// report names no one ("Director of Public Health (whoever holds the post)").
std::string holder_of(const Role& role) {
  return role.post.present() ? role.post.value + " (whoever holds the post)" : role.person.value;
}

mustache::List role_rows(const Partnership& partnership) {
  mustache::List roles;
  for (const Role& role : partnership.roles) {
    roles.push_back(mustache::Map{{"role", role.role.value}, {"person", role.person.value},
                                  {"holder", holder_of(role)}, {"post", role.post.value},
                                  {"job_title", role.job_title.value}, {"organisation", role.organisation.value},
                                  {"reports_to", role.reports_to.value}});
  }
  return roles;
}

bool any_role(const Partnership& partnership, Located<std::string> Role::*field) {
  return std::any_of(partnership.roles.begin(), partnership.roles.end(),
                     [&](const Role& role) { return (role.*field).present(); });
}

// The contact's addresses, each with the separator written before it ("" first, ", " after).
mustache::List email_items(const Contact& contact) {
  mustache::List emails;
  for (const Located<std::string>& email : contact.emails) {
    emails.push_back(mustache::Map{{"address", email.value}, {"separator", emails.empty() ? "" : ", "}});
  }
  return emails;
}

mustache::Map contact_values(const Contact& contact) {
  std::optional<std::string> tel = tel_address(contact.phone.value);
  bool has_email = !contact.emails.empty();
  return mustache::Map{{"has_contact", has_email || contact.phone.present() || contact.officer.present()},
                       {"officer", contact.officer.value},
                       {"has_email", has_email},
                       {"email", has_email ? contact.emails.front().value : std::string()},
                       {"emails", email_items(contact)},
                       {"phone", contact.phone.value},
                       {"phone_href", tel ? *tel : std::string()}};
}

std::vector<const Grant*> all_grants(const Partnership& partnership) {
  std::vector<const Grant*> grants;
  for (const Grant& grant : partnership.funding) grants.push_back(&grant);
  return grants;
}

}  // namespace

mustache::List sectors_of(const Partnership& partnership) {
  std::map<std::string, mustache::List> by_sector;
  for (const Member& member : partnership.members) {
    by_sector[member.sector.value.empty() ? "Other" : member.sector.value].push_back(
        mustache::Map{{"organisation", member.organisation.value}});
  }
  mustache::List sectors;
  for (auto& [sector, members] : by_sector) sectors.push_back(mustache::Map{{"sector", sector}, {"members", members}});
  return sectors;
}

mustache::Map about_values(const Partnership& partnership, const CdpData& data, const std::string& url) {
  mustache::List governance;
  for (const GovernanceLink& link : partnership.governance) {
    governance.push_back(mustache::Map{{"body", link.body.value}, {"relationship", link.relationship.value}});
  }
  mustache::List sectors = sectors_of(partnership);
  mustache::List roles = role_rows(partnership);
  mustache::List funding = grant_rows(partnership);
  bool has_purposes = std::any_of(partnership.funding.begin(), partnership.funding.end(),
                                  [](const Grant& grant) { return grant.purpose.present(); });
  mustache::Map values{{"name", partnership.name.value},
                       {"short_name", partnership.short_name.value},
                       {"established", partnership.established.present() ? partnership.established.value.display()
                                                                         : std::string()},
                       {"vision_html", partnership.vision.value.empty() ? std::string()
                                                                        : render_markdown(partnership.vision.value, {}, {}, {}).html},
                       {"has_footprint", !partnership.footprint.value.empty()},
                       {"footprint", named_list(partnership.footprint.value, "area")},
                       {"has_members", !sectors.empty()},
                       {"sectors", sectors},
                       {"has_roles", !roles.empty()},
                       {"roles", roles},
                       {"holder_heading", any_role(partnership, &Role::post) ? "Held by" : "Person"},
                       {"has_reporting_lines", any_role(partnership, &Role::reports_to)},
                       {"has_governance", !governance.empty()},
                       {"governance", governance},
                       {"has_funding", !funding.empty()},
                       {"funding", funding},
                       {"has_grant_purposes", has_purposes},
                       {"has_funding_total", funding.size() > 1},
                       {"funding_total", funding_sum_words(all_grants(partnership))},
                       {"has_meetings", partnership.meetings.any()},
                       {"meetings", meetings_values(partnership.meetings)},
                       {"has_milestones", !partnership.milestones.empty()},
                       {"milestones", milestones_values(data.milestones, partnership.milestones)},
                       {"has_governance_data", has_governance_data(partnership)},
                       {"governance_json_url", relative_url(url, open_data_folder(partnership) + kGovernanceJson)}};
  mustache::Map contact = contact_values(partnership.contact);
  for (const mustache::Map::Entry& entry : contact.entries()) values.set(entry.key, entry.value);
  return values;
}

const mustache::Schema& about_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "What a partnership says about itself, from partnership.toml.",
      {{"name", Schema::text("The partnership's name.")},
       {"short_name", Schema::text("Its short name; \"\" when it has none.")},
       {"established", Schema::text("When it was established, e.g. 2023/24; \"\" when not given.")},
       {"vision_html", Schema::html("Its vision, as HTML.")},
       {"has_footprint", Schema::flag("Whether it names the areas it covers.")},
       {"footprint", Schema::list("The areas it covers.", Schema::map("", {{"area", Schema::text("An area.")}}))},
       {"has_members", Schema::flag("Whether it lists members.")},
       {"sectors", Schema::list("Its members by sector, sectors in alphabetical order.",
                                Schema::map("", {{"sector", Schema::text("The sector, or Other.")},
                                                 {"members", Schema::list("The members of that sector.",
                                                                          Schema::map("", {{"organisation", Schema::text("The member organisation.")}}))}}))},
       {"has_roles", Schema::flag("Whether it lists roles.")},
       {"roles", Schema::list("Who holds its roles.",
                              Schema::map("", {{"role", Schema::text("The role, e.g. Chair.")},
                                               {"person", Schema::text("Who holds it; \"\" when a post holds it.")},
                                               {"holder", Schema::text("The person, or the post: Director of Public Health (whoever holds the post).")},
                                               {"post", Schema::text("The post that holds it; \"\" when a person does.")},
                                               {"job_title", Schema::text("The person's job title.")},
                                               {"organisation", Schema::text("Their organisation.")},
                                               {"reports_to", Schema::text("Whom the role reports to; \"\" when not given.")}}))},
       {"holder_heading", Schema::text("The heading of the roles' holder column: Person, or Held by when a post holds one.")},
       {"has_reporting_lines", Schema::flag("Whether any role gives whom it reports to.")},
       {"has_governance", Schema::flag("Whether it lists governance links.")},
       {"governance", Schema::list("The bodies it reports to or works with.",
                                   Schema::map("", {{"body", Schema::text("The body.")},
                                                    {"relationship", Schema::text("How they relate.")}}))},
       {"has_funding", Schema::flag("Whether it lists funding.")},
       {"funding", Schema::list("Its grants.", grant_row_schema())},
       {"has_grant_purposes", Schema::flag("Whether any grant says what it is for.")},
       {"has_funding_total", Schema::flag("Whether it lists more than one grant.")},
       {"funding_total", Schema::text("The grants' total, e.g. £5.251m plus 1 grant of amount not stated.")},
       {"has_meetings", Schema::flag("Whether it says anything about its meetings.")},
       {"meetings", meetings_schema()},
       {"has_milestones", Schema::flag("Whether it reports on any national milestone.")},
       {"milestones", milestones_schema()},
       {"has_governance_data", Schema::flag("Whether it publishes its meetings and milestones as open data.")},
       {"governance_json_url", Schema::text("A link to its meetings and milestones as JSON.")},
       {"has_contact", Schema::flag("Whether it gives a contact officer, email or phone.")},
       {"officer", Schema::text("Its named contact officer; \"\" when not given.")},
       {"has_email", Schema::flag("Whether it gives a contact email.")},
       {"email", Schema::text("Its first contact email; \"\" when not given.")},
       {"emails", Schema::list("Its contact emails, in the order given.",
                               Schema::map("", {{"address", Schema::text("An email address.")},
                                                {"separator", Schema::text("What goes before it: \"\" for the first, else \", \".")}}))},
       {"phone", Schema::text("Its contact phone number as written; \"\" when not given.")},
       {"phone_href", Schema::text("The number as a link, e.g. tel:+441234567890; \"\" when not given.")}});
  return schema;
}

}  // namespace cdp
