#include "render/templates.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string_view>
#include <utility>

#include "core/platform.h"
#include "core/fs.h"
#include "core/html.h"
#include "core/suggest.h"

namespace cdp {

namespace fs = std::filesystem;

const std::vector<std::string> kRequiredTemplates = {"base", "home", "section", "page", "404"};

namespace {

constexpr std::string_view kExtension = ".mustache";
constexpr std::string_view kTagKinds =
    "tags are {{name}}, {{{html}}}, {{#section}}, {{^inverted}}, {{/end}}, {{> partial}} or {{! comment}}";

// One {{ }} tag, read the way mstch reads it.
struct Tag {
  std::size_t start = 0;    // offset of its "{{"
  std::size_t end = 0;      // offset just after it (after "{{" alone when it is not closed)
  char sigil = 0;           // '#', '^', '/', '>', '&', '!', '=', '{' for {{{ }}}, 0 for {{name}}
  std::string name;         // what follows the sigil, without the spaces mstch trims
  bool closed = true;       // false when no "}}" ends it before the next "{{"
  bool mismatched = false;  // {{{ ended by }}, or {{ ended by }}}
};

bool is_sigil(char c) { return std::string_view("#^/>&!=").find(c) != std::string_view::npos; }

// Trims the spaces mstch trims (spaces only: a tab or line break stays in the name).
std::string trim_spaces(std::string_view text) {
  std::size_t start = text.find_first_not_of(' ');
  if (start == std::string_view::npos) return "";
  return std::string(text.substr(start, text.find_last_not_of(' ') - start + 1));
}

// Reads the tag whose "{{" is at `start` in `text`.
Tag read_tag(const std::string& text, std::size_t start) {
  Tag tag;
  tag.start = start;
  bool triple = text.compare(start, 3, "{{{") == 0;
  std::size_t body = start + (triple ? 3 : 2);
  std::size_t close = text.find("}}", body);
  std::size_t next_open = text.find("{{", body);
  std::string inside = trim_spaces(std::string_view(text).substr(body, std::min(close, text.size()) - body));
  if (triple) {
    tag.sigil = '{';
  } else if (!inside.empty() && is_sigil(inside[0])) {
    tag.sigil = inside[0];
    inside = trim_spaces(std::string_view(inside).substr(1));
  }
  tag.name = inside;
  if (close == std::string::npos || (next_open != std::string::npos && next_open < close)) {
    tag.closed = false;
    tag.end = start + 2;
    return tag;
  }
  bool third_brace = close + 2 < text.size() && text[close + 2] == '}';
  tag.mismatched = triple != third_brace;
  tag.end = close + (third_brace ? 3 : 2);
  return tag;
}

// The character (a whole UTF-8 sequence) that starts at byte `at` of `text`.
std::string character_at(const std::string& text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(at, end - at);
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

// A {{> name}} in a template.
struct Include {
  std::string name;           // the template it includes
  SourcePos pos;              // where the tag is
  bool unconditional = false; // outside every section, so always rendered
};

// A section opened by {{#name}} or {{^name}} and not yet closed.
struct OpenSection {
  std::string name;  // the section's key
  char sigil = '#';  // '#' or '^'
  SourcePos pos;     // where it was opened
};

class TemplateChecker {
 public:
  TemplateChecker(const SourceFile& file, const std::vector<std::string>& partials, Diagnostics& diagnostics)
      : file_(file), partials_(partials), diagnostics_(diagnostics) {}

  // Checks the whole template; returns how many problems it reported.
  int run() {
    const std::string& text = file_.text();
    for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
      Tag tag = read_tag(text, at);
      check(tag, file_.pos_at_offset(tag.start));
      at = tag.end;
    }
    for (const OpenSection& open : open_) {
      report(open.pos, "the section " + opening(open) + " is never closed",
             "add {{/" + open.name + "}} to close the section opened at line " + std::to_string(open.pos.line));
    }
    return problems_;
  }

  // The partials the template includes, in order.
  const std::vector<Include>& includes() const { return includes_; }

 private:
  void check(const Tag& tag, const SourcePos& pos) {
    if (!tag.closed) return report_unclosed(tag, pos);
    if (tag.mismatched) return report_mismatched(tag, pos);
    switch (tag.sigil) {
      case '!':
        return;
      case '=':
        return report(pos, "changing the tag delimiters is not supported", "keep the {{ }} delimiters");
      case '#':
      case '^':
        return open_section(tag, pos);
      case '/':
        return close_section(tag.name, pos);
      case '>':
        return check_partial(tag.name, pos);
      default:
        return check_value(tag, pos);
    }
  }

  void report_unclosed(const Tag& tag, const SourcePos& pos) {
    if (tag.sigil == '!') {
      report(pos, "this comment has a {{ inside it, so it ends at the first }}",
             "remove the {{ from inside the comment");
      return;
    }
    report(pos, "this tag is not closed", std::string("end it with ") + (tag.sigil == '{' ? "}}}" : "}}"));
  }

  void report_mismatched(const Tag& tag, const SourcePos& pos) {
    if (tag.sigil == '{') {
      report(pos, "this tag starts with {{{ but ends with }}",
             "end it with }}} to print HTML as it is, or start it with {{ to print escaped text");
    } else {
      report(pos, "this tag starts with {{ but ends with }}}",
             "start it with {{{ to print HTML as it is, or end it with }} to print escaped text");
    }
  }

  // {{name}}, {{&name}} and {{{name}}}.
  void check_value(const Tag& tag, const SourcePos& pos) {
    if (tag.name.empty()) {
      report(pos, "this tag is empty", "put a value's name inside, e.g. {{page.title}}");
      return;
    }
    char first = tag.name[0];
    if (tag.sigil == 0 && !std::isalnum(static_cast<unsigned char>(first)) && first != '_' && first != '.') {
      report(pos, "unknown tag type '" + character_at(tag.name, 0) + "'", std::string(kTagKinds));
      return;
    }
    check_name(tag.name, pos);
  }

  // Names are keys of the context: a name with a space or a '|' never matches one.
  void check_name(const std::string& name, const SourcePos& pos) {
    auto bad = std::find_if_not(name.begin(), name.end(), is_name_char);
    if (bad == name.end()) return;
    std::string what = *bad == ' ' ? "a space" : *bad == '\t' ? "a tab" : (*bad == '\n' || *bad == '\r') ? "a line break"
                                     : "'" + character_at(name, static_cast<std::size_t>(bad - name.begin())) + "'";
    std::string shown = name.substr(0, name.find_first_of("\r\n"));
    report(pos, "the name \"" + shown + "\" has " + what + " in it, so it matches no value",
           "names are letters, digits, _ and -, with . between parts, e.g. {{page.title}}");
  }

  void open_section(const Tag& tag, const SourcePos& pos) {
    if (tag.name.empty()) {
      report(pos, "this section tag has no name",
             std::string("write the name of a value after the ") + tag.sigil + ", e.g. {{" + tag.sigil + "pages}}");
      return;
    }
    check_name(tag.name, pos);
    open_.push_back({tag.name, tag.sigil, pos});
  }

  void close_section(const std::string& name, const SourcePos& pos) {
    if (name.empty()) {
      report(pos, "this closing tag has no name", "write the name of the section it closes, e.g. {{/pages}}");
      return;
    }
    if (!open_.empty() && open_.back().name == name) {
      open_.pop_back();
      return;
    }
    auto open = std::find_if(open_.rbegin(), open_.rend(), [&](const OpenSection& s) { return s.name == name; });
    if (open != open_.rend()) return close_crossing(name, pos, static_cast<std::size_t>(open_.rend() - open) - 1);
    if (auto it = closed_early_.find(name); it != closed_early_.end()) {
      closed_early_.erase(it);  // its error was reported where it was closed early
      return;
    }
    if (!open_.empty() && !closest_match(name, {open_.back().name}).empty()) {
      const OpenSection& top = open_.back();
      report(pos, "{{/" + name + "}} does not match the open section " + opening(top) + " (line " +
                      std::to_string(top.pos.line) + ")",
             "change it to {{/" + top.name + "}}");
      open_.pop_back();
      return;
    }
    report(pos, "{{/" + name + "}} closes a section that was never opened",
           "remove it, or add {{#" + name + "}} before it");
  }

  // {{/name}} closes a section while sections opened inside it are still open.
  void close_crossing(const std::string& name, const SourcePos& pos, std::size_t index) {
    const OpenSection& inner = open_.back();
    report(pos, "{{/" + name + "}} closes the wrong section: " + opening(inner) + " (line " +
                    std::to_string(inner.pos.line) + ") is still open",
           "add {{/" + inner.name + "}} before this {{/" + name + "}}");
    for (std::size_t i = index + 1; i < open_.size(); ++i) closed_early_.insert(open_[i].name);
    open_.resize(index);
  }

  void check_partial(const std::string& name, const SourcePos& pos) {
    if (name.empty()) {
      report(pos, "this partial tag names no template", "write the template's name after >, e.g. {{> partials/nav}}");
      return;
    }
    includes_.push_back({name, pos, open_.empty()});
    if (std::find(partials_.begin(), partials_.end(), name) != partials_.end()) return;
    std::string match = closest_match(name, partials_);
    report(pos, "there is no template called \"" + name + "\" to include",
           match.empty() ? "add " + name + std::string(kExtension) + " to the templates folder, or fix the name"
                         : "did you mean {{> " + match + "}}?");
  }

  static std::string opening(const OpenSection& open) { return std::string("{{") + open.sigil + open.name + "}}"; }

  void report(SourcePos pos, std::string message, std::string hint) {
    ++problems_;
    diagnostics_.add(error_at(file_, std::move(pos), std::move(message), std::move(hint)));
  }

  const SourceFile& file_;                    // the template
  const std::vector<std::string>& partials_;  // names that {{> name}} may use
  Diagnostics& diagnostics_;                  // where problems go
  std::vector<OpenSection> open_;             // sections not yet closed, outermost first
  std::multiset<std::string> closed_early_;   // sections closed by a crossing {{/x}}, already reported
  std::vector<Include> includes_;             // every {{> name}}
  int problems_ = 0;                          // problems reported
};

// A template file as loaded, with what its check found.
struct Loaded {
  SourceFile file;                // its text and display path
  std::vector<Include> includes;  // its {{> name}} tags
};

// Reports includes outside every section that lead back to their own template: mstch
// would include them forever, until the stack runs out. Returns how many it reported.
int check_include_loops(const std::map<std::string, Loaded>& loaded, Diagnostics& diagnostics) {
  auto leads_back = [&](const std::string& from, const std::string& target) {
    std::set<std::string> seen;
    std::vector<std::string> pending = {from};
    while (!pending.empty()) {
      std::string name = pending.back();
      pending.pop_back();
      if (name == target) return true;
      auto it = loaded.find(name);
      if (it == loaded.end() || !seen.insert(name).second) continue;
      for (const Include& include : it->second.includes) {
        if (include.unconditional) pending.push_back(include.name);
      }
    }
    return false;
  };
  int problems = 0;
  for (const auto& [name, template_file] : loaded) {
    for (const Include& include : template_file.includes) {
      if (!include.unconditional || !leads_back(include.name, name)) continue;
      std::string message = include.name == name
                                ? "\"" + name + "\" includes itself here, outside any section, so it would never end"
                                : "this includes \"" + include.name + "\", which includes \"" + name +
                                      "\" again, outside any section, so it would never end";
      diagnostics.add(error_at(template_file.file, include.pos, message,
                               "include it only inside a section that ends, e.g. {{#children}}{{> " + include.name +
                                   "}}{{/children}}, or remove it"));
      ++problems;
    }
  }
  return problems;
}

std::string display_for(const fs::path& path, const fs::path& base) {
  std::error_code ec;
  fs::path full = fs::absolute(path, ec).lexically_normal();
  fs::path root = fs::absolute(base, ec).lexically_normal();
  if (root.has_relative_path() && root.filename().empty()) root = root.parent_path();
  fs::path relative = full.lexically_relative(root);
  if (!relative.empty() && *relative.begin() != "..") return u8_generic(relative);
  return u8_generic(path);
}

bool is_hidden(const fs::path& path) {
  std::string name = u8_string(path.filename());
  return !name.empty() && name[0] == '.';
}

// Reads every *.mustache file under `dir` into `texts` and `shown` by template name,
// replacing templates of the same name. Returns how many problems it reported.
int read_folder(const fs::path& dir, const fs::path& display_base, std::map<std::string, std::string>& texts,
                std::map<std::string, std::string>& shown, Diagnostics& diagnostics) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return 0;
  int problems = 0;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (is_hidden(it->path())) {  // .git, editor and macOS files
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() != kExtension || !it->is_regular_file(ec)) continue;
    std::string name = u8_generic(it->path().lexically_relative(dir).replace_extension());
    std::string display = display_for(it->path(), display_base);
    std::optional<std::string> text = read_file(it->path());
    if (!text) {
      diagnostics.add(error_in(display, "cannot read this template", "check that the file exists and is readable"));
      ++problems;
      continue;
    }
    texts[name] = std::move(*text);
    shown[name] = display;
  }
  if (ec) {
    diagnostics.add(error_in(display_for(dir, display_base), "cannot read this templates folder: " + ec.message(),
                             "check that the folder and the folders inside it are readable"));
    ++problems;
  }
  return problems;
}

