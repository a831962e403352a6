#pragma once
// A theme's templates, each parsed once: every {{> name}} is resolved to the template
// it includes, and one that names no template, or that includes its own template
// again outside any section (so would never end), is reported where it is written.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "mustache/tree.h"

namespace cdp::mustache {

class Library {
 public:
  // Parses every file of `files` (template name -> file). Every problem goes to
  // `diagnostics`; the result is empty if there was any.
  static std::optional<Library> load(std::map<std::string, SourceFile> files, Diagnostics& diagnostics);

  Library(Library&&) = default;
  Library& operator=(Library&&) = default;

  // The template called `name`, or nullptr.
  const Template* find(const std::string& name) const;
  const std::map<std::string, Template>& templates() const { return templates_; }
  // The templates that `name` includes, at any depth; `name` itself only when it is
  // included again from inside (a recursive template).
  std::set<std::string> partials_of(const std::string& name) const;

 private:
  Library() = default;
  int resolve_partials(Diagnostics& diagnostics);
  int check_include_loops(Diagnostics& diagnostics) const;

  // name -> the parsed template. A map, so that a resolved partial's address is stable.
  std::map<std::string, Template> templates_;
};

}  // namespace cdp::mustache
