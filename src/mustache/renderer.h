#pragma once
// Renders a parsed template over values, appending to one output buffer. Names are
// looked up as Mustache says: the first part of a dotted name in the innermost
// section's value that has it, then outwards to the values the render began with;
// the other parts inside what the first found. Nothing is copied: lists are walked
// where they are, strings are appended from where they live.
#include <optional>
#include <span>
#include <string>

#include "mustache/tree.h"
#include "mustache/value.h"

namespace cdp::mustache {

// Partials may include one another, and themselves inside a section, as deep as the
// values they are given go; past this depth the values cannot be ending (a section
// that finds the same list again inside each item), so rendering stops.
inline constexpr int kMaxIncludeDepth = 100;

// Where a render stopped: the include tag that went past kMaxIncludeDepth, in the
// template that holds it. Both point into the library the template came from.
struct TooDeep {
  const Template* in = nullptr;
  const Node* tag = nullptr;
};

// Renders `tmpl` with `context` as the only value on the stack. Returns where it
// stopped when the includes went too deep (`out` then holds part of the page).
std::optional<TooDeep> render(const Template& tmpl, const Value& context, std::string& out);
// Renders `tmpl` with `stack` as the values a name is looked up in, outermost first.
std::optional<TooDeep> render_with_stack(const Template& tmpl, std::span<const Value* const> stack, std::string& out);

}  // namespace cdp::mustache