// "a", "a or b", "a, b or c"
std::string or_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
  }
  return out;
}

// The templates that `name` includes, at any depth; `name` itself only when it is
// included again from inside (a recursive template).
std::set<std::string> reachable_partials(const std::map<std::string, std::string>& templates, const std::string& name) {
  std::set<std::string> found;
  std::vector<std::string> pending = {name};
  while (!pending.empty()) {
    auto it = templates.find(pending.back());
    pending.pop_back();
    if (it == templates.end()) continue;
    const std::string& text = it->second;
    for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
      Tag tag = read_tag(text, at);
      at = tag.end;
      if (tag.closed && !tag.mismatched && tag.sigil == '>' && found.insert(tag.name).second) {
        pending.push_back(tag.name);
      }
    }
  }
  return found;
}

// The part of a dotted name ("page.date.year") before its first dot; `rest` is left
// with what follows that dot.
std::string_view next_part(std::string_view& rest) {
  std::size_t dot = rest.find('.');
  std::string_view part = rest.substr(0, dot);
  rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  return part;
}

// The names that the templates `sources` (a template and its partials) look up at the
// top of the context, each with the keys looked up inside it ("page.title": page's
// title), or nullopt when a name starts with '.' (mstch then looks up an empty first part).
std::optional<NamesUsed> names_used(const std::map<std::string, std::string>& templates,
                                    const std::set<std::string>& sources) {
  NamesUsed names;
  for (const std::string& source : sources) {
    auto it = templates.find(source);
    if (it == templates.end()) continue;
    const std::string& text = it->second;
    for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
      Tag tag = read_tag(text, at);
      at = tag.end;
      bool looks_up = tag.sigil == 0 || tag.sigil == '&' || tag.sigil == '{' || tag.sigil == '#' || tag.sigil == '^';
      if (!looks_up || tag.name == ".") continue;
      std::string_view rest = tag.name;
      std::string_view first = next_part(rest);
      if (first.empty()) return std::nullopt;
      std::string_view second = next_part(rest);
      std::optional<std::set<std::string>>& keys =
          names.try_emplace(std::string(first), std::set<std::string>{}).first->second;
      // Used on its own (a section over it, or shown whole), it is needed whole.
      if (second.empty()) {
        keys.reset();
      } else if (keys) {
        keys->emplace(second);
      }
    }
  }
  return names;
}

