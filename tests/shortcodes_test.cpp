// expand_shortcodes and substitute_shortcodes on in-memory data with the default theme's
// templates: each shortcode's output, as_of, and the exact error for each mistake.
#include "render/shortcodes.h"

#include <gtest/gtest.h>

#include "markdown/markdown.h"
#include "support/diagnostic_text.h"

namespace cdp {
namespace {

const std::string kDefaultTheme = CDPSITE_TEST_DATA "/../themes/default/templates";
constexpr const char* kFrontMatter = "+++\ntitle = \"T\"\n+++\n";

Located<double> number(double value) { return {value, {"content/ws/metrics.toml", 3, 1}}; }
Located<std::string> text(const std::string& value) { return {value, {"content/ws/partnership.toml", 1, 1}}; }

Observation observation(const char* period, double value) {
  Observation o;
  o.period = {*parse_period(period), {"content/ws/metrics.toml", 3, 1}};
  o.figure = number(value);
  return o;
}

// One partnership, "ws", with numbers in treatment for two periods, two members, a
// grant and a priority with one action.
CdpData make_data() {
  CdpData data;
  MetricDefinition metric;
  metric.id = "numbers-in-treatment";
  metric.name = text("Numbers in treatment");
  metric.unit = {Unit::kCount, {}};
  metric.better = {Better::kHigher, {}};
  data.catalogue[metric.id] = metric;
  Partnership ws;
  ws.slug = {"ws", {}};
  ws.name = text("West Sussex");
  MetricSeries& series = ws.metrics["numbers-in-treatment"];
  series.id = "numbers-in-treatment";
  series.values = {observation("2022/23", 1750), observation("December 2023", 1814)};
  ws.members = {{text("Sussex Police"), text("Police")}, {text("NHS Sussex"), text("Health")}};
  Grant grant;  // field by field: MinGW's GCC 12 warns of a brace-initialised Located<Period>
  grant.name = text("SSMTRG");
  grant.area = text("West Sussex");
  grant.year.value = *parse_period("2023/24");
  grant.amount = number(1699000);
  ws.funding.push_back(grant);
  Priority priority;
  priority.number = {2, {}};
  priority.id = "priority-2";
  priority.title = text("Treatment");
  Action action;
  action.title = text("Open a hub");
  action.status = {ActionStatus::kOnTrack, {}};
  priority.actions.push_back(action);
  ws.priorities.push_back(priority);
  data.partnerships.push_back(ws);
  return data;
}

struct Expanded {
  std::string html;                 // the body with each shortcode's output in place
  std::vector<std::string> errors;  // "file:line:col: message | hint"
};

class Shortcodes : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    templates_ = TemplateSet::load({kDefaultTheme}, CDPSITE_TEST_DATA "/..", diagnostics);
    ASSERT_TRUE(templates_) << diagnostics.sorted().at(0).message;
  }

  // Expands `body` on a page of partnership ws (or of none), then puts the outputs
  // back into the body as the renderer would after Markdown.
  Expanded expand(const std::string& body, bool in_partnership = true, std::optional<Date> as_of = {}) {
    SourceFile file("content/ws/a.md", kFrontMatter + body);
    ShortcodeContext context;
    context.data = &data_;
    context.partnership = in_partnership ? &data_.partnerships[0] : nullptr;
    context.as_of = as_of;
    context.today = Date{2026, 12, 1};
    context.templates = &*templates_;
    context.file = &file;
    context.body_offset = std::string(kFrontMatter).size();
    Diagnostics diagnostics;
    ExpandedBody expanded = expand_shortcodes(std::string_view(file.text()).substr(context.body_offset), context, diagnostics);
    return {substitute_shortcodes(expanded.markdown, expanded.outputs), testing::diagnostic_texts(diagnostics)};
  }

