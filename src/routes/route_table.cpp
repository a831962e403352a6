#include "routes/route_table.h"

#include <optional>
#include <utility>

#include "core/fs.h"
#include "core/parallel.h"
#include "routes/windows_names.h"

namespace cdp {

namespace {

// Who claims an output path, for the messages. It names text that outlives the claim,
// and makes its messages only when there is one to give: a build claims every page.
struct Claimant {
  std::string_view source;          // how other messages name it: "content/a.md", "the 404 page"
  std::string_view at_file;         // where its errors go: the file that makes the name
  std::string_view rename;          // what the user renames: "the file or folder"
  const Page* slug_page = nullptr;  // a page whose `slug` makes the last folder of its address

  Diagnostic error(std::string message, std::string hint) const {
    return error_in(std::string(at_file), std::move(message), std::move(hint));
  }
  // An error about a name this claimant makes: at its `slug` when the slug makes the
  // name, else at its file; `fix` is followed by what to change.
  Diagnostic name_error(std::string message, const std::string& fix, bool is_slug) const {
    if (!is_slug) return error(std::move(message), fix + ": rename " + std::string(rename));
    return error_at(*slug_page->source, slug_page->meta.slug.pos, std::move(message), fix + ": change the `slug`");
  }
};

Claimant page_claimant(const Page& page) {
  const std::string& shown = page.source->path().str();
  Claimant claimant{shown, shown, "the file or folder"};
  // A section's _index.md has no address of its own, so its slug makes no name.
  if (page.meta.slug.present() && !page.is_section_index) claimant.slug_page = &page;
  return claimant;
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
bool check_windows_name(RouteTable& table, std::string_view output, std::string_view prefix,
                        const Claimant& claimant, bool is_slug, Diagnostics& diagnostics) {
  WindowsNameProblem problem = windows_name_problem(last_name(prefix));
  if (problem.what.empty()) return false;
  if (!table.reported_names.emplace(prefix).second) return true;
  std::string message = "this would be published at " + printable_name(output) + ", but " + problem.what +
                        ", so Windows web servers cannot hold it";
  diagnostics.add(claimant.name_error(message, problem.fix, is_slug));
  return true;
}

// Two spellings of one name that differ only in letter case: one file or folder on
// Windows and on most council hosts, so one would overwrite the other. True when
// `prefix` is such a second spelling, reported now or before. `prefix` is a view into
// the table's own copy of the output, which `owner` names the source of.
bool check_letter_case(RouteTable& table, std::string_view output, std::string_view prefix, const std::string& owner,
                       const Claimant& claimant, bool is_slug, Diagnostics& diagnostics) {
  thread_local std::string folded;  // a folder met again (once for each of its pages) allocates nothing
  fold_case(prefix, folded);
  auto found = table.spelling_by_folded.find(folded);
  if (found == table.spelling_by_folded.end()) {
    table.spelling_by_folded.emplace(folded, RouteTable::Spelling{prefix, &owner});
    return false;
  }
  const auto& [spelling, first_owner] = found->second;
  if (spelling == prefix) return false;
  if (!table.reported_names.emplace(prefix).second) return true;
  std::string message = "this would be published at " + printable_name(output) + ", and " +
                        printable_name(prefix) + " differs only in capital letters from " +
                        printable_name(spelling) + ", where " + *first_owner +
                        " is published: Windows web servers take the two for one name";
  diagnostics.add(claimant.name_error(
      message, "use the same capitals in both, or rename one (lower case is usual in web addresses)", is_slug));
  return true;
}

// Records that `claimant` publishes `output`; reports a second claim on the same path,
// and names Windows web servers could not hold.
void claim_output(RouteTable& table, const std::string& output, const Claimant& claimant, Diagnostics& diagnostics) {
  if (output.starts_with(kPreviewFolder)) {
    diagnostics.add(claimant.name_error("this would be published at " + printable_name(output) +
                                            ", but addresses starting with " + kPreviewFolder +
                                            " are kept for the preview's editor",
                                        "choose another name",
                                        claimant.slug_page && output.find('/') == output.rfind('/')));
    return;
  }
  auto [it, inserted] = table.owner_by_output.emplace(output, claimant.source);
  if (!inserted) {
    diagnostics.add(claimant.error("this would be published at " + output + ", where " + it->second +
                                       " is already published",
                                   "rename one of the two files, or give one a different `slug`"));
    return;
  }
  const auto& [claimed, owner] = *it;
  std::vector<std::string_view> prefixes = prefixes_of(claimed);
  for (std::size_t i = 0; i < prefixes.size(); ++i) {
    // The slug names the folder that holds the page's index.html.
    bool is_slug = claimant.slug_page && i + 2 == prefixes.size();
    // A folder's problem is the one mistake: what is inside it is not reported again.
    if (check_windows_name(table, claimed, prefixes[i], claimant, is_slug, diagnostics)) return;
    if (check_letter_case(table, claimed, prefixes[i], owner, claimant, is_slug, diagnostics)) return;
  }
}

}  // namespace

RouteTable plan_routes(Site& site, Diagnostics& diagnostics) {
  RouteTable table;
  table.draft_sources = site.draft_sources;
  for (auto& [path, section] : site.sections) section.route = route_at(folder_url(path));
  // Each page's address on every core; then claimed in order, which decides who was first.
  parallel_for(site.pages.size(), [&](std::size_t i) {
    Page& page = *site.pages[i];
    page.route = route_at(url_for(page.rel_path, page.meta.slug.value, page.is_section_index));
  });
  table.owner_by_output.reserve(site.pages.size() + site.sections.size() + site.static_files.size() + 1);
  for (const auto& page : site.pages) {
    // Hinted at the end: the walk's order is mostly the map's, and then each insert is in
    // constant time (where it is not, the hint is ignored).
    table.page_by_source.emplace_hint(table.page_by_source.end(), page->rel_path, page.get());
    claim_output(table, page->route.output, page_claimant(*page), diagnostics);
  }
  for (const auto& [path, section] : site.sections) {
    if (!section.index) {
      std::string at_folder = join_display(site.display_root, path);
      std::string list = "the list of section " + (path.empty() ? "home" : path);
      claim_output(table, section.route.output, {list, at_folder, "the folder"}, diagnostics);
    }
  }
  for (const StaticFile& file : site.static_files) {
    std::string shown = display_path(file.from);
    claim_output(table, file.to, {shown, shown, "the file or folder"}, diagnostics);
    table.file_by_output[file.to] = file.from;
  }
  claim_output(table, kNotFoundPath, {"the 404 page", kNotFoundPath, ""}, diagnostics);
  return table;
}

void claim_generated(RouteTable& table, const Site& site, const std::vector<GeneratedOutput>& outputs,
                     Diagnostics& diagnostics) {
  for (const GeneratedOutput& generated : outputs) {
    claim_output(table, generated.output, {generated.source, site.display_root, "the partnership's folder"},
                 diagnostics);
    table.generated_outputs.insert(generated.output);
  }
}

bool is_claimed_by_content(const RouteTable& table, const std::string& url) {
  std::string output = page_output(url);
  return table.owner_by_output.count(output) > 0 && !table.generated_outputs.count(output);
}

}  // namespace cdp
