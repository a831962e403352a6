#pragma once
// Shortcodes embed the partnership's data in its documents:
//   {{< metric "id" [partnership="slug"] [period="2022/23"] [format="..."] >}}  a figure in words
//   {{< metric-card "id" >}}          the figure, its change, target status and comparators
//   {{< chart "id" [period="..."] >}} a chart of its figures, the trend in words, and a table
//   {{< actions priority="3" >}}      a priority's actions and their status
//   {{< members >}}                   member organisations by sector
//   {{< funding >}}                   the grants table, areas by year
// Figures honour the page's `as_of`. A shortcode, argument or id that does not exist is
// an error at the shortcode's file:line:col with a did-you-mean.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/cdp.h"
#include "mustache/schema.h"
#include "markdown/shortcode_tokens.h"
#include "render/templates.h"

namespace cdp {

struct ShortcodeContext {
  const CdpData* data = nullptr;              // the site's data (never null; may be empty)
  const Partnership* partnership = nullptr;   // the partnership whose folder holds the page
  std::optional<Date> as_of;                  // the page's as_of date
  Date today;                                 // the build's date, for targets' deadlines
  const TemplateSet* templates = nullptr;     // for block shortcodes' layout
  const SourceFile* file = nullptr;           // the page's source
  std::size_t body_offset = 0;                // where the body starts in the file
};

// The body with each shortcode replaced by a token, and each token's HTML.
struct ExpandedBody {
  std::string markdown;              // body ready for the Markdown renderer
  std::vector<std::string> outputs;  // HTML of shortcode i (token i)
};

// Replaces every shortcode in `body` by a token that Markdown leaves alone.
ExpandedBody expand_shortcodes(std::string_view body, const ShortcodeContext& context, Diagnostics& diagnostics);


// The names of the shortcodes there are.
const std::vector<std::string>& shortcode_names();

// What the templates of block shortcodes are given (and nothing else): shortcodes/
// metric-card, chart, members, funding and actions.
const mustache::Schema& metric_card_shortcode_schema();
const mustache::Schema& milestones_shortcode_schema();
const mustache::Schema& meetings_shortcode_schema();
const mustache::Schema& chart_shortcode_schema();
const mustache::Schema& members_shortcode_schema();
const mustache::Schema& funding_shortcode_schema();
const mustache::Schema& actions_shortcode_schema();

}  // namespace cdp