  // The page's HTML as render_body makes it: shortcodes expanded, Markdown rendered
  // (raw HTML allowed), outputs put in place.
  std::string page_html(const std::string& body) {
    SourceFile file("content/ws/a.md", kFrontMatter + body);
    ShortcodeContext context{&data_, &data_.partnerships[0], {}, Date{2026, 12, 1}, &*templates_, &file,
                             std::string(kFrontMatter).size()};
    Diagnostics diagnostics;
    ExpandedBody expanded = expand_shortcodes(std::string_view(file.text()).substr(context.body_offset), context, diagnostics);
    EXPECT_EQ(testing::diagnostic_texts(diagnostics), std::vector<std::string>{}) << body;
    std::string html = render_markdown(expanded.markdown, {}, {.raw_html = true}, {}).html;
    return substitute_shortcodes(html, expanded.outputs);
  }

  CdpData data_ = make_data();
  std::optional<TemplateSet> templates_;
};

TEST_F(Shortcodes, ShortcodeNamesAreTheNineThereAre) {
  EXPECT_EQ(shortcode_names(), (std::vector<std::string>{"actions", "breakdown", "chart", "funding", "meetings",
                                                         "members", "metric", "metric-card", "milestones"}));
}

TEST_F(Shortcodes, BodyWithoutShortcodesIsUnchanged) {
  Expanded result = expand("Just text {{ not a shortcode }}.\n");
  EXPECT_EQ(result.html, "Just text {{ not a shortcode }}.\n");
  EXPECT_TRUE(result.errors.empty());
}

TEST_F(Shortcodes, MetricGivesTheLatestFigureInWords) {
  Expanded result = expand("In treatment: {{< metric \"numbers-in-treatment\" >}}.\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_EQ(result.html, "In treatment: 1,814 in December 2023.\n");
}

TEST_F(Shortcodes, MetricFormatValueAndChange) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"value\" >}}").html, "1,814");
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"change\" >}}").html,
            "up 64 (3.7%) from 1,750 in 2022/23");
}

TEST_F(Shortcodes, MetricForAnEarlierPeriod) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" period=\"2022-23\" >}}").html, "1,750 in 2022/23");
}

TEST_F(Shortcodes, MetricHonoursThePagesAsOf) {
  Expanded result = expand("{{< metric \"numbers-in-treatment\" >}}", true, Date{2023, 6, 30});
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_EQ(result.html, "1,750 in 2022/23");
}

TEST_F(Shortcodes, MetricWithNoValueByAsOfIsAnError) {
  Expanded result = expand("{{< metric \"numbers-in-treatment\" >}}", true, Date{2020, 1, 1});
  EXPECT_EQ(result.errors, std::vector<std::string>{
                               "content/ws/a.md:4:1: the metric \"numbers-in-treatment\" has no value known by this page's as_of date "
                               "| choose a later as_of, or give an earlier value in metrics.toml"});
}

TEST_F(Shortcodes, TargetSaysWhoSetIt) {
  Target target;
  target.value = number(2000);
  target.by = {*parse_period("2027/28"), {"content/ws/metrics.toml", 4, 1}};
  target.set_by = text("the Government");
  data_.partnerships[0].metrics["numbers-in-treatment"].targets.push_back(target);
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"target\" >}}").html,
            "not yet met: 1,814 in December 2023 against a target of 2,000 by 2027/28 (set by the Government)");
}

TEST_F(Shortcodes, ComparisonAndTrendInWordsWhenTheDataGiveNoFigure) {
  MetricSeries& series = data_.partnerships[0].metrics["numbers-in-treatment"];
  Assessment lower;
  lower.comparison = {Comparison::kLower, {"content/ws/metrics.toml", 5, 1}};
  lower.against = text("England");
  Assessment rising;
  rising.trend = {Trend::kIncreasing, {"content/ws/metrics.toml", 8, 1}};
  series.assessments = {lower, rising};
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"comparison\" >}}").html, "lower than England (worse)");
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"trend\" >}}").html, "increasing and getting better");
  series.values.clear();
  Expanded without_figures = expand("{{< metric \"numbers-in-treatment\" format=\"trend\" >}}");
  EXPECT_EQ(without_figures.errors, std::vector<std::string>{});
  EXPECT_EQ(without_figures.html, "increasing and getting better");
  std::string card = page_html("{{< metric-card \"numbers-in-treatment\" >}}\n");
  EXPECT_NE(card.find("<li class=\"compare--worse\">lower than England (worse)</li>"), std::string::npos) << card;
  EXPECT_NE(card.find("<li class=\"compare--better\">increasing and getting better</li>"), std::string::npos) << card;
}

