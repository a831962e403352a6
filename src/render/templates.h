#pragma once
// The theme's Mustache templates (mstch). Templates only lay out: every value reaches
// them ready to print. Because mstch has no error path (an unclosed section silently
// becomes text), templates are checked here when they are loaded, and every problem is
// reported at its file:line:col.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "core/diagnostic.h"
#include "core/source_file.h"

namespace cdp {

// The templates a theme must provide (each as NAME.mustache).
extern const std::vector<std::string> kRequiredTemplates;  // base, home, section, page, 404

// The names a template looks up at the top of its context, each with the keys it
// looks up inside that value ("page.title": title), or nullopt when it needs it whole.
using NamesUsed = std::map<std::string, std::optional<std::set<std::string>>>;

class TemplateSet {
 public:
  // Loads every *.mustache file from `dirs`, in order; a later folder's file replaces
  // an earlier one of the same name (so a site's templates/ override the theme's).
  // Names are paths relative to their folder without the extension ("partials/nav").
  // Checks each template and that every required one exists; problems go to
  // `diagnostics` and the result is empty if there were any.
  static std::optional<TemplateSet> load(const std::vector<std::filesystem::path>& dirs,
                                         const std::filesystem::path& display_base,
                                         Diagnostics& diagnostics);

  bool has(const std::string& name) const;
  // Whether template `name`, or a partial it includes (at any depth), is `other`.
  bool uses(const std::string& name, const std::string& other) const;
  // Renders template `name` with `context`; every template is available as a partial.
  std::string render(const std::string& name, const mstch::node& context) const;
  // Renders template `name`, then the base layout around it with that output as
  // `main`. Each is given only the values its tags (and its partials' tags) name:
  // mstch copies all of the context it is given, and a page's context holds its body,
  // the navigation of every section and its data.
  std::string render_in_layout(const std::string& name, mstch::map context) const;

 private:
  // The partials `name` includes, at any depth (not itself).
  std::set<std::string> partials_of(const std::string& name) const;

  std::map<std::string, std::string> templates_;  // name -> template text
  // name -> the partials it includes, with their text: mstch parses every partial it is
  // given on every render, so each template is given only the ones it uses.
  std::map<std::string, std::map<std::string, std::string>> partials_for_;
  std::map<std::string, std::string> sources_;    // name -> display path (for messages)
  // name -> the names it (with its partials) looks up at the top of the context, each
  // with the keys it looks up inside that value; nullopt when that cannot be known,
  // and it is given every value.
  std::map<std::string, std::optional<NamesUsed>> names_used_;
};

// Checks one template's Mustache syntax: unclosed tags, unbalanced or mismatched
// sections, partials that name no template in `known_partials`. Adds a diagnostic for
// each problem at its line and column.
void check_template(const SourceFile& file, const std::vector<std::string>& known_partials,
                    Diagnostics& diagnostics);

}  // namespace cdp
