#include "render/template_values.h"

#include "render/about_page.h"
#include "render/documents.h"
#include "render/page_context.h"
#include "render/partnership_pages.h"
#include "render/shortcodes.h"
#include "render/site_wide_pages.h"

namespace cdp {

namespace {

using mustache::Schema;

// A generated page's own values, all under "data".
Schema under_data(const Schema& values) { return Schema::map("", {{"data", values}}); }

// What base.mustache is given besides the common values: `main`, and whatever the
// page's own template was given, since the layout is rendered with the same values.
Schema base_values() {
  return listing_values_schema().with(
      {{"main", Schema::html("The HTML of the page's own template: `{{{main}}}`.")},
       {"home", home_values_schema()},
       {"partnership", partnership_overview_schema()},
       {"document", document_values_schema()}});
}

std::vector<TemplateValues> make_every_template_values() {
  std::vector<TemplateValues> all;
  auto page = [&](std::string name, std::string used_for, Schema own) {
    Schema given = common_values_schema().with(own.fields());
    all.push_back({std::move(name), std::move(used_for), true, std::move(own), std::move(given)});
  };
  auto alone = [&](std::string name, std::string used_for, const Schema& own) {
    all.push_back({std::move(name), std::move(used_for), false, own, own});
  };
  page("base", "The layout around every page, with the page's own template as main.", base_values());
  page("home", "The home page.",
       listing_values_schema().with({{"home", home_values_schema()}}));
  page("section", "Each section's page, listing its pages and subsections.",
       listing_values_schema().with({{"partnership", Schema::map("A partnership's own section only: its overview.",
                                                                 partnership_overview_schema().fields())}}));
  page("page", "Each Markdown page.", Schema::map("", {{"document", document_values_schema()}}));
  page("404", "The page for addresses that have none, 404.html; its links start from the site's address.",
       Schema::map("", {}));
  page("search", "The search page.", under_data(search_values_schema()));
  page("accessibility", "The accessibility statement.", under_data(accessibility_values_schema()));
  page("documents", "The documents of the site, and of each partnership.", under_data(documents_values_schema()));
  page("compare", "The comparison of the partnerships, when there are several.", under_data(compare_values_schema()));
  page("data/about", "Each partnership's about page.", under_data(about_values_schema()));
  page("data/priorities", "Each partnership's list of priorities.", under_data(priorities_values_schema()));
  page("data/priority", "Each priority's page.", under_data(priority_values_schema()));
  page("data/metrics", "Each partnership's metrics.", under_data(metrics_values_schema()));
  page("data/metric", "Each metric's page.", under_data(metric_values_schema()));
  alone("shortcodes/metric-card", "`{{< metric-card id >}}` in a page.", metric_card_shortcode_schema());
  alone("shortcodes/chart", "`{{< chart id >}}` and `{{< breakdown id >}}` in a page.", chart_shortcode_schema());
  alone("shortcodes/members", "`{{< members >}}` in a page.", members_shortcode_schema());
  alone("shortcodes/funding", "`{{< funding >}}` in a page.", funding_shortcode_schema());
  alone("shortcodes/actions", "`{{< actions priority=\"1\" >}}` in a page.", actions_shortcode_schema());
  alone("shortcodes/milestones", "`{{< milestones >}}` in a page.", milestones_shortcode_schema());
  alone("shortcodes/meetings", "`{{< meetings >}}` in a page.", meetings_shortcode_schema());
  return all;
}

}  // namespace

const std::vector<TemplateValues>& every_template_values() {
  static const std::vector<TemplateValues> all = make_every_template_values();
  return all;
}

std::string template_values_reference() {
  std::string out = "### Every page\n\nEvery page's template, and base.mustache around it, is given:\n\n";
  out += mustache::describe(common_values_schema());
  for (const TemplateValues& values : every_template_values()) {
    out += "\n### " + values.name + ".mustache\n\n" + values.used_for + "\n";
    if (values.own.fields().empty()) continue;
    out += values.common ? "\nBesides the values every page is given:\n\n" : "\nIt is given only:\n\n";
    out += mustache::describe(values.own);
  }
  return out;
}

}  // namespace cdp