TEST_F(Shortcodes, TrendWithNoneInTheDataIsAnError) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"trend\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:35: the metric \"numbers-in-treatment\" has no trend in its "
                                     "data | add one to its [[metric]] in metrics.toml: [[metric.assessment]] with "
                                     "trend = \"increasing\", \"decreasing\" or \"stable\""});
}

TEST_F(Shortcodes, LiteralShortcodeIsShownAsText) {
  EXPECT_EQ(expand("Write {{</* metric \"id\" */>}}.").html, "Write {{&lt; metric &quot;id&quot; &gt;}}.");
}

TEST_F(Shortcodes, MembersAreListedBySector) {
  Expanded result = expand("{{< members >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("<dt>Health</dt>\n<dd>NHS Sussex</dd>\n<dt>Police</dt>\n<dd>Sussex Police</dd>"),
            std::string::npos) << result.html;
}

TEST_F(Shortcodes, FundingShowsEachAreasAmountByYear) {
  Expanded result = expand("{{< funding >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("<td class=\"numeric\">£1.699m</td>"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find("2023/24"), std::string::npos) << result.html;
}

TEST_F(Shortcodes, ActionsOfAPriorityByNumber) {
  Expanded result = expand("{{< actions priority=\"2\" >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("Actions for priority 2: Treatment"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find("Open a hub"), std::string::npos) << result.html;
}

// numbers-in-treatment of ws split by client group for 2023/24.
void add_client_groups(CdpData& data) {
  Breakdown breakdown;
  breakdown.by = text("client group");
  breakdown.categories = {text("opiate"), text("alcohol only")};
  Observation opiate = observation("2023/24", 800);
  opiate.category = text("opiate");
  Observation alcohol = observation("2023/24", 500);
  alcohol.category = text("alcohol only");
  breakdown.values = {opiate, alcohol};
  data.partnerships[0].metrics["numbers-in-treatment"].breakdowns.push_back(breakdown);
}

TEST_F(Shortcodes, BreakdownDrawsAGroupedChartWithItsTable) {
  add_client_groups(data_);
  Expanded result = expand("{{< breakdown \"numbers-in-treatment\" >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("<svg"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find("alcohol only"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find("800"), std::string::npos) << result.html;
  EXPECT_EQ(expand("{{< breakdown \"numbers-in-treatment\" by=\"client group\" >}}\n").html, result.html);
}

TEST_F(Shortcodes, BreakdownMistakes) {
  EXPECT_EQ(expand("{{< breakdown \"numbers-in-treatment\" >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: West Sussex gives no breakdown of numbers-in-treatment | add a "
                                     "[[metric.breakdown]] to its metrics.toml, or use {{< chart \"numbers-in-treatment\" >}}"});
  add_client_groups(data_);
  EXPECT_EQ(expand("{{< breakdown \"numbers-in-treatment\" by=\"client grup\" >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:38: numbers-in-treatment has no breakdown by client grup | did you "
                                     "mean `client group`?"});
}

TEST_F(Shortcodes, MilestonesShowEachReportedWithItsStatusInWordsAndTheRestOnce) {
  data_.milestones = {{"needs-assessment", {}, "Joint needs assessment", "Assess the needs of the area"},
                      {"delivery-plan", {}, "Local delivery plan", "Agree a plan"}};
  MilestoneReport report;
  report.id = text("needs-assessment");
  report.status = {MilestoneStatus::kMet, {}};
  report.date = {*parse_period("November 2022"), {"content/ws/partnership.toml", 5, 1}};
  data_.partnerships[0].milestones.push_back(report);
  Expanded result = expand("{{< milestones >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("<th scope=\"row\">Joint needs assessment</th>"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find(">Met</span></td><td>November 2022</td>"), std::string::npos) << result.html;
  EXPECT_EQ(result.html.find(">Not reported</span>"), std::string::npos) << "a row for a milestone not mentioned";
  EXPECT_NE(result.html.find("<summary>Not reported yet: 1 milestone</summary>\n<ul>\n<li>Local delivery plan</li>"),
            std::string::npos) << result.html;
}

TEST_F(Shortcodes, MeetingsShowHowOftenAndTheDecisions) {
  Meetings& meetings = data_.partnerships[0].meetings;
  meetings.frequency = {MeetingFrequency::kQuarterly, {"content/ws/partnership.toml", 2, 1}};
  Decision decision;
  decision.date = {*parse_period("February 2023"), {}};
  decision.text = text("Plan *approved*.");
  meetings.decisions.push_back(decision);
  Expanded result = expand("{{< meetings >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("quarterly"), std::string::npos) << result.html;
  EXPECT_NE(result.html.find("<time datetime=\"2023-02\">February 2023</time>: Plan <em>approved</em>."),
            std::string::npos) << result.html;
}

TEST_F(Shortcodes, MilestonesAndMeetingsNeedTheirData) {
  EXPECT_EQ(expand("{{< milestones >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: West Sussex reports on none of the national milestones | give "
                                     "each milestone's status with [[milestone]] in its partnership.toml"});
  EXPECT_EQ(expand("{{< meetings >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: West Sussex says nothing of its meetings | add a [meetings] "
                                     "table to its partnership.toml"});
}

TEST_F(Shortcodes, ChartDrawsAnSvg) {
  Expanded result = expand("{{< chart \"numbers-in-treatment\" >}}\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  EXPECT_NE(result.html.find("<svg"), std::string::npos) << result.html;
}

TEST_F(Shortcodes, UnknownShortcodeSuggestsTheClosest) {
  EXPECT_EQ(expand("{{< metrc \"numbers-in-treatment\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: there is no shortcode called \"metrc\" | did you mean `metric`?"});
}

TEST_F(Shortcodes, UnknownArgumentSuggestsTheClosest) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" fromat=\"value\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:35: the metric shortcode has no argument `fromat` | did you mean `format`?"});
}

TEST_F(Shortcodes, WrongNumberOfPositionalValues) {
  EXPECT_EQ(expand("{{< metric >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: the metric shortcode takes 1 value(s) without a name, not 0 | write "
                                     "{{< metric \"numbers-in-treatment\" >}}"});
  EXPECT_EQ(expand("{{< members \"x\" >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: the members shortcode takes 0 value(s) without a name, not 1 | give its "
                                     "values as key=\"value\""});
}

TEST_F(Shortcodes, UnknownMetricSuggestsTheClosest) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatmnt\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:12: there is no metric \"numbers-in-treatmnt\" | did you mean "
                                     "`numbers-in-treatment` (Numbers in treatment)?"});
}

