#include "render/site_wide_pages.h"

#include <map>
#include <set>

#include "render/documents.h"
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
mstch::array shared_metrics(const CdpData& data, const Date& today, const std::string& from_url) {
  mstch::array outcomes;
  for (const Outcome& outcome : data.outcomes) {
    mstch::array metrics;
    for (const auto& [id, definition] : data.catalogue) {
      if (definition.outcome.value != outcome.id) continue;
      mstch::array rows;
      for (const Partnership& partnership : data.partnerships) {
        auto series = partnership.metrics.find(id);
        if (series == partnership.metrics.end() || series->second.values.empty()) continue;
        mstch::map row = metric_view_values(make_metric_view(definition, &series->second, std::nullopt, today));
        row["partnership"] = partnership.name.value;
        row["url"] = relative_url(from_url, metric_url(partnership, id));
        rows.push_back(std::move(row));
      }
      if (rows.size() < 2) continue;
      metrics.push_back(mstch::map{{"id", id}, {"name", definition.name.value}, {"rows", rows}});
    }
    if (!metrics.empty()) outcomes.push_back(mstch::map{{"name", outcome.name}, {"metrics", metrics}});
  }
  return outcomes;
}

// Every metric any partnership publishes, by outcome, with each partnership's latest
// figure or none: what the region knows, side by side.
mstch::array coverage(const CdpData& data, const Date& today, const std::string& from_url) {
  mstch::array outcomes;
  for (const Outcome& outcome : data.outcomes) {
    mstch::array rows;
    for (const auto& [id, definition] : data.catalogue) {
      if (definition.outcome.value != outcome.id) continue;
      mstch::array cells;
      bool any = false;
      for (const Partnership& partnership : data.partnerships) {
        auto series = partnership.metrics.find(id);
        bool has = series != partnership.metrics.end() && !series->second.values.empty();
        MetricView view = has ? make_metric_view(definition, &series->second, std::nullopt, today) : MetricView{};
        cells.push_back(mstch::map{{"has_value", has},
                                   {"value", view.value_in_words},
                                   {"url", relative_url(from_url, metric_url(partnership, id))}});
        any = any || has;
      }
      if (any) rows.push_back(mstch::map{{"name", definition.name.value}, {"cells", cells}});
    }
    if (!rows.empty()) outcomes.push_back(mstch::map{{"name", outcome.name}, {"rows", rows}});
  }
  return outcomes;
}

mstch::map compare_values(const CdpData& data, const Date& today) {
  mstch::array outcomes = shared_metrics(data, today, kCompareUrl);
  mstch::array names;
  for (const Partnership& partnership : data.partnerships) names.push_back(mstch::map{{"name", area_name(partnership)}});
  return mstch::map{{"has_outcomes", !outcomes.empty()},
                    {"outcomes", outcomes},
                    {"partnerships", names},
                    {"coverage", coverage(data, today, kCompareUrl)}};
}

// The lists a reader without JavaScript can use instead of search.
mstch::array browse_links(const CdpData& data, bool has_documents, const std::string& from_url) {
  mstch::array links;
  if (has_documents) links.push_back(mstch::map{{"title", std::string("All documents")},
                                                {"url", relative_url(from_url, kDocumentsUrl)}});
  for (const Partnership& partnership : data.partnerships) {
    links.push_back(mstch::map{{"title", partnership.name.value},
                               {"url", relative_url(from_url, partnership_folder_url(partnership))}});
    if (!partnership.metrics.empty()) {
      links.push_back(mstch::map{{"title", partnership.name.value + ": metrics"},
                                 {"url", relative_url(from_url, metrics_url(partnership))}});
    }
  }
  return links;
}

mstch::map accessibility_values(const Site& site, const CdpData& data) {
  std::string email;
  for (const Partnership& partnership : data.partnerships) {
    if (email.empty()) email = partnership.contact.email.value;
  }
  return mstch::map{{"site_title", site.config.title.value},
                    {"has_email", !email.empty()},
                    {"email", email}};
}

mstch::map documents_values(const std::vector<const Page*>& documents, const std::string& url,
                            const std::string& name) {
  return mstch::map{{"name", name}, {"kinds", documents_by_kind(documents, url)}};
}

}  // namespace

std::vector<GeneratedPage> site_wide_pages(const Site& site, const CdpData& data, const std::vector<const Page*>& documents,
                                 const RouteTable& routes, const Date& today) {
  std::vector<GeneratedPage> pages;
  auto add = [&](const std::string& url, const std::string& section, std::string title, std::string template_name,
                 std::function<mstch::map()> values) {
    if (is_claimed(routes, url)) return;
    pages.push_back({route_at(url), section, std::move(title), std::move(template_name), std::move(values), {}});
  };
  bool has_documents = !documents.empty() && !is_claimed(routes, kDocumentsUrl);
  add(kSearchUrl, "", "Search", "search", [&data, has_documents] {
    return mstch::map{{"browse", browse_links(data, has_documents, kSearchUrl)}};
  });
  add(kAccessibilityUrl, "", "Accessibility statement", "accessibility",
      [&site, &data] { return accessibility_values(site, data); });
  if (!documents.empty()) {
    add(kDocumentsUrl, "", "Documents", "documents",
        [documents, &site] { return documents_values(documents, kDocumentsUrl, site.config.title.value); });
  }
  for (const Partnership& partnership : data.partnerships) {
    std::vector<const Page*> own = documents_in(documents, partnership.folder);
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

mstch::map partnership_overview(const Partnership& partnership, const CdpData& data, bool has_documents,
                                const Date& today, const std::string& from_url) {
  mstch::map values = partnership_links(partnership, from_url);
  mstch::array cards = metric_cards(headline_metric_ids(partnership, data), partnership, data, today, from_url);
  values["name"] = partnership.name.value;
  values["url"] = relative_url(from_url, partnership_folder_url(partnership));
  values["established"] = partnership.established.present() ? partnership.established.value.display() : "";
  values["footprint"] = footprint_words(partnership.footprint.value);
  values["member_count"] = partnership.members.empty() ? "" : std::to_string(partnership.members.size());
  values["meetings"] = partnership.meetings.value;
  values["has_headlines"] = !cards.empty();
  values["headlines"] = cards;
  values["has_documents"] = has_documents;
  values["documents_url"] = relative_url(from_url, partnership_documents_url(partnership));
  return values;
}

mstch::map home_values(const CdpData& data, const std::vector<const Page*>& documents, const Date& today) {
  mstch::map values;
  if (data.partnerships.size() == 1) {
    const Partnership& only = data.partnerships.front();
    bool has_documents = !documents_in(documents, only.folder).empty();
    values["single"] = partnership_overview(only, data, has_documents, today, "");
    return values;
  }
  mstch::array list;
  for (const Partnership& partnership : data.partnerships) {
    list.push_back(mstch::map{{"name", partnership.name.value},
                              {"url", relative_url("", partnership_folder_url(partnership))},
                              {"footprint", footprint_words(partnership.footprint.value)}});
  }
  values["has_partnerships"] = !list.empty();
  values["partnerships"] = list;
  values["has_compare"] = data.partnerships.size() >= 2;
  values["compare_url"] = relative_url("", kCompareUrl);
  return values;
}

}  // namespace cdp
