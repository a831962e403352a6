#include "outputs/governance_data.h"

#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace cdp {

namespace {

Poco::JSON::Object::Ptr object() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

// A date as words and as its first and last day, as the metrics' periods are given.
void set_period(Poco::JSON::Object& item, const std::string& key, const Period& period) {
  item.set(key, period.display());
  item.set(key + "_start", iso(period.first()));
  item.set(key + "_end", iso(period.last()));
}

Poco::JSON::Object::Ptr meetings_json(const Meetings& meetings) {
  Poco::JSON::Object::Ptr item = object();
  if (meetings.first.present()) set_period(*item, "first", meetings.first.value);
  if (meetings.frequency.present()) item->set("frequency", std::string(term(meetings.frequency.value).toml));
  if (meetings.held.present()) {
    item->set("held", meetings.held.value);
    item->set("held_as_of", iso(meetings.held_as_of.value));
  }
  Poco::JSON::Array::Ptr decisions = new Poco::JSON::Array;
  for (const Decision& decision : meetings.decisions) {
    Poco::JSON::Object::Ptr entry = object();
    set_period(*entry, "date", decision.date.value);
    entry->set("text", decision.text.value);
    decisions->add(entry);
  }
  item->set("decisions", decisions);
  return item;
}

Poco::JSON::Array::Ptr milestones_json(const std::vector<MilestoneDefinition>& milestones,
                                       const std::vector<MilestoneReport>& reports) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const MilestoneDefinition& milestone : milestones) {
    const MilestoneReport* report = report_on(milestone, reports);
    Poco::JSON::Object::Ptr entry = object();
    entry->set("id", milestone.id);
    entry->set("title", milestone.title);
    entry->set("status", report ? std::string(term(report->status.value).toml) : std::string("not reported"));
    if (report && report->date.present()) set_period(*entry, "date", report->date.value);
    array->add(entry);
  }
  return array;
}

}  // namespace

std::string governance_json(const Partnership& partnership, const CdpData& data) {
  Poco::JSON::Object::Ptr root = object();
  root->set("partnership", partnership.name.value);
  root->set("slug", partnership.slug.value);
  root->set("meetings", meetings_json(partnership.meetings));
  root->set("milestones", milestones_json(data.milestones, partnership.milestones));
  std::ostringstream out;
  root->stringify(out, 2);
  return out.str() + "\n";
}

}  // namespace cdp