// Moves out of `context` the values that a template may look up: of a map it only
// looks inside, the keys it names.
mstch::map take_used(mstch::map& context, const std::optional<NamesUsed>& used) {
  if (!used) return std::exchange(context, {});
  mstch::map taken;
  for (const auto& [name, keys] : *used) {
    auto it = context.find(name);
    if (it == context.end()) continue;
    mstch::map* whole = boost::get<mstch::map>(&it->second);
    if (!keys || !whole) {
      taken.insert(context.extract(it));
      continue;
    }
    mstch::map part;
    for (const std::string& key : *keys) {
      if (auto node = whole->extract(key)) part.insert(std::move(node));
    }
    taken.emplace(name, std::move(part));
  }
  return taken;
}

// Puts back into `context` what take_used moved out of it.
void give_back(mstch::map& context, mstch::map taken) {
  while (!taken.empty()) {
    auto node = taken.extract(taken.begin());
    auto it = context.find(node.key());
    if (it == context.end()) {
      context.insert(std::move(node));
    } else {
      boost::get<mstch::map>(it->second).merge(boost::get<mstch::map>(node.mapped()));
    }
  }
}

// mstch's default escaping also encodes '/' (as &#x2F;), which bloats every URL; ours
// escapes what HTML needs and nothing more. config::escape is mstch's one shared
// setting: it is set once, before the first template set exists, and never again, so
// renders (which only read it) are safe from any number of threads.
void use_our_escaping() {
  static std::once_flag set;
  std::call_once(set, [] { mstch::config::escape = [](const std::string& text) { return escape_html(text); }; });
}

}  // namespace

