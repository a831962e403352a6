#include "mustache/name_check.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/suggest.h"

namespace cdp::mustache {

namespace {

// Where a name's lookup failed: the dotted name up to the part that has no value, and
// the names that could have been meant there.
struct Miss {
  std::string part;                     // "titel"
  std::string looked_up;                // "page.titel"
  std::string prefix;                   // "page." (what was found before the miss)
  std::vector<std::string> candidates;  // the names available at the miss
};

class NameChecker {
 public:
  explicit NameChecker(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void check(const Template& tmpl, const Schema& given) {
    stack_.push_back(&given);
    nodes(tmpl, tmpl.nodes);
    stack_.pop_back();
  }

  // Reports the tags of partials whose name had no value wherever they were included.
  // A partial included from several places may ask whether a value is there
  // ({{#url}}) that only some of them give.
  int finish() {
    for (auto& [tag, outcome] : partial_tags_) {
      if (!outcome.resolved && outcome.miss) add(std::move(*outcome.miss));
    }
    return problems_;
  }

 private:
  void nodes(const Template& tmpl, const std::vector<Node>& nodes) {
    for (const Node& node : nodes) this->node(tmpl, node);
  }

  void node(const Template& tmpl, const Node& node) {
    switch (node.kind) {
      case NodeKind::kText:
        return;
      case NodeKind::kEscaped:
      case NodeKind::kUnescaped:
        resolve(tmpl, node);
        return;
      case NodeKind::kSection:
        return section(tmpl, node);
      case NodeKind::kInverted:
        // Shown when the value is missing or empty: names inside mean what they mean outside.
        resolve(tmpl, node);
        return nodes(tmpl, node.children);
      case NodeKind::kPartial:
        return partial(node);
    }
  }

  void section(const Template& tmpl, const Node& node) {
    const Schema* value = resolve(tmpl, node);
    if (!value) return;  // what is inside would only repeat the same mistake
    const Schema* inner = value->kind() == Schema::Kind::kList ? value->item() : value;
    stack_.push_back(inner);
    nodes(tmpl, node.children);
    stack_.pop_back();
  }

  void partial(const Node& node) {
    if (!node.partial) return;
    // A partial that includes itself inside a section (a tree) is checked once for each
    // value it can be given, not forever.
    auto key = std::make_pair(node.partial, stack_.back());
    if (!active_.insert(key).second) return;
    ++partial_depth_;
    nodes(*node.partial, node.partial->nodes);
    --partial_depth_;
    active_.erase(key);
  }

  // The description of what `node`'s name stands for, or nullptr (reported) when it
  // stands for nothing.
  const Schema* resolve(const Template& tmpl, const Node& node) {
    if (node.parts.empty()) return stack_.back();  // {{.}}
    Miss miss;
    const Schema* found = first_part(node.parts.front(), miss);
    for (std::size_t i = 1; found && i < node.parts.size(); ++i) {
      miss.prefix += node.parts[i - 1] + ".";
      miss.candidates.clear();
      for (const Schema::Field& field : found->fields()) miss.candidates.push_back(field.name);
      found = found->field(node.parts[i]);
      miss.part = node.parts[i];
      miss.looked_up = miss.prefix + miss.part;
    }
    if (partial_depth_ == 0) {
      if (!found) add(problem(tmpl, node, miss));
      return found;
    }
    TagOutcome& outcome = partial_tags_[std::make_tuple(&tmpl, node.line, node.column)];
    if (found) {
      outcome.resolved = true;
    } else if (!outcome.miss) {
      outcome.miss = problem(tmpl, node, miss);
    }
    return found;
  }

  // The innermost value on the stack with a field `name`; when none has, fills `miss`.
  const Schema* first_part(const std::string& name, Miss& miss) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (const Schema* field = (*it)->field(name)) return field;
    }
    miss.part = name;
    miss.looked_up = name;
    for (const Schema* value : stack_) {
      for (const Schema::Field& field : value->fields()) miss.candidates.push_back(field.name);
    }
    return nullptr;
  }

  static Diagnostic problem(const Template& tmpl, const Node& node, const Miss& miss) {
    std::string match = closest_match(miss.part, miss.candidates);
    std::string message = miss.looked_up == node.text
                              ? "there is no value called " + node.text + " here"
                              : "there is no value called " + miss.looked_up + " here, so " + node.text +
                                    " is always empty";
    std::string hint = !match.empty() ? "did you mean " + miss.prefix + match + "?"
                                      : "the values each template is given are listed in docs/templates.md";
    return error_at(tmpl.file, {tmpl.file.path(), node.line, node.column}, std::move(message), hint);
  }

  void add(Diagnostic diagnostic) {
    ++problems_;
    diagnostics_.add(std::move(diagnostic));
  }

  // What checking one tag of a partial found, over every place it is included.
  struct TagOutcome {
    bool resolved = false;            // its name had a value somewhere
    std::optional<Diagnostic> miss;   // the first place it had none
  };

  Diagnostics& diagnostics_;
  std::vector<const Schema*> stack_;  // what each open section's value is, innermost last
  std::set<std::pair<const Template*, const Schema*>> active_;  // partials being checked
  std::map<std::tuple<const Template*, int, int>, TagOutcome> partial_tags_;  // by template, line, column
  int partial_depth_ = 0;  // how many partials deep the check is
  int problems_ = 0;
};

}  // namespace

int check_names(const std::vector<Checked>& templates, Diagnostics& diagnostics) {
  NameChecker checker(diagnostics);
  for (const Checked& entry : templates) checker.check(*entry.tmpl, *entry.given);
  return checker.finish();
}

}  // namespace cdp::mustache
