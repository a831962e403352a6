#include "mustache/renderer.h"

#include <vector>

#include "core/html.h"

namespace cdp::mustache {

namespace {

const Value kNothing;

class Renderer {
 public:
  Renderer(const Template& tmpl, std::span<const Value* const> stack, std::string& out)
      : stack_(stack.begin(), stack.end()), out_(out), current_(&tmpl) {}

  void nodes(const std::vector<Node>& nodes) {
    for (const Node& node : nodes) {
      if (too_deep_) return;
      this->node(node);
    }
  }

  const std::optional<TooDeep>& too_deep() const { return too_deep_; }

 private:
  void node(const Node& node) {
    switch (node.kind) {
      case NodeKind::kText: return text(node.text);
      case NodeKind::kEscaped: return value(lookup(node.parts), true);
      case NodeKind::kUnescaped: return value(lookup(node.parts), false);
      case NodeKind::kSection: return section(node);
      case NodeKind::kInverted:
        // With nothing as the innermost value, as in mstch: {{.}} inside prints nothing.
        if (lookup(node.parts).is_falsy()) with(kNothing, node.children);
        return;
      case NodeKind::kPartial: return partial(node);
    }
  }

  // The value a name stands for: its first part from the innermost value on the stack
  // that is a map holding it, the rest strictly inside that; nothing when not found.
  const Value& lookup(const std::vector<std::string>& parts) const {
    if (parts.empty()) return implicit_iterator();
    const Value* found = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && !found; ++it) {
      if (const Map* map = (*it)->as_map()) found = map->find(parts.front());
    }
    for (std::size_t i = 1; found && i < parts.size(); ++i) {
      const Map* map = found->as_map();
      found = map ? map->find(parts[i]) : nullptr;
    }
    return found ? *found : kNothing;
  }

  // {{.}}: the innermost value that is not a map, as in mstch (which looked "." up as
  // a key, that no map has): in {{#list}} of strings, the string.
  const Value& implicit_iterator() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (!(*it)->as_map()) return **it;
    }
    return kNothing;
  }

  void section(const Node& node) {
    const Value& value = lookup(node.parts);
    if (value.is_falsy()) return;
    if (const List* list = value.as_list()) {
      for (const Value& item : *list) with(item, node.children);
    } else {
      with(value, node.children);
    }
  }

  // Renders `children` with `value` as the innermost context.
  void with(const Value& value, const std::vector<Node>& children) {
    stack_.push_back(&value.target());
    nodes(children);
    stack_.pop_back();
  }

  void partial(const Node& node) {
    if (!node.partial) return;
    if (include_depth_ == kMaxIncludeDepth) {
      too_deep_ = TooDeep{current_, &node};
      return;
    }
    std::size_t outer_indent = indent_.size();
    indent_ += node.indent;
    if (!node.indent.empty()) at_line_start_ = true;  // a standalone tag starts its line
    const Template* outer = current_;
    current_ = node.partial;
    ++include_depth_;
    nodes(node.partial->nodes);
    --include_depth_;
    current_ = outer;
    indent_.resize(outer_indent);
  }

  // Strings print as they are or escaped; true and false as mstch printed them; a
  // list, a map or nothing print nothing.
  void value(const Value& value, bool escape) {
    std::string_view shown;
    if (value.is_string()) {
      shown = value.as_string();
    } else if (const bool* flag = value.as_bool()) {
      shown = *flag ? "true" : "false";
    }
    if (shown.empty()) return;
    start_line();
    if (escape) {
      append_escaped_html(out_, shown);
    } else {
      out_.append(shown);
    }
  }

  // Template text; inside an indented partial, each of its lines is indented.
  void text(std::string_view text) {
    if (indent_.empty()) {
      out_.append(text);
      return;
    }
    while (!text.empty()) {
      start_line();
      std::size_t newline = text.find('\n');
      std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
      out_.append(text.substr(0, end));
      at_line_start_ = newline != std::string_view::npos;
      text.remove_prefix(end);
    }
  }

  void start_line() {
    if (!at_line_start_) return;
    out_.append(indent_);
    at_line_start_ = false;
  }

  std::vector<const Value*> stack_;  // the values names are looked up in, innermost last
  std::string& out_;
  std::string indent_;          // the indentation of the partials being rendered
  bool at_line_start_ = false;  // inside an indented partial, nothing yet on this line
  const Template* current_;     // the template whose nodes are being rendered
  int include_depth_ = 0;       // how many partials deep that template is
  std::optional<TooDeep> too_deep_;
};

}  // namespace

std::optional<TooDeep> render(const Template& tmpl, const Value& context, std::string& out) {
  const Value* stack[] = {&context.target()};
  return render_with_stack(tmpl, stack, out);
}

std::optional<TooDeep> render_with_stack(const Template& tmpl, std::span<const Value* const> stack, std::string& out) {
  Renderer renderer(tmpl, stack, out);
  renderer.nodes(tmpl.nodes);
  return renderer.too_deep();
}

}  // namespace cdp::mustache