TEST_F(Shortcodes, UnknownFormatSuggestsTheClosest) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" format=\"chnage\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:35: `format` cannot be \"chnage\" | did you mean `change`?"});
}

TEST_F(Shortcodes, PeriodWithoutAValueListsThePeriodsThatHaveOne) {
  EXPECT_EQ(expand("{{< metric \"numbers-in-treatment\" period=\"2021/22\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:35: there is no value for 2021/22 | the periods with values are: 2022/23, "
                                     "December 2023"});
}

TEST_F(Shortcodes, UnknownPartnershipSuggestsTheClosest) {
  EXPECT_EQ(expand("{{< members partnership=\"wss\" >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:13: there is no partnership \"wss\" | did you mean `ws`?"});
}

TEST_F(Shortcodes, PageOutsideAPartnershipMustNameOne) {
  EXPECT_EQ(expand("{{< members >}}\n", false).errors,
            std::vector<std::string>{"content/ws/a.md:4:1: this page is not in a partnership's folder, so the shortcode does not "
                                     "know whose data to show | add partnership=\"slug\", one of: `ws`"});
  EXPECT_EQ(expand("{{< members partnership=\"ws\" >}}\n", false).errors, std::vector<std::string>{});
}

TEST_F(Shortcodes, PartnershipWithoutFiguresForTheMetric) {
  MetricDefinition other;
  other.id = "drug-misuse-deaths";
  data_.catalogue[other.id] = other;
  EXPECT_EQ(expand("{{< metric \"drug-misuse-deaths\" >}}").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: West Sussex has no figures for the metric \"drug-misuse-deaths\" | add its "
                                     "values to metrics.toml in the partnership's folder"});
}

