#include "core/guide_pages.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/install_paths.h"
#include "core/platform.h"

namespace cdp {

namespace fs = std::filesystem;

namespace {

constexpr std::array<GuideTopic, 10> kTopics = {{
    {"getting-started", "install cdpsite and make a first site"},
    {"writing", "Markdown, kinds of document, committee reports, drafts, date and as_of"},
    {"editing", "editing a page in the preview: save, conflicts, the toolbar, pasting"},
    {"importing", "a Word document as a page, and figures from Fingertips"},
    {"figures", "the partnership's figures in a page: the shortcodes"},
    {"data", "the data files field by field, the framework's metrics, TOML"},
    {"accessibility", "each accessibility rule, why it matters, and the fix"},
    {"publishing", "previewing, checking, publishing, and what each message means"},
    {"web-teams", "site.toml, themes and templates, the open data"},
    {"reference", "every command and option, field, rule and exit code"},
}};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

bool is_built_guide(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / "index.html", ec);
}

}  // namespace

std::span<const GuideTopic> guide_topics() { return kTopics; }

const GuideTopic* guide_topic_named(std::string_view text) {
  for (const GuideTopic& topic : kTopics) {
    if (same_ignoring_case(topic.topic, text)) return &topic;
  }
  return nullptr;
}

std::optional<fs::path> installed_guide() {
  // A binary in its build tree first, so that a build never shows an older installed guide.
  if (std::optional<fs::path> binary = executable_path()) {
    fs::path in_build_tree = binary->parent_path() / "guide-site";
    if (is_built_guide(in_build_tree)) return in_build_tree;
  }
  for (const fs::path& folder : shared_folders()) {
    if (is_built_guide(folder / "guide")) return folder / "guide";
  }
  return std::nullopt;
}

fs::path guide_page(const fs::path& guide, const GuideTopic* topic) {
  return topic ? guide / topic->topic / "index.html" : guide / "index.html";
}

}  // namespace cdp
