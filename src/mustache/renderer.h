#pragma once
// Renders a parsed template over values, appending to one output buffer. Names are
// looked up as Mustache says: the first part of a dotted name in the innermost
// section's value that has it, then outwards to the values the render began with;
// the other parts inside what the first found. Nothing is copied: lists are walked
// where they are, strings are appended from where they live.
#include <span>
#include <string>

#include "mustache/tree.h"
#include "mustache/value.h"

namespace cdp::mustache {

// Renders `tmpl` with `context` as the only value on the stack.
void render(const Template& tmpl, const Value& context, std::string& out);
// Renders `tmpl` with `stack` as the values a name is looked up in, outermost first.
void render_with_stack(const Template& tmpl, std::span<const Value* const> stack, std::string& out);

}  // namespace cdp::mustache
