#include "render/templates.h"

#include <map>
#include <utility>

#include "core/platform.h"
#include "core/fs.h"
#include "mustache/name_check.h"
#include "mustache/renderer.h"

namespace cdp {

namespace fs = std::filesystem;

const std::vector<std::string> kRequiredTemplates = {"base", "home", "section", "page", "404"};

namespace {

constexpr std::string_view kExtension = ".mustache";

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

// Reads every *.mustache file under `dir` into `files` by template name, replacing
// templates of the same name. Returns how many problems it reported.
int read_folder(const fs::path& dir, const fs::path& display_base, std::map<std::string, SourceFile>& files,
                Diagnostics& diagnostics) {
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
    files.insert_or_assign(name, SourceFile(display, std::move(*text)));
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

int check_required(const std::map<std::string, SourceFile>& files, const std::vector<fs::path>& dirs,
                   const fs::path& display_base, Diagnostics& diagnostics) {
  std::vector<std::string> searched;
  for (const fs::path& dir : dirs) searched.push_back(display_for(dir, display_base));
  int problems = 0;
  for (const std::string& required : kRequiredTemplates) {
    if (files.count(required)) continue;
    std::string file = required + std::string(kExtension);
    diagnostics.add(error_in("", "there is no " + file + " template in " + or_list(searched),
                             "add " + file + " to one of these folders (cdpsite's default theme has one to start from)"));
    ++problems;
  }
  return problems;
}

// Checks the names each template uses against the values it is given.
int check_value_names(const mustache::Library& library, const std::vector<TemplateValues>& checked_against,
                      Diagnostics& diagnostics) {
  std::vector<mustache::Checked> checked;
  for (const TemplateValues& values : checked_against) {
    if (const mustache::Template* tmpl = library.find(values.name)) checked.push_back({tmpl, &values.given});
  }
  return mustache::check_names(checked, diagnostics);
}

// A template included in itself inside a section whose name each item does not have
// itself (so the section finds the same list again, forever).
void report(const std::optional<mustache::TooDeep>& too_deep, Diagnostics& diagnostics) {
  if (!too_deep) return;
  const mustache::Template& tmpl = *too_deep->in;
  const mustache::Node& tag = *too_deep->tag;
  diagnostics.add(error_at(
      tmpl.file, {tmpl.file.path(), tag.line, tag.column},
      "\"" + tag.text + "\" is included here inside itself without end: the section around it finds the same "
          "values at every depth",
      "include a template inside itself only in a section over each item's own list, e.g. {{#children}}{{> " +
          tag.text + "}}{{/children}}, so that it ends where the values end"));
}

}  // namespace

std::optional<TemplateSet> TemplateSet::load(const std::vector<fs::path>& dirs, const fs::path& display_base,
                                             Diagnostics& diagnostics,
                                             const std::vector<TemplateValues>& checked_against) {
  std::map<std::string, SourceFile> files;
  int problems = 0;
  for (const fs::path& dir : dirs) problems += read_folder(dir, display_base, files, diagnostics);
  problems += check_required(files, dirs, display_base, diagnostics);
  std::optional<mustache::Library> library = mustache::Library::load(std::move(files), diagnostics);
  if (!library) return std::nullopt;
  problems += check_value_names(*library, checked_against, diagnostics);
  if (problems > 0) return std::nullopt;
  return TemplateSet(std::move(*library));
}

bool TemplateSet::has(const std::string& name) const { return library_.find(name) != nullptr; }

bool TemplateSet::uses(const std::string& name, const std::string& other) const {
  return name == other || library_.partials_of(name).count(other) > 0;
}

std::string TemplateSet::render(const std::string& name, const mustache::Value& context,
                                Diagnostics& diagnostics) const {
  std::string out;
  report(mustache::render(*library_.find(name), context, out), diagnostics);
  return out;
}

std::string TemplateSet::render_in_layout(const std::string& name, const mustache::Value& context,
                                          Diagnostics& diagnostics) const {
  std::string main = render(name, context, diagnostics);
  // The base layout looks names up in the page's values, with `main` in front of them.
  mustache::Value layout(mustache::Map{{"main", mustache::Value::view(main)}});
  const mustache::Value* stack[] = {&context, &layout};
  std::string page;
  page.reserve(main.size() + main.size() / 2 + 4096);
  report(mustache::render_with_stack(*library_.find("base"), stack, page), diagnostics);
  return page;
}

}  // namespace cdp
