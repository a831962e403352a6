#include "render/templates.h"

#include <algorithm>

#include <mutex>
#include <set>

#include "core/fs.h"
#include "core/html.h"
#include "core/suggest.h"

namespace cdp {

namespace fs = std::filesystem;

const std::vector<std::string> kRequiredTemplates = {"base", "home", "section", "page", "404"};

namespace {

constexpr std::string_view kExtension = ".mustache";

// A section opened by {{#name}} or {{^name}} and not yet closed.
struct OpenSection {
  std::string name;  // the section's key
  SourcePos pos;     // where it was opened
};

class TemplateChecker {
 public:
  TemplateChecker(const SourceFile& file, const std::vector<std::string>& partials, Diagnostics& diagnostics)
      : file_(file), partials_(partials), diagnostics_(diagnostics) {}

  void run() {
    const std::string& text = file_.text();
    std::size_t at = 0;
    while ((at = text.find("{{", at)) != std::string::npos) at = check_tag(at);
    for (const OpenSection& open : open_) {
      report(open.pos, "the section {{#" + open.name + "}} is never closed",
             "add {{/" + open.name + "}} where the section should end");
    }
  }

 private:
  // Checks the tag starting at `at`; returns the offset after it.
  std::size_t check_tag(std::size_t at) {
    const std::string& text = file_.text();
    bool triple = text.compare(at, 3, "{{{") == 0;
    std::string closing = triple ? "}}}" : "}}";
    std::size_t end = text.find(closing, at + closing.size());
    std::size_t next_open = text.find("{{", at + 2 + (triple ? 1 : 0));
    SourcePos pos = file_.pos_at_offset(at);
    if (end == std::string::npos || (next_open != std::string::npos && next_open < end)) {
      report(pos, "this tag is not closed", "end it with " + closing);
      return at + 2;
    }
    std::string body = trim(text.substr(at + closing.size(), end - at - closing.size()));
    if (!triple) check_body(body, pos);
    return end + closing.size();
  }

  void check_body(const std::string& body, const SourcePos& pos) {
    if (body.empty()) {
      report(pos, "this tag is empty", "put a value name inside, e.g. {{page.title}}");
      return;
    }
    char sigil = body[0];
    std::string name = trim(body.substr(1));
    switch (sigil) {
      case '#':
      case '^':
        open_.push_back({name, pos});
        break;
      case '/':
        close_section(name, pos);
        break;
      case '>':
        check_partial(name, pos);
        break;
      case '!':
      case '&':
        break;
      case '=':
        report(pos, "changing the tag delimiters is not supported", "keep the {{ }} delimiters");
        break;
      default:
        if (!std::isalpha(static_cast<unsigned char>(sigil)) && sigil != '_' && sigil != '.') {
          report(pos, std::string("unknown tag type '") + sigil + "'",
                 "tags are {{name}}, {{{html}}}, {{#section}}, {{^inverted}}, {{/end}}, {{> partial}} or {{! comment}}");
        }
    }
  }

  void close_section(const std::string& name, const SourcePos& pos) {
    if (open_.empty()) {
      report(pos, "{{/" + name + "}} closes a section that was never opened", "remove it, or add {{#" + name + "}} before it");
      return;
    }
    if (open_.back().name != name) {
      report(pos, "{{/" + name + "}} closes the wrong section: {{#" + open_.back().name + "}} (line " +
                      std::to_string(open_.back().pos.line) + ") is still open",
             "close {{#" + open_.back().name + "}} with {{/" + open_.back().name + "}} first");
    }
    open_.pop_back();
  }

  void check_partial(const std::string& name, const SourcePos& pos) {
    if (std::find(partials_.begin(), partials_.end(), name) != partials_.end()) return;
    report(pos, "there is no template called \"" + name + "\" to include", did_you_mean(name, partials_));
  }

  static std::string trim(const std::string& text) {
    std::size_t start = text.find_first_not_of(" \t\r\n");
    std::size_t end = text.find_last_not_of(" \t\r\n");
    return start == std::string::npos ? "" : text.substr(start, end - start + 1);
  }

