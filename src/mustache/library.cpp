#include "mustache/library.h"

#include <vector>

#include "core/suggest.h"
#include "mustache/parser.h"

namespace cdp::mustache {

namespace {

constexpr std::string_view kExtension = ".mustache";

// Calls `visit` with every partial node of `nodes` (const or not), and whether it is
// outside every section (so always rendered).
template <typename Nodes, typename Visit>
void for_each_partial(Nodes& nodes, bool unconditional, const Visit& visit) {
  for (auto& node : nodes) {
    if (node.kind == NodeKind::kPartial) visit(node, unconditional);
    for_each_partial(node.children, false, visit);
  }
}

SourcePos pos_of(const Template& tmpl, const Node& node) { return {tmpl.file.path(), node.line, node.column}; }

}  // namespace

std::optional<Library> Library::load(std::map<std::string, SourceFile> files, Diagnostics& diagnostics) {
  Library library;
  int problems = 0;
  for (auto& [name, file] : files) {
    Template& tmpl = library.templates_.emplace(name, Template{name, std::move(file), {}}).first->second;
    problems += parse(tmpl, diagnostics);
  }
  problems += library.resolve_partials(diagnostics);
  problems += library.check_include_loops(diagnostics);
  if (problems > 0) return std::nullopt;
  return library;
}

const Template* Library::find(const std::string& name) const {
  auto it = templates_.find(name);
  return it == templates_.end() ? nullptr : &it->second;
}

int Library::resolve_partials(Diagnostics& diagnostics) {
  std::vector<std::string> names;
  for (const auto& [name, tmpl] : templates_) names.push_back(name);
  int problems = 0;
  for (auto& [name, tmpl] : templates_) {
    for_each_partial(tmpl.nodes, true, [&](Node& node, bool) {
      auto it = templates_.find(node.text);
      if (it != templates_.end()) {
        node.partial = &it->second;
        return;
      }
      std::string match = closest_match(node.text, names);
      diagnostics.add(error_at(tmpl.file, pos_of(tmpl, node),
                               "there is no template called \"" + node.text + "\" to include",
                               match.empty() ? "add " + node.text + std::string(kExtension) +
                                                   " to the templates folder, or fix the name"
                                             : "did you mean {{> " + match + "}}?"));
      ++problems;
    });
  }
  return problems;
}

// Includes outside every section that lead back to their own template: they would be
// included forever.
int Library::check_include_loops(Diagnostics& diagnostics) const {
  auto leads_back = [&](const Template* from, const Template* target) {
    std::set<const Template*> seen;
    std::vector<const Template*> pending = {from};
    while (!pending.empty()) {
      const Template* tmpl = pending.back();
      pending.pop_back();
      if (tmpl == target) return true;
      if (!seen.insert(tmpl).second) continue;
      for_each_partial(tmpl->nodes, true, [&](const Node& node, bool unconditional) {
        if (unconditional && node.partial) pending.push_back(node.partial);
      });
    }
    return false;
  };
  int problems = 0;
  for (const auto& [name, tmpl] : templates_) {
    for_each_partial(tmpl.nodes, true, [&](const Node& node, bool unconditional) {
      if (!unconditional || !node.partial || !leads_back(node.partial, &tmpl)) return;
      std::string message = node.partial == &tmpl
                                ? "\"" + name + "\" includes itself here, outside any section, so it would never end"
                                : "this includes \"" + node.text + "\", which includes \"" + name +
                                      "\" again, outside any section, so it would never end";
      diagnostics.add(error_at(tmpl.file, pos_of(tmpl, node), message,
                               "include it only inside a section that ends, e.g. {{#children}}{{> " + node.text +
                                   "}}{{/children}}, or remove it"));
      ++problems;
    });
  }
  return problems;
}

std::set<std::string> Library::partials_of(const std::string& name) const {
  std::set<std::string> found;
  std::vector<const Template*> pending = {find(name)};
  while (!pending.empty()) {
    const Template* tmpl = pending.back();
    pending.pop_back();
    if (!tmpl) continue;
    for_each_partial(tmpl->nodes, true, [&](const Node& node, bool) {
      if (node.partial && found.insert(node.text).second) pending.push_back(node.partial);
    });
  }
  return found;
}

}  // namespace cdp::mustache
