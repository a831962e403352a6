#pragma once
// The theme's Mustache templates, each parsed once when it is loaded (src/mustache).
// Templates only lay out: every value reaches them ready to print. Every problem in a
// template, and every name it uses that cdpsite does not give it, is reported at its
// file:line:col when the theme loads.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "mustache/library.h"
#include "mustache/value.h"
#include "render/template_values.h"

namespace cdp {

// The templates a theme must provide (each as NAME.mustache).
extern const std::vector<std::string> kRequiredTemplates;  // base, home, section, page, 404

class TemplateSet {
 public:
  // Loads every *.mustache file from `dirs`, in order; a later folder's file replaces
  // an earlier one of the same name (so a site's templates/ override the theme's).
  // Names are paths relative to their folder without the extension ("partials/nav").
  // Parses each template, checks the names each template of `checked_against` uses
  // against the values it is given, and that every required one exists; problems go
  // to `diagnostics` and the result is empty if there were any.
  static std::optional<TemplateSet> load(const std::vector<std::filesystem::path>& dirs,
                                         const std::filesystem::path& display_base, Diagnostics& diagnostics,
                                         const std::vector<TemplateValues>& checked_against = every_template_values());

  bool has(const std::string& name) const;
  // Whether template `name`, or a partial it includes (at any depth), is `other`.
  bool uses(const std::string& name, const std::string& other) const;
  // Renders template `name` with `context`; every template is available as a partial.
  // Includes that would never end are reported to `diagnostics`, at the include.
  std::string render(const std::string& name, const mustache::Value& context, Diagnostics& diagnostics) const;
  // Renders template `name`, then the base layout around it with that output as
  // `main`, both over the same values, read in place.
  std::string render_in_layout(const std::string& name, const mustache::Value& context,
                               Diagnostics& diagnostics) const;

 private:
  explicit TemplateSet(mustache::Library library) : library_(std::move(library)) {}

  mustache::Library library_;  // every template, parsed, its partials resolved
};

}  // namespace cdp
