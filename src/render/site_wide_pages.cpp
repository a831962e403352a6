#include "render/site_wide_pages.h"

#include <map>
#include <set>

#include "render/documents.h"
#include "render/governance_view.h"
#include "render/metric_view.h"
#include "render/page_context.h"

namespace cdp {

namespace {

std::vector<std::string> headline_metric_ids(const Partnership& partnership, const CdpData& data) {
  std::vector<std::string> ids;
  for (const auto& [id, series] : partnership.metrics) {
    if (data.catalogue.at(id).headline.value && !series.values.empty()) ids.push_back(id);
  }
  return ids;
}

// "Adur, Arun and Chichester".
std::string footprint_words(const std::vector<std::string>& areas) {
  std::string words;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    if (i > 0) words += i + 1 == areas.size() ? " and " : ", ";
    words += areas[i];
  }
  return words;
}

// The metrics that at least two partnerships have figures for, by outcome.
mustache::List shared_metrics(const CdpData& data, const Date& today, const std::string& from_url) {
  mustache::List outcomes;
  for (const Outcome& outcome : data.outcomes) {
    mustache::List metrics;
    for (const auto& [id, definition] : data.catalogue) {
      if (definition.outcome.value != outcome.id) continue;
      mustache::List rows;
      for (const Partnership& partnership : data.partnerships) {
        auto series = partnership.metrics.find(id);
        if (series == partnership.metrics.end() || series->second.values.empty()) continue;
        mustache::Map row = metric_view_values(make_metric_view(definition, &series->second, std::nullopt, today));
        row["partnership"] = partnership.name.value;
        row["url"] = relative_url(from_url, metric_url(partnership, id));
        rows.push_back(std::move(row));
      }
      if (rows.size() < 2) continue;
      metrics.push_back(mustache::Map{{"id", id}, {"name", definition.name.value}, {"rows", rows}});
    }
    if (!metrics.empty()) outcomes.push_back(mustache::Map{{"name", outcome.name}, {"metrics", metrics}});
  }
  return outcomes;
}

// Every metric any partnership publishes, by outcome, with each partnership's latest
// figure or none: what the region knows, side by side.
mustache::List coverage(const CdpData& data, const Date& today, const std::string& from_url) {
  mustache::List outcomes;
  for (const Outcome& outcome : data.outcomes) {
    mustache::List rows;
    for (const auto& [id, definition] : data.catalogue) {
      if (definition.outcome.value != outcome.id) continue;
      mustache::List cells;
      bool any = false;
      for (const Partnership& partnership : data.partnerships) {
        auto series = partnership.metrics.find(id);
        bool has = series != partnership.metrics.end() && !series->second.values.empty();
        MetricView view = has ? make_metric_view(definition, &series->second, std::nullopt, today) : MetricView{};
        cells.push_back(mustache::Map{{"has_value", has},
                                   {"value", view.value_in_words},
                                   {"url", relative_url(from_url, metric_url(partnership, id))}});
        any = any || has;
      }
      if (any) rows.push_back(mustache::Map{{"name", definition.name.value}, {"cells", cells}});
    }
    if (!rows.empty()) outcomes.push_back(mustache::Map{{"name", outcome.name}, {"rows", rows}});
  }
  return outcomes;
}

mustache::Map compare_values(const CdpData& data, const Date& today) {
  mustache::List outcomes = shared_metrics(data, today, kCompareUrl);
  mustache::List names;
  for (const Partnership& partnership : data.partnerships) names.push_back(mustache::Map{{"name", area_name(partnership)}});
  return mustache::Map{{"has_outcomes", !outcomes.empty()},
                    {"outcomes", outcomes},
                    {"partnerships", names},
                    {"coverage", coverage(data, today, kCompareUrl)}};
}

// The lists a reader without JavaScript can use instead of search.
mustache::List browse_links(const CdpData& data, bool has_documents, const std::string& from_url) {
  mustache::List links;
  if (has_documents) links.push_back(mustache::Map{{"title", std::string("All documents")},
                                                {"url", relative_url(from_url, kDocumentsUrl)}});
  for (const Partnership& partnership : data.partnerships) {
    links.push_back(mustache::Map{{"title", partnership.name.value},
                               {"url", relative_url(from_url, partnership_folder_url(partnership))}});
    if (!partnership.metrics.empty()) {
      links.push_back(mustache::Map{{"title", partnership.name.value + ": metrics"},
                                 {"url", relative_url(from_url, metrics_url(partnership))}});
    }
  }
  return links;
}

mustache::Map accessibility_values(const Site& site, const CdpData& data) {
  std::string email;
  for (const Partnership& partnership : data.partnerships) {
    if (email.empty() && !partnership.contact.emails.empty()) email = partnership.contact.emails.front().value;
  }
  return mustache::Map{{"site_title", site.config.title.value},
                    {"has_email", !email.empty()},
                    {"email", email}};
}

bool ends_with_word(std::string_view name, std::string_view word) {
  return name.size() > word.size() && name.ends_with(word) && name[name.size() - word.size() - 1] == ' ';
}

mustache::Map documents_values(const std::vector<Document>& documents, const std::string& url,
                            const std::string& name) {
  return mustache::Map{{"name", name},
                       {"name_in_sentence", name_in_sentence(name)},
                       {"kinds", documents_by_kind(documents, url)}};
}

}  // namespace