TEST_F(Shortcodes, ActionsNeedAPriority) {
  EXPECT_EQ(expand("{{< actions >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:1: the actions shortcode needs priority=\"...\" | write "
                                     "{{< actions priority=\"1\" >}}"});
  EXPECT_EQ(expand("{{< actions priority=\"7\" >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:13: West Sussex has no priority 7 | did you mean `2`?"});
}

TEST_F(Shortcodes, BlockShortcodeInsideASentenceIsAnError) {
  EXPECT_EQ(expand("Members: {{< members >}}\n").errors,
            std::vector<std::string>{"content/ws/a.md:4:10: the members shortcode makes a block of its own, so it must be on a line by "
                                     "itself | put it on its own line, with a blank line before and after it"});
}

// Where Markdown does not render text, the page shows a shortcode exactly as cmark-gfm
// prints the Markdown, and a shortcode in text beside it is still expanded.
TEST_F(Shortcodes, InCodeCommentsAndLinkAddressesThePageShowsThemAsWritten) {
  for (std::string body : {"`{{< metric \"numbers-in-treatment\" >}}`", "```\n{{< metric \"x\" >}}\n```",
                           "~~~\n{{< nosuch >}}\n~~~", "    {{< metric \"x\" >}}", "<!-- {{< metric \"x\" >}} -->",
                           "A <!-- {{< metric \"x\" >}} --> comment.", "[a](https://example.org/{{<members>}})",
                           "[a](https://example.org/ '{{< metric \"x\" >}}')", "![a](b.png '{{< metric \"x\" >}}')"}) {
    std::string expected = render_markdown(body, {}, {.raw_html = true}, {}).html;
    EXPECT_EQ(page_html(body + "\n\n{{< metric \"numbers-in-treatment\" format=\"value\" >}}\n"),
              expected + "1,814");
  }
}

TEST_F(Shortcodes, InAnImageDescriptionItIsExpanded) {
  EXPECT_EQ(page_html("![In treatment: {{< metric \"numbers-in-treatment\" format=\"value\" >}}](a.png)"),
            "<p><img src=\"a.png\" alt=\"In treatment: 1,814\" /></p>\n");
}

TEST_F(Shortcodes, ABackslashShowsTheShortcodeWithoutTheBackslash) {
  // Shown exactly as written: its quotes are not made curly, so that it can be copied.
  EXPECT_EQ(page_html("Write \\{{< metric \"numbers-in-treatment\" >}}."),
            "<p>Write {{&lt; metric &quot;numbers-in-treatment&quot; &gt;}}.</p>\n");
}

TEST_F(Shortcodes, HugosCommentFormShowsTheShortcodeInText) {
  EXPECT_EQ(page_html("Write {{</* metric \"numbers-in-treatment\" */>}}."),
            "<p>Write {{&lt; metric &quot;numbers-in-treatment&quot; &gt;}}.</p>\n");
}

}  // namespace
}  // namespace cdp