void check_template(const SourceFile& file, const std::vector<std::string>& known_partials, Diagnostics& diagnostics) {
  TemplateChecker(file, known_partials, diagnostics).run();
}

std::optional<TemplateSet> TemplateSet::load(const std::vector<fs::path>& dirs, const fs::path& display_base,
                                             Diagnostics& diagnostics) {
  use_our_escaping();
  TemplateSet set;
  int problems = 0;
  for (const fs::path& dir : dirs) problems += read_folder(dir, display_base, set.templates_, set.sources_, diagnostics);

  std::vector<std::string> names;
  for (const auto& [name, text] : set.templates_) names.push_back(name);
  std::map<std::string, Loaded> loaded;
  for (const auto& [name, text] : set.templates_) {
    Loaded& entry = loaded.emplace(name, Loaded{SourceFile(set.sources_[name], text), {}}).first->second;
    TemplateChecker checker(entry.file, names, diagnostics);
    problems += checker.run();
    entry.includes = checker.includes();
  }
  problems += check_include_loops(loaded, diagnostics);

  std::vector<std::string> searched;
  for (const fs::path& dir : dirs) searched.push_back(display_for(dir, display_base));
  for (const std::string& required : kRequiredTemplates) {
    if (set.templates_.count(required)) continue;
    std::string file = required + std::string(kExtension);
    diagnostics.add(error_in("", "there is no " + file + " template in " + or_list(searched),
                             "add " + file + " to one of these folders (cdpsite's default theme has one to start from)"));
    ++problems;
  }
  if (problems > 0) return std::nullopt;

  for (const auto& [name, text] : set.templates_) {
    std::map<std::string, std::string>& partials = set.partials_for_[name];  // present even when empty
    std::set<std::string> sources = reachable_partials(set.templates_, name);
    // A template that includes itself (inside a section, as a tree does) needs itself too.
    for (const std::string& partial : sources) partials[partial] = set.templates_[partial];
    sources.insert(name);
    set.names_used_[name] = names_used(set.templates_, sources);
  }
  return set;
}

bool TemplateSet::has(const std::string& name) const { return templates_.count(name) > 0; }

std::set<std::string> TemplateSet::partials_of(const std::string& name) const {
  std::set<std::string> found = reachable_partials(templates_, name);
  found.erase(name);
  return found;
}

bool TemplateSet::uses(const std::string& name, const std::string& other) const {
  return name == other || partials_of(name).count(other) > 0;
}

std::string TemplateSet::render(const std::string& name, const mstch::node& context) const {
  return mstch::render(templates_.at(name), context, partials_for_.at(name));
}

std::string TemplateSet::render_in_layout(const std::string& name, mstch::map context) const {
  // Maps are moved into nodes: a map handed where a node is wanted would be copied.
  mstch::node own = take_used(context, names_used_.at(name));
  std::string main = render(name, own);
  give_back(context, std::move(boost::get<mstch::map>(own)));
  mstch::map layout = take_used(context, names_used_.at("base"));
  layout.insert_or_assign("main", std::move(main));
  return render("base", mstch::node(std::move(layout)));
}

}  // namespace cdp