std::vector<GeneratedPage> site_wide_pages(const Site& site, const CdpData& data, const std::vector<Document>& documents,
                                 const RouteTable& routes, const Date& today) {
  std::vector<GeneratedPage> pages;
  auto add = [&](const std::string& url, const std::string& section, std::string title, std::string template_name,
                 std::function<mustache::Map()> values) {
    if (is_claimed_by_content(routes, url)) return;
    pages.push_back({route_at(url), section, std::move(title), std::move(template_name), std::move(values), {}});
  };
  bool has_documents = !documents.empty() && !is_claimed_by_content(routes, kDocumentsUrl);
  add(kSearchUrl, "", "Search", "search", [&data, has_documents] {
    return mustache::Map{{"browse", browse_links(data, has_documents, kSearchUrl)}};
  });
  add(kAccessibilityUrl, "", "Accessibility statement", "accessibility",
      [&site, &data] { return accessibility_values(site, data); });
  if (!documents.empty()) {
    add(kDocumentsUrl, "", "Documents", "documents",
        [documents, &site] { return documents_values(documents, kDocumentsUrl, site.config.title.value); });
  }
  for (const Partnership& partnership : data.partnerships) {
    std::vector<Document> own = documents_in(documents, partnership.folder);
    // A partnership at the top of the site has the site-wide list as its own.
    if (own.empty() || partnership.folder.empty()) continue;
    std::string url = partnership_documents_url(partnership);
    add(url, partnership.folder, "Documents", "documents",
        [own, url, &partnership] { return documents_values(own, url, partnership.name.value); });
  }
  if (data.partnerships.size() >= 2) {
    add(kCompareUrl, "", "Comparing the partnerships", "compare", [&data, today] { return compare_values(data, today); });
  }
  return pages;
}

mustache::Map partnership_overview(const Partnership& partnership, const CdpData& data, bool has_documents,
                                const Date& today, const std::string& from_url) {
  mustache::Map values = partnership_links(partnership, from_url);
  mustache::List cards = metric_cards(headline_metric_ids(partnership, data), partnership, data, today, from_url);
  values["name"] = partnership.name.value;
  values["url"] = relative_url(from_url, partnership_folder_url(partnership));
  values["established"] = partnership.established.present() ? partnership.established.value.display() : "";
  values["footprint"] = footprint_words(partnership.footprint.value);
  values["member_count"] = partnership.members.empty() ? "" : std::to_string(partnership.members.size());
  values["meetings"] = frequency_fact(partnership.meetings);
  values["has_headlines"] = !cards.empty();
  values["headlines"] = cards;
  values["has_documents"] = has_documents;
  values["documents_url"] = relative_url(from_url, partnership_documents_url(partnership));
  return values;
}

mustache::Map home_values(const CdpData& data, const std::vector<Document>& documents, const Date& today) {
  mustache::Map values;
  if (data.partnerships.size() == 1) {
    const Partnership& only = data.partnerships.front();
    bool has_documents = !documents_in(documents, only.folder).empty();
    values["single"] = partnership_overview(only, data, has_documents, today, "");
    return values;
  }
  mustache::List list;
  for (const Partnership& partnership : data.partnerships) {
    list.push_back(mustache::Map{{"name", partnership.name.value},
                              {"url", relative_url("", partnership_folder_url(partnership))},
                              {"footprint", footprint_words(partnership.footprint.value)}});
  }
  values["has_partnerships"] = !list.empty();
  values["partnerships"] = list;
  values["has_compare"] = data.partnerships.size() >= 2;
  values["compare_url"] = relative_url("", kCompareUrl);
  return values;
}