  void report(SourcePos pos, std::string message, std::string hint) {
    diagnostics_.add(error_at(file_, std::move(pos), std::move(message), std::move(hint)));
  }

  const SourceFile& file_;                     // the template
  const std::vector<std::string>& partials_;   // names that {{> name}} may use
  Diagnostics& diagnostics_;                   // where problems go
  std::vector<OpenSection> open_;              // sections not yet closed
};

std::string display_for(const fs::path& path, const fs::path& base) {
  std::error_code ec;
  fs::path relative = fs::absolute(path, ec).lexically_normal().lexically_relative(fs::absolute(base, ec));
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return path.generic_string();
}

}  // namespace

void check_template(const SourceFile& file, const std::vector<std::string>& known_partials, Diagnostics& diagnostics) {
  TemplateChecker(file, known_partials, diagnostics).run();
}

// mstch's default escaping also encodes '/' and '=', which bloats every URL; ours
// escapes what HTML needs and nothing more.
static void use_our_escaping() {
  static std::once_flag set;
  std::call_once(set, [] { mstch::config::escape = [](const std::string& text) { return escape_html(text); }; });
}

std::optional<TemplateSet> TemplateSet::load(const std::vector<fs::path>& dirs, const fs::path& display_base,
                                             Diagnostics& diagnostics) {
  use_our_escaping();
  TemplateSet set;
  std::size_t errors_before = diagnostics.error_count();
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (!it->is_regular_file(ec) || it->path().extension() != kExtension) continue;
      std::string name = it->path().lexically_relative(dir).replace_extension().generic_string();
      std::string shown = display_for(it->path(), display_base);
      std::optional<std::string> text = read_file(it->path());
      if (!text) {
        diagnostics.add(error_in(shown, "cannot read this template", "check that it is readable"));
        continue;
      }
      set.templates_[name] = std::move(*text);
      set.sources_[name] = shown;
    }
  }
  std::vector<std::string> names;
  for (const auto& [name, text] : set.templates_) names.push_back(name);
  for (const auto& [name, text] : set.templates_) check_template(SourceFile(set.sources_[name], text), names, diagnostics);
  for (const std::string& required : kRequiredTemplates) {
    if (set.templates_.count(required)) continue;
    std::string searched;
    for (const fs::path& dir : dirs) searched += (searched.empty() ? "" : " and ") + display_for(dir, display_base);
    diagnostics.add(error_in(searched, "the theme has no " + required + std::string(kExtension) + " template",
                             "add " + required + std::string(kExtension) + " to the theme's templates folder"));
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  for (const auto& [name, text] : set.templates_) {
    for (const std::string& partial : set.partials_of(name)) set.partials_for_[name][partial] = set.templates_[partial];
    set.partials_for_[name];  // present even when it includes nothing
  }
  return set;
}

bool TemplateSet::has(const std::string& name) const { return templates_.count(name) > 0; }

std::set<std::string> TemplateSet::partials_of(const std::string& name) const {
  std::set<std::string> found;
  std::vector<std::string> pending = {name};
  while (!pending.empty()) {
    auto it = templates_.find(pending.back());
    pending.pop_back();
    if (it == templates_.end()) continue;
    const std::string& text = it->second;
    for (std::size_t at = text.find("{{>"); at != std::string::npos; at = text.find("{{>", at + 3)) {
      std::size_t end = text.find("}}", at);
      if (end == std::string::npos) break;
      std::string partial = text.substr(at + 3, end - at - 3);
      partial.erase(0, partial.find_first_not_of(" \t"));
      partial.erase(partial.find_last_not_of(" \t") + 1);
      if (found.insert(partial).second) pending.push_back(partial);
    }
  }
  return found;
}

bool TemplateSet::uses(const std::string& name, const std::string& other) const {
  return name == other || partials_of(name).count(other) > 0;
}

std::string TemplateSet::render(const std::string& name, const mstch::node& context) const {
  return mstch::render(templates_.at(name), context, partials_for_.at(name));
}

}  // namespace cdp
