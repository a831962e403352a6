#include "routes/route_table.h"

#include <optional>
#include <utility>

#include "core/fs.h"
#include "routes/windows_names.h"

namespace cdp {

namespace {

// Who claims an output path, for the messages.
struct Claimant {
  std::string source;                 // how other messages name it: "content/a.md", "the 404 page"
  Diagnostic at;                      // where its errors go: the file that makes the name
  std::string rename;                 // what the user renames: "the file or folder"
  std::optional<Diagnostic> slug_at;  // a page's `slug`, which makes the last folder of its address
};

Claimant file_claimant(std::string display_path, std::string rename) {
  return {display_path, error_in(display_path, ""), std::move(rename), std::nullopt};
}

Claimant page_claimant(const Page& page) {
  Claimant claimant = file_claimant(page.source->path(), "the file or folder");
  // A section's _index.md has no address of its own, so its slug makes no name.
  if (page.meta.slug.present() && !page.is_section_index) {
    claimant.slug_at = error_at(*page.source, page.meta.slug.pos, "");
  }
  return claimant;
}

Diagnostic claim_error(const Diagnostic& at, std::string message, std::string hint) {
  Diagnostic error = at;
  error.message = std::move(message);
  error.hint = std::move(hint);
  return error;
}

// The folders and the file of `output` as prefixes: "a/", "a/b/", "a/b/index.html"
// (views into `output`: a build claims every page's path).
std::vector<std::string_view> prefixes_of(std::string_view output) {
  std::vector<std::string_view> prefixes;
  for (std::size_t slash = output.find('/'); slash != std::string_view::npos; slash = output.find('/', slash + 1)) {
    prefixes.push_back(output.substr(0, slash + 1));
  }
  prefixes.push_back(output);
  return prefixes;
}

// The last name in a prefix: "a/b/" -> "b", "a/b/index.html" -> "index.html".
std::string_view last_name(std::string_view prefix) {
  std::string_view name = prefix.ends_with('/') ? prefix.substr(0, prefix.size() - 1) : prefix;
  std::size_t slash = name.rfind('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

// A name Windows cannot hold, reported once for the folder or file that has it
// (a folder named CON is one mistake, however many pages are in it). True when the
// name has a problem, reported now or before.
bool check_windows_name(RouteTable& table, const std::string& output, std::string_view prefix,
                        const Claimant& claimant, bool is_slug, Diagnostics& diagnostics) {
  WindowsNameProblem problem = windows_name_problem(last_name(prefix));
  if (problem.what.empty()) return false;
  if (!table.reported_names.emplace(prefix).second) return true;
  std::string message = "this would be published at " + printable_name(output) + ", but " + problem.what +
                        ", so Windows web servers cannot hold it";
  if (is_slug) {
    diagnostics.add(claim_error(*claimant.slug_at, message, problem.fix + ": change the `slug`"));
  } else {
    diagnostics.add(claim_error(claimant.at, message, problem.fix + ": rename " + claimant.rename));
  }
  return true;
}

// Two spellings of one name that differ only in letter case: one file or folder on
// Windows and on most council hosts, so one would overwrite the other. True when
// `prefix` is such a second spelling, reported now or before.
bool check_letter_case(RouteTable& table, const std::string& output, std::string_view prefix,
                       const Claimant& claimant, bool is_slug, Diagnostics& diagnostics) {
  // try_emplace: a folder met again (once for each of its pages) copies nothing.
  auto [it, inserted] = table.spelling_by_folded.try_emplace(fold_case(prefix), prefix, claimant.source);
  const auto& [spelling, owner] = it->second;
  if (inserted || spelling == prefix) return false;
  if (!table.reported_names.emplace(prefix).second) return true;
  std::string message = "this would be published at " + printable_name(output) + ", and " +
                        printable_name(prefix) + " differs only in capital letters from " +
                        printable_name(spelling) + ", where " + owner +
                        " is published: Windows web servers take the two for one name";
  std::string hint = "use the same capitals in both, or rename one (lower case is usual in web addresses)";
  diagnostics.add(claim_error(is_slug ? *claimant.slug_at : claimant.at, message,
                              is_slug ? hint + ": change the `slug`" : hint + ": rename " + claimant.rename));
  return true;
}

// Records that `claimant` publishes `output`; reports a second claim on the same path,
// and names Windows web servers could not hold.
void claim_output(RouteTable& table, const std::string& output, const Claimant& claimant, Diagnostics& diagnostics) {
  auto [it, inserted] = table.owner_by_output.emplace(output, claimant.source);
  if (!inserted) {
    diagnostics.add(claim_error(claimant.at, "this would be published at " + output + ", where " + it->second +
                                                 " is already published",
                                "rename one of the two files, or give one a different `slug`"));
    return;
  }
  std::vector<std::string_view> prefixes = prefixes_of(output);
  for (std::size_t i = 0; i < prefixes.size(); ++i) {
    // The slug names the folder that holds the page's index.html.
    bool is_slug = claimant.slug_at && i + 2 == prefixes.size();
    // A folder's problem is the one mistake: what is inside it is not reported again.
    if (check_windows_name(table, output, prefixes[i], claimant, is_slug, diagnostics)) return;
    if (check_letter_case(table, output, prefixes[i], claimant, is_slug, diagnostics)) return;
  }
}

}  // namespace

RouteTable plan_routes(Site& site, Diagnostics& diagnostics) {
  RouteTable table;
  table.draft_sources = site.draft_sources;
  for (auto& [path, section] : site.sections) section.route = route_at(folder_url(path));
  for (const auto& page : site.pages) {
    page->route = route_at(url_for(page->rel_path, page->meta.slug.value, page->is_section_index));
    table.page_by_source[page->rel_path] = page.get();
    claim_output(table, page->route.output, page_claimant(*page), diagnostics);
  }
  for (const auto& [path, section] : site.sections) {
    if (!section.index) {
      Claimant list = file_claimant(join_display(site.display_root, path), "the folder");
      list.source = "the list of section " + (path.empty() ? "home" : path);
      claim_output(table, section.route.output, list, diagnostics);
    }
  }
  for (const StaticFile& file : site.static_files) {
    claim_output(table, file.to, file_claimant(display_path(file.from), "the file or folder"), diagnostics);
    table.file_by_output[file.to] = file.from;
  }
  claim_output(table, kNotFoundPath, {"the 404 page", error_in(kNotFoundPath, ""), "", std::nullopt}, diagnostics);
  return table;
}

void claim_generated(RouteTable& table, const Site& site, const std::vector<GeneratedOutput>& outputs,
                     Diagnostics& diagnostics) {
  for (const GeneratedOutput& generated : outputs) {
    Claimant claimant{generated.source, error_in(site.display_root, ""), "the partnership's folder", std::nullopt};
    claim_output(table, generated.output, claimant, diagnostics);
  }
}

bool is_claimed(const RouteTable& table, const std::string& url) {
  return table.owner_by_output.count(page_output(url)) > 0;
}

}  // namespace cdp