const mustache::Schema& partnership_overview_schema() {
  using mustache::Schema;
  static const Schema schema = partnership_links_schema().with(
      {{"name", Schema::text("The partnership's name.")},
       {"url", Schema::text("A link to its own page.")},
       {"established", Schema::text("When it was established; \"\" when not given.")},
       {"footprint", Schema::text("The areas it covers, e.g. Adur, Arun and Chichester.")},
       {"member_count", Schema::text("How many members it has; \"\" when it lists none.")},
       {"meetings", Schema::text("How often it meets, e.g. Quarterly; \"\" when not given.")},
       {"has_headlines", Schema::flag("Whether it has headline metrics with figures.")},
       {"headlines", Schema::list("Its headline metrics, as cards.",
                                  metric_view_schema().with({{"url", Schema::text("A link to the metric's page.")}}))},
       {"has_documents", Schema::flag("Whether it has documents.")},
       {"documents_url", Schema::text("A link to its documents.")}});
  return schema;
}

const mustache::Schema& home_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "The home page only: the partnerships of the site.",
      {{"single", partnership_overview_schema()},
       {"has_partnerships", Schema::flag("Whether the site has several partnerships (then single is not given).")},
       {"partnerships", Schema::list("The partnerships.",
                                     Schema::map("", {{"name", Schema::text("The partnership's name.")},
                                                      {"url", Schema::text("A link to its page.")},
                                                      {"footprint", Schema::text("The areas it covers.")}}))},
       {"has_compare", Schema::flag("Whether there is a page comparing the partnerships.")},
       {"compare_url", Schema::text("A link to it.")}});
  return schema;
}

const mustache::Schema& search_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "The search page.",
      {{"browse", Schema::list("Lists to browse without JavaScript: all documents, each partnership and its metrics.",
                               Schema::map("", {{"title", Schema::text("What the link says.")},
                                                {"url", Schema::text("Where it goes.")}}))}});
  return schema;
}

const mustache::Schema& accessibility_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "The accessibility statement.",
      {{"site_title", Schema::text("The site's title.")},
       {"has_email", Schema::flag("Whether a partnership gives a contact email.")},
       {"email", Schema::text("The first partnership's contact email.")}});
  return schema;
}

std::string name_in_sentence(const std::string& name) {
  if (name.starts_with("The ")) return "the " + name.substr(4);
  static const std::vector<std::string_view> bodies = {"Partnership", "Board",    "Group",   "Network", "Alliance",
                                                       "Forum",       "Service",  "Council", "Unit",    "Team",
                                                       "CDP",         "DAP",      "DASP"};
  for (std::string_view body : bodies) {
    if (ends_with_word(name, body)) return "the " + name;
  }
  return name;
}

const mustache::Schema& documents_values_schema() {
  using mustache::Schema;
  static const Schema schema = Schema::map(
      "The documents of the site, or of one partnership.",
      {{"name", Schema::text("Whose documents: the site's title or the partnership's name.")},
       {"name_in_sentence", Schema::text("The same for the middle of a sentence: \"the Testshire Combating Drugs "
                                         "Partnership\" (a body's name takes \"the\"; \"The\" at its start becomes "
                                         "\"the\"), or the name as it is.")},
       {"kinds", documents_by_kind_schema()}});
  return schema;
}

const mustache::Schema& compare_values_schema() {
  using mustache::Schema;
  static const Schema schema = [] {
    Schema row = metric_view_schema().with({{"partnership", Schema::text("The partnership's name.")},
                                            {"url", Schema::text("A link to its page of the metric.")}});
    Schema metric = Schema::map("", {{"id", Schema::text("The metric's id.")},
                                     {"name", Schema::text("The metric's name.")},
                                     {"rows", Schema::list("Each partnership's latest figure.", row)}});
    Schema cell = Schema::map("", {{"has_value", Schema::flag("Whether the partnership has figures for it.")},
                                   {"value", Schema::text("Its latest value in words.")},
                                   {"url", Schema::text("A link to its page of the metric.")}});
    return Schema::map(
        "The comparison of the partnerships.",
        {{"has_outcomes", Schema::flag("Whether at least two partnerships share a metric.")},
         {"outcomes", Schema::list("The metrics at least two partnerships have figures for, by outcome.",
                                   Schema::map("", {{"name", Schema::text("The outcome.")},
                                                    {"metrics", Schema::list("Its shared metrics.", metric)}}))},
         {"partnerships", Schema::list("The partnerships, by the names charts use.",
                                       Schema::map("", {{"name", Schema::text("Its short name, or its name.")}}))},
         {"coverage", Schema::list("Every metric any partnership publishes, by outcome.",
                                   Schema::map("", {{"name", Schema::text("The outcome.")},
                                                    {"rows", Schema::list("Its metrics.",
                                                                          Schema::map("", {{"name", Schema::text("The metric.")},
                                                                                           {"cells", Schema::list("One per partnership.", cell)}}))}}))}});
  }();
  return schema;
}

}  // namespace cdp
